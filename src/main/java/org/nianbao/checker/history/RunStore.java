package org.nianbao.checker.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorded runs of an output folder, in its history database ({@link HistoryDb}, {@code <out>/.runs/history.db}).
 * A run's id is its local start time, {@code 20250114-093012}, with {@code -2}, {@code -3} … when two runs start in
 * the same second. Run records of earlier versions ({@code .runs/*.json}) are imported once, the first time the
 * database is opened; the files stay where they are.
 */
public final class RunStore implements AutoCloseable {

    public static final String FOLDER = ".runs";
    private static final Logger LOG = LoggerFactory.getLogger(RunStore.class);
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path folder;
    private HistoryDb db;

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

    /** The database, opened (and created, with former JSON records imported) on first use. */
    public synchronized HistoryDb db() throws IOException {
        if (db == null) {
            db = HistoryDb.open(folder);
            importJsonRecords(db);
        }
        return db;
    }

    /** Whether there is anything recorded at all; listing an empty folder creates nothing. */
    private boolean anything() {
        if (HistoryDb.exists(folder)) return true;
        try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            return files.anyMatch(RunStore::isJsonRecord);
        } catch (IOException e) {
            return false;
        }
    }

    /** A new id for a run started at {@code startedAt}; {@link #save} takes the next free one if it is gone by then. */
    public String newId(Instant startedAt) throws IOException {
        String base = ID.format(startedAt.atZone(ZoneId.systemDefault()));
        if (!anything()) return base;
        try {
            return db().read(c -> freeId(c, base));
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String freeId(Connection c, String wanted) throws SQLException {
        String base = wanted.replaceFirst("^(\\d{8}-\\d{6})-\\d+$", "$1");
        if (!taken(c, wanted)) return wanted;
        String id = base;
        for (int n = 2; taken(c, id); n++) id = base + "-" + n;
        return id;
    }

    private static boolean taken(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM run WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Records a run in one transaction, all of it or nothing. Returns the id it was stored under: the record's own,
     * or the next free one when another run took that id meanwhile (two checks started in the same second).
     */
    public String save(RunRecord run) throws IOException {
        try {
            return db().inTransaction(c -> {
                String id = freeId(c, run.summary().id());
                insert(c, run, id, "check");
                return id;
            });
        } catch (SQLException e) {
            throw new IOException("无法保存检查记录 / cannot record the run: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection c, RunRecord run, String id, String source) throws SQLException {
        RunSummary s = run.summary();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO run(id, started_at, rules_version, files, passed, "
                + "errors, warnings, infos, compared_to, added, fixed, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, id);
            p.setString(2, s.startedAt() == null ? Instant.EPOCH.toString() : s.startedAt().toString());
            p.setString(3, s.rulesVersion());
            p.setInt(4, s.files());
            p.setInt(5, s.passed());
            p.setLong(6, s.errors());
            p.setLong(7, s.warnings());
            p.setLong(8, s.infos());
            p.setString(9, s.comparedTo());
            p.setLong(10, s.added());
            p.setLong(11, s.fixed());
            p.setString(12, source);
            p.executeUpdate();
        }
        // report ids are given here, from the largest so far (the transaction holds the write lock): then the
        // reports and their findings go in as two batches rather than a statement and a batch per report
        long lastId;
        try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM report");
             ResultSet rs = q.executeQuery()) {
            lastId = rs.next() ? rs.getLong(1) : 0;
        }
        long firstId = lastId + 1;
        try (PreparedStatement rp = c.prepareStatement("INSERT INTO report(id, run_id, seq, file, file_name, content, "
                + "agency, agency_key, year, report_key, verdict) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int seq = 0;
            for (RunRecord.ReportRecord r : run.reports()) {
                rp.setLong(1, firstId + seq);
                rp.setString(2, id);
                rp.setInt(3, seq++);
                rp.setString(4, r.file() == null ? "" : r.file());
                rp.setString(5, r.fileName() == null ? "" : r.fileName());
                rp.setString(6, r.content());
                rp.setString(7, r.agency());
                rp.setString(8, AgencyNames.key(r.agency()));
                setInt(rp, 9, r.year());
                rp.setString(10, r.key());
                rp.setString(11, r.verdict());
                rp.addBatch();
                if (seq % BATCH_ROWS == 0) rp.executeBatch();
            }
            rp.executeBatch();
        }
        try (PreparedStatement fp = c.prepareStatement("INSERT INTO finding(report_id, seq, fingerprint, triage_key, rule, "
                     + "severity, section, table_name, cell, message, message_en, expected, actual, evidence, page, line, "
                     + "basis, hint, cell_refs) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int rows = 0;
            long reportId = firstId - 1;
            for (RunRecord.ReportRecord r : run.reports()) {
                reportId++;
                int n = 0;
                for (RunRecord.FindingRecord f : r.findings()) {
                    fp.setLong(1, reportId);
                    fp.setInt(2, n++);
                    fp.setString(3, f.fingerprint());
                    fp.setString(4, f.triageKey());
                    fp.setString(5, f.rule());
                    fp.setString(6, f.severity());
                    fp.setString(7, f.section());
                    fp.setString(8, f.table());
                    fp.setString(9, f.cell());
                    fp.setString(10, f.message());
                    fp.setString(11, f.messageEn());
                    fp.setString(12, f.expected());
                    fp.setString(13, f.actual());
                    fp.setString(14, f.evidence());
                    setInt(fp, 15, f.page());
                    setInt(fp, 16, f.line());
                    fp.setString(17, f.basis());
                    fp.setString(18, f.hint());
                    fp.setString(19, f.cellRefs().isEmpty() ? null : String.join(",", f.cellRefs()));
                    fp.addBatch();
                    if (++rows % BATCH_ROWS == 0) fp.executeBatch();
                }
            }
            fp.executeBatch();
        }
    }

    /** Rows held in a batch before it is sent: a run of 100,000 reports does not hold all its findings twice. */
    private static final int BATCH_ROWS = 2_000;

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) p.setNull(i, Types.INTEGER);
        else p.setInt(i, v);
    }

    private static Integer getInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Every recorded run, oldest first. */
    public List<RunSummary> list() throws IOException {
        if (!anything()) return List.of();
        try {
            return db().read(c -> {
                List<RunSummary> runs = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT * FROM run ORDER BY started_at, id");
                     ResultSet rs = p.executeQuery()) {
                    while (rs.next()) runs.add(summary(rs));
                }
                return runs;
            });
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static RunSummary summary(ResultSet rs) throws SQLException {
        return new RunSummary(rs.getString("id"), Instant.parse(rs.getString("started_at")), rs.getString("rules_version"),
                rs.getInt("files"), rs.getInt("passed"), rs.getLong("errors"), rs.getLong("warnings"), rs.getLong("infos"),
                rs.getString("compared_to"), rs.getLong("added"), rs.getLong("fixed"));
    }

    /** The run with this id, if it was recorded, with every report and finding. */
    public Optional<RunRecord> load(String id) throws IOException {
        if (id == null || !id.matches("[0-9A-Za-z_-]+") || !anything()) return Optional.empty();
        try {
            return db().read(c -> Optional.ofNullable(load(c, id)));
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static RunRecord load(Connection c, String id) throws SQLException {
        RunSummary summary;
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM run WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return null;
                summary = summary(rs);
            }
        }
        Map<Long, RunRecord.ReportRecord> reports = new LinkedHashMap<>();
        Map<Long, List<RunRecord.FindingRecord>> findings = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM report WHERE run_id = ? ORDER BY seq")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long rid = rs.getLong("id");
                    reports.put(rid, new RunRecord.ReportRecord(rs.getString("file"), rs.getString("file_name"),
                            rs.getString("content"), rs.getString("agency"), getInt(rs, "year"), rs.getString("report_key"),
                            rs.getString("verdict"), List.of()));
                    findings.put(rid, new ArrayList<>());
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT f.* FROM finding f JOIN report r ON r.id = f.report_id "
                + "WHERE r.run_id = ? ORDER BY f.report_id, f.seq")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String refs = rs.getString("cell_refs");
                    findings.get(rs.getLong("report_id")).add(new RunRecord.FindingRecord(rs.getString("fingerprint"),
                            rs.getString("rule"), rs.getString("severity"), rs.getString("section"), rs.getString("table_name"),
                            rs.getString("cell"), rs.getString("message"), rs.getString("message_en"), rs.getString("expected"),
                            rs.getString("actual"), rs.getString("evidence"), getInt(rs, "page"), getInt(rs, "line"),
                            rs.getString("basis"), rs.getString("hint"), refs == null ? List.of() : Arrays.asList(refs.split(","))));
                }
            }
        }
        List<RunRecord.ReportRecord> all = new ArrayList<>(reports.size());
        reports.forEach((rid, r) -> all.add(new RunRecord.ReportRecord(r.file(), r.fileName(), r.content(), r.agency(),
                r.year(), r.key(), r.verdict(), findings.get(rid))));
        return new RunRecord(summary, all);
    }

    /** The most recent run, if any. */
    public Optional<RunRecord> latest() throws IOException {
        List<RunSummary> runs = list();
        return runs.isEmpty() ? Optional.empty() : load(runs.get(runs.size() - 1).id());
    }

    /**
     * Imports the {@code .runs/*.json} records of earlier versions, once: the first process to open the database
     * does it inside one transaction and marks it done, so two runs starting together do not import twice.
     * A damaged record is skipped and logged.
     */
    private void importJsonRecords(HistoryDb db) throws IOException {
        try {
            // done once per folder: a read says so without taking the write lock
            if (db.read(c -> db.meta(c, "json_imported")) != null) return;
            db.inTransaction(c -> {
                if (db.meta(c, "json_imported") != null) return null;
                List<Path> files;
                try (Stream<Path> s = Files.list(folder)) {
                    files = s.filter(RunStore::isJsonRecord).sorted().toList();
                }
                int imported = 0;
                for (Path f : files) {
                    try {
                        RunRecord r = JSON.readValue(f.toFile(), RunRecord.class);
                        if (r.summary() == null || r.summary().id() == null || taken(c, r.summary().id())) continue;
                        insert(c, r, r.summary().id(), "import");
                        imported++;
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("skipping unreadable run record {}: {}", f, e.toString());
                    }
                }
                db.setMeta(c, "json_imported", Instant.now().toString());
                if (imported > 0) LOG.info("imported {} run record(s) from {} into {}", imported, folder, db.file());
                return null;
            });
        } catch (SQLException e) {
            throw new IOException("无法导入以前的检查记录 / cannot import the earlier run records: " + e.getMessage(), e);
        }
    }

    private static boolean isJsonRecord(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".json") && !n.startsWith(".");
    }

    @Override
    public synchronized void close() {
        if (db != null) db.close();
        db = null;
    }
}
