package org.nianbao.checker.history;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.model.Triage;
import org.nianbao.checker.model.TriageDecision;

/**
 * The officers' triage decisions, by triage key ({@link Fingerprint#triageKey}), in the history database. A
 * decision stays until an officer chooses another one; a row left empty in the workbook changes nothing.
 */
public final class TriageStore {

    /** One decision as an officer made it, with what the finding was about (for {@code ./checker triage}). */
    public record Entry(String key, TriageDecision decision, String note, String rule, String agency, Integer year,
                        String fileName, String message, Instant updatedAt, String fromFile) {
    }

    private final HistoryDb db;

    public TriageStore(HistoryDb db) {
        this.db = db;
    }

    /**
     * Stores what officers wrote; returns how many decisions or notes changed. An entry equal to the stored one
     * keeps its time.
     */
    public int record(List<Entry> entries) throws IOException {
        try {
            return db.inTransaction(c -> {
                Map<String, Triage> before = all(c);
                int changed = 0;
                try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO triage(triage_key, decision, note, "
                        + "rule, agency, year, file_name, message, updated_at, from_file) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                    for (Entry e : entries) {
                        Triage now = new Triage(e.decision(), e.note());
                        if (now.equals(before.get(e.key()))) continue;
                        p.setString(1, e.key());
                        p.setString(2, e.decision() == null ? null : e.decision().label());
                        p.setString(3, e.note());
                        p.setString(4, e.rule());
                        p.setString(5, e.agency());
                        if (e.year() == null) p.setNull(6, Types.INTEGER); else p.setInt(6, e.year());
                        p.setString(7, e.fileName());
                        p.setString(8, e.message());
                        p.setString(9, (e.updatedAt() == null ? Instant.now() : e.updatedAt()).toString());
                        p.setString(10, e.fromFile());
                        p.executeUpdate();
                        changed++;
                    }
                }
                return changed;
            });
        } catch (SQLException e) {
            throw new IOException("无法保存处理意见 / cannot store the triage: " + e.getMessage(), e);
        }
    }

    /** Every stored decision, by triage key. */
    public Map<String, Triage> all() throws IOException {
        try {
            return db.read(TriageStore::all);
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Map<String, Triage> all(java.sql.Connection c) throws SQLException {
        Map<String, Triage> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT triage_key, decision, note FROM triage");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), new Triage(TriageDecision.of(rs.getString(2)), rs.getString(3)));
        }
        return out;
    }

    /** Every stored decision with what it is about, most recent first. */
    public List<Entry> list() throws IOException {
        try {
            return db.read(c -> {
                List<Entry> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT * FROM triage ORDER BY updated_at DESC, agency, rule");
                     ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        int year = rs.getInt("year");
                        Integer y = rs.wasNull() ? null : year;
                        out.add(new Entry(rs.getString("triage_key"), TriageDecision.of(rs.getString("decision")),
                                rs.getString("note"), rs.getString("rule"), rs.getString("agency"), y,
                                rs.getString("file_name"), rs.getString("message"), Instant.parse(rs.getString("updated_at")),
                                rs.getString("from_file")));
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
