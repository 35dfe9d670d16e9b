package org.nianbao.checker.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.crossreport.MemoMaker;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.CheckerFinding;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.rules.CheckerSettings;

/**
 * Inputs of one run that are byte for byte the same file under other names. Why: the same report three times was
 * checked and counted three times, its ERRORs tripled in the summary, with no notice. Now the first copy (in input
 * order) is checked; each later one is an entry of its own (every input is accounted for) with one DUPLICATE_FILE
 * finding naming the first, and nothing counted twice.
 */
public final class DuplicateInputs {

    static final String ID = CheckerFinding.DUPLICATE_FILE.name();

    private DuplicateInputs() {
    }

    /**
     * What the search found: each repeating file with the earlier one it repeats, and the content hash of every file
     * it hashed (the memos of the checks across reports reuse them rather than read those files again).
     */
    public record Found(Map<Path, Path> copyOf, Map<Path, String> hashes) {
    }

    /**
     * For each file that repeats an earlier one, the earlier one. Only files of the same size are read (to hash
     * them), so a run of files that all differ in size costs one look at each file's size.
     */
    public static Found find(List<Path> files, long maxBytes) {
        Map<Long, List<Path>> bySize = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                if (!Files.isRegularFile(f)) continue;
                long size = Files.size(f);
                if (size > 0 && size <= maxBytes) bySize.computeIfAbsent(size, k -> new ArrayList<>()).add(f);
            } catch (IOException e) {
                // the check of that file says why it cannot be read
            }
        }
        Map<Path, Path> copyOf = new HashMap<>();
        Map<Path, String> hashes = new HashMap<>();
        for (List<Path> sameSize : bySize.values()) {
            if (sameSize.size() < 2) continue;
            Map<String, Path> first = new HashMap<>();
            for (Path f : sameSize) {
                String digest = MemoMaker.contentHash(f); // the same hash that keys a document in the history
                if (digest == null) continue;
                hashes.put(f, digest);
                Path earlier = first.putIfAbsent(digest, f);
                if (earlier != null) copyOf.put(f, earlier);
            }
        }
        return new Found(copyOf, hashes);
    }

    /**
     * The entry of {@code copy}: the identity of the report it repeats (agency, year, format), no facts of its own,
     * and the DUPLICATE_FILE finding, with the severity the settings give it.
     */
    static CheckedReport entry(Path copy, CheckedReport original, CheckerSettings settings) {
        Report o = original.report();
        Report r = o.withFile(copy.toString(), copy.getFileName() == null ? copy.toString() : copy.getFileName().toString());
        Finding f = new Finding(ID, settings.severity().getOrDefault(ID, Severity.INFO), null, null, null,
                "与本次检查的另一个文件「" + o.fileName() + "」逐字节完全相同，只检查并统计了那一份（结果见该文件）",
                "byte for byte the same as " + o.file() + ", which was checked and counted once",
                null, null, o.file(), Location.NONE, "本工具：同一份文件在一次检查中只检查一次",
                "如两个文件确是同一份报告，请只保留一份；如本应是不同的报告（例如更正后的版本），请检查是否放错了文件",
                List.of());
        return new CheckedReport(new ParsedReport(r, List.of(), List.of(), List.of(), List.of(), List.of()), List.of(f));
    }

    public static boolean isDuplicate(CheckedReport r) {
        return r.findings().size() == 1 && ID.equals(r.findings().get(0).rule());
    }
}
