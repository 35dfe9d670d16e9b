package org.nianbao.checker.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.nianbao.checker.write.AtomicOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorded runs: one JSON file per run in the folder {@code .runs} of the output folder, written atomically,
 * nothing to install. A run's id is its local start time, {@code 20250114-093012}, with {@code -2}, {@code -3} …
 * when two runs start in the same second.
 */
public final class RunStore {

    public static final String FOLDER = ".runs";
    private static final Logger LOG = LoggerFactory.getLogger(RunStore.class);
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // AtomicOutput owns the stream and syncs it after the body: the mapper must not close it
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Path folder;

    private RunStore(Path folder) {
        this.folder = folder;
    }

    /** The runs recorded for the output folder {@code outDir}. */
    public static RunStore in(Path outDir) {
        return new RunStore(outDir.resolve(FOLDER));
    }

    public Path folder() {
        return folder;
    }

    /** A new, unused id for a run started at {@code startedAt}. */
    public String newId(Instant startedAt) {
        String base = ID.format(startedAt.atZone(ZoneId.systemDefault()));
        String id = base;
        for (int n = 2; Files.exists(file(id)); n++) id = base + "-" + n;
        return id;
    }

    /** Records a run; on failure the folder is as it was. */
    public Path save(RunRecord run) throws IOException {
        Path target = file(run.summary().id());
        AtomicOutput.write(target, out -> JSON.writeValue(out, run));
        return target;
    }

    /** Every recorded run, oldest first, reading only each file's head. Unreadable files are skipped and logged. */
    public List<RunSummary> list() throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        List<RunSummary> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files.filter(RunStore::isRunFile)::iterator) {
                try {
                    RunSummary s = head(f);
                    if (s != null && s.id() != null) runs.add(s);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("skipping unreadable run record {}: {}", f, e.toString());
                }
            }
        }
        runs.sort(Comparator.comparing(RunSummary::startedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(RunSummary::id));
        return runs;
    }

    /** The run with this id, if it was recorded. */
    public Optional<RunRecord> load(String id) throws IOException {
        if (id == null || !id.matches("[0-9A-Za-z_-]+")) return Optional.empty();
        Path f = file(id);
        if (!Files.isRegularFile(f)) return Optional.empty();
        return Optional.of(JSON.readValue(f.toFile(), RunRecord.class));
    }

    /** The most recent run, if any. */
    public Optional<RunRecord> latest() throws IOException {
        List<RunSummary> runs = list();
        for (int i = runs.size() - 1; i >= 0; i--) {
            try {
                Optional<RunRecord> r = load(runs.get(i).id());
                if (r.isPresent()) return r;
            } catch (IOException | RuntimeException e) {
                LOG.warn("skipping unreadable run record {}: {}", runs.get(i).id(), e.toString());
            }
        }
        return Optional.empty();
    }

    private Path file(String id) {
        return folder.resolve(id + ".json");
    }

    private static boolean isRunFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".json") && !n.startsWith(".");
    }

    /** The "summary" object at the start of a run file, without reading the reports after it. */
    private static RunSummary head(Path f) throws IOException {
        try (JsonParser p = JSON.createParser(f.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("summary".equals(name)) return p.readValueAs(RunSummary.class);
                p.skipChildren();
            }
            return null;
        }
    }
}
