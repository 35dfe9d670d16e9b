package org.nianbao.checker.history;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.NarrativeText;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportMemo;
import org.nianbao.checker.model.TableCell;

/**
 * The documents the office has checked, by content: agency, year, the table cells compared across years and the
 * narrative sections as compared for copies. Written while a run checks its files (content-addressed, so a file
 * checked again every month is stored once); read for the checks across years and for copies, always through the
 * reports of finished runs, so a run still in progress elsewhere is never compared with.
 */
public final class DocumentStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.fasterxml.jackson.databind.ObjectReader CELLS =
            JSON.readerFor(new TypeReference<List<StoredCell>>() { });

    /** One remembered cell, as stored in {@code document.cells}. */
    public record StoredCell(String table, String row, String rowLabel, String column, String columnLabel, Double value,
                             String raw, Integer page, Integer line) {
        static StoredCell of(TableCell c) {
            Location l = c.location() == null ? Location.NONE : c.location();
            return new StoredCell(c.table(), c.row(), c.rowLabel(), c.column(), c.columnLabel(), c.value(), c.raw(),
                    l.page(), l.line());
        }

        TableCell toCell() {
            return new TableCell(table, row, rowLabel, column, columnLabel, value, value == null, false,
                    raw == null ? "" : raw, new Location(page, line));
        }
    }

    /** A report of an earlier run: which file, whose and which year, in which run, and its remembered cells. */
    public record EarlierReport(String file, String fileName, String content, String agency, Integer year, String runId,
                                List<TableCell> cells) {
    }

    /** A narrative section of a stored document, as the copy detection compares it (text read separately). */
    public record StoredNarrative(String content, int kind, String title, Integer line, long textHash, int[] minhash,
                                  String file, String fileName, String agency, Integer year, String runId) {
    }

    private final HistoryDb db;
    /** "agency key|year" of every report in a finished run, read once: most lookups find nothing, and this says so first. */
    private java.util.Set<String> recorded;

    public DocumentStore(HistoryDb db) {
        this.db = db;
    }

    private synchronized boolean mayHave(String key, int year) throws SQLException {
        if (recorded == null) {
            recorded = db.read(c -> {
                java.util.Set<String> all = new java.util.HashSet<>();
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT DISTINCT agency_key, year FROM report WHERE content IS NOT NULL AND agency_key IS NOT NULL");
                     ResultSet rs = p.executeQuery()) {
                    while (rs.next()) all.add(rs.getString(1) + "|" + rs.getInt(2));
                }
                return all;
            });
        }
        return recorded.contains(key + "|" + year);
    }

    /** Stores the documents of checked reports not stored yet, in one transaction. */
    public void save(List<Map.Entry<Report, ReportMemo>> checked) throws IOException {
        try {
            db.inTransaction(c -> {
                try (PreparedStatement d = c.prepareStatement("INSERT OR IGNORE INTO document(content, file_name, agency, "
                        + "agency_key, year, cells) VALUES (?,?,?,?,?,?)");
                     PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO section_text(content, kind, title, "
                             + "line, text, text_hash, minhash) VALUES (?,?,?,?,?,?,?)")) {
                    for (Map.Entry<Report, ReportMemo> e : checked) {
                        ReportMemo m = e.getValue();
                        Report r = e.getKey();
                        if (m.content() == null) continue;
                        d.setString(1, m.content());
                        d.setString(2, r.fileName());
                        d.setString(3, r.agency());
                        d.setString(4, AgencyNames.key(r.agency()));
                        if (r.year() == null) d.setNull(5, Types.INTEGER); else d.setInt(5, r.year());
                        d.setString(6, cellsJson(m.cells()));
                        d.addBatch();
                        for (NarrativeText n : m.narratives()) {
                            if (n.text() == null) continue;
                            s.setString(1, m.content());
                            s.setInt(2, n.kind());
                            s.setString(3, n.title());
                            Integer line = n.location() == null ? null : n.location().line();
                            if (line == null) s.setNull(4, Types.INTEGER); else s.setInt(4, line);
                            s.setString(5, n.text());
                            s.setLong(6, n.textHash());
                            s.setBytes(7, toBytes(n.minhash()));
                            s.addBatch();
                        }
                    }
                    d.executeBatch();
                    s.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IOException("无法写入检查记录数据库 / cannot write the history database: " + e.getMessage(), e);
        }
    }

    /**
     * The most recently checked report of the agency {@code agency} for {@code year} among finished runs, with its
     * cells; empty when none was recorded.
     */
    public Optional<EarlierReport> latest(String agency, int year) throws IOException {
        String key = AgencyNames.key(agency);
        if (key == null) return Optional.empty();
        try {
            if (!mayHave(key, year)) return Optional.empty();
            return db.read(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT r.file, r.file_name, r.content, r.agency, r.year, "
                        + "r.run_id, d.cells FROM report r JOIN run u ON u.id = r.run_id JOIN document d ON d.content = r.content "
                        + "WHERE r.agency_key = ? AND r.year = ? ORDER BY u.started_at DESC, r.run_id DESC, r.seq DESC")) {
                    p.setString(1, key);
                    p.setInt(2, year);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            if (!AgencyNames.same(agency, rs.getString("agency"))) continue;
                            List<StoredCell> cells;
                            try {
                                cells = CELLS.readValue(rs.getString("cells"));
                            } catch (IOException e) {
                                cells = List.of();
                            }
                            return Optional.of(new EarlierReport(rs.getString("file"), rs.getString("file_name"),
                                    rs.getString("content"), rs.getString("agency"), rs.getInt("year"), rs.getString("run_id"),
                                    cells.stream().map(StoredCell::toCell).toList()));
                        }
                    }
                }
                return Optional.<EarlierReport>empty();
            });
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The narrative sections of documents checked in finished runs for the given years (each document once, as
     * its latest report names it), for comparing this run's sections with.
     */
    public List<StoredNarrative> narratives(Collection<Integer> years) throws IOException {
        if (years.isEmpty()) return List.of();
        String in = String.join(",", years.stream().map(String::valueOf).toList());
        try {
            return db.read(c -> {
                List<StoredNarrative> out = new ArrayList<>();
                java.util.Set<String> seen = new java.util.HashSet<>();
                try (PreparedStatement p = c.prepareStatement("SELECT s.content, s.kind, s.title, s.line, s.text_hash, "
                        + "s.minhash, r.file, r.file_name, r.agency, r.year, r.run_id FROM section_text s "
                        + "JOIN report r ON r.content = s.content JOIN run u ON u.id = r.run_id "
                        + "WHERE r.year IN (" + in + ") ORDER BY u.started_at DESC, r.run_id DESC")) {
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            if (!seen.add(rs.getString(1) + "|" + rs.getInt(2))) continue;
                            int line = rs.getInt(4);
                            Integer l = rs.wasNull() ? null : line;
                            out.add(new StoredNarrative(rs.getString(1), rs.getInt(2), rs.getString(3), l, rs.getLong(5),
                                    fromBytes(rs.getBytes(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                                    rs.getInt(10), rs.getString(11)));
                        }
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private PreparedStatement textQuery;
    private PreparedStatement cellQuery;

    /** The remembered cells of a stored document; empty when it is not stored. */
    public synchronized List<TableCell> cells(String content) throws IOException {
        try {
            String json = db.read(c -> {
                if (cellQuery == null) cellQuery = c.prepareStatement("SELECT cells FROM document WHERE content = ?");
                cellQuery.setString(1, content);
                try (ResultSet rs = cellQuery.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            if (json == null) return List.of();
            List<StoredCell> cells = CELLS.readValue(json);
            return cells.stream().map(StoredCell::toCell).toList();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The compared text of one section of a stored document, or null. */
    public synchronized String text(String content, int kind) throws IOException {
        try {
            return db.read(c -> {
                if (textQuery == null) textQuery = c.prepareStatement("SELECT text FROM section_text WHERE content = ? AND kind = ?");
                textQuery.setString(1, content);
                textQuery.setInt(2, kind);
                try (ResultSet rs = textQuery.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The cells as {@code document.cells} holds them: a JSON list of {@link StoredCell}, written field by field (a
     * document a report, 10,000 in a large run: binding each cell as a record took most of the store's time).
     */
    static String cellsJson(List<TableCell> cells) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter(cells.size() * 120);
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartArray();
            for (TableCell c : cells) {
                StoredCell s = StoredCell.of(c);
                g.writeStartObject();
                g.writeStringField("table", s.table());
                g.writeStringField("row", s.row());
                g.writeStringField("rowLabel", s.rowLabel());
                g.writeStringField("column", s.column());
                g.writeStringField("columnLabel", s.columnLabel());
                g.writeFieldName("value");
                writeCount(g, s.value());
                g.writeStringField("raw", s.raw());
                if (s.page() == null) g.writeNullField("page"); else g.writeNumberField("page", s.page());
                if (s.line() == null) g.writeNullField("line"); else g.writeNumberField("line", s.line());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return out.toString();
    }

    /**
     * A cell's value as Double.toString writes it ("3.0", "12.5", "1.0E7"): a whole count below ten million is
     * written from its digits, as most are, without the general conversion of a double.
     */
    private static void writeCount(com.fasterxml.jackson.core.JsonGenerator g, Double v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v == Math.rint(v) && Math.abs(v) < 1e7 && !(v == 0 && 1 / v < 0)) {
            g.writeNumber((long) v.doubleValue() + ".0");
        } else {
            g.writeNumber(v);
        }
    }

    static byte[] toBytes(int[] sig) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) b.putInt(v);
        return b.array();
    }

    static int[] fromBytes(byte[] bytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        int[] sig = new int[bytes.length / 4];
        for (int i = 0; i < sig.length; i++) sig[i] = b.getInt();
        return sig;
    }
}
