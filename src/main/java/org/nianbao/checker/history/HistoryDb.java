package org.nianbao.checker.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.sqlite.SQLiteConfig;

/**
 * The office's memory of one output folder: an SQLite file, {@code <out>/.runs/history.db}, readable with any
 * SQLite tool. Why SQLite: one file beside the outputs, nothing to install or start, transactions, and safe use
 * by two checker processes at once (write-ahead log, writers wait their turn instead of failing).
 *
 * <p>Tables (see {@link #SCHEMA}): {@code run} (one per check), {@code report} (one per file checked in a run,
 * with which document it was: file and content hash), {@code finding} (each finding with its fingerprint and
 * triage key), {@code document} (per distinct file content: agency, year and the table cells the checks across
 * years need), {@code section_text} (per document: the narrative sections as compared for copies, with their
 * MinHash signatures), {@code triage} (the officers' decisions by triage key) and {@code meta}.
 *
 * <p>Not for network drives: SQLite's locking there is unreliable, so keep the output folder on a local disk.
 */
public final class HistoryDb implements AutoCloseable {

    public static final String FILE_NAME = "history.db";
    static final int SCHEMA_VERSION = 1;

    static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
            """
            CREATE TABLE IF NOT EXISTS run (
              id            TEXT PRIMARY KEY,          -- 20250114-093012, as ./checker runs lists it
              started_at    TEXT NOT NULL,             -- ISO-8601 instant
              rules_version TEXT,
              files INTEGER, passed INTEGER, errors INTEGER, warnings INTEGER, infos INTEGER,
              compared_to   TEXT,                      -- the run it was compared with, null on a first check
              added INTEGER, fixed INTEGER,
              source        TEXT NOT NULL              -- 'check', or 'import' for a former .runs/*.json record
            )""",
            """
            CREATE TABLE IF NOT EXISTS report (
              id         INTEGER PRIMARY KEY,
              run_id     TEXT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
              seq        INTEGER NOT NULL,             -- input order within the run
              file       TEXT NOT NULL,
              file_name  TEXT NOT NULL,
              content    TEXT,                         -- SHA-256 of the file's bytes; null if it could not be read
              agency     TEXT,
              agency_key TEXT,                         -- the name as matched across years (see AgencyNames)
              year       INTEGER,
              report_key TEXT NOT NULL,                -- agency|year, as fingerprints begin
              verdict    TEXT
            )""",
            "CREATE INDEX IF NOT EXISTS report_by_run ON report(run_id, seq)",
            "CREATE INDEX IF NOT EXISTS report_by_agency ON report(agency_key, year)",
            """
            CREATE TABLE IF NOT EXISTS finding (
              report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
              seq         INTEGER NOT NULL,
              fingerprint TEXT NOT NULL,               -- report, rule and subject: what 新增 / 仍存在 / 已整改 compare
              triage_key  TEXT NOT NULL,               -- fingerprint plus evidence: what a triage decision is about
              rule TEXT, severity TEXT, section TEXT, table_name TEXT, cell TEXT, message TEXT, message_en TEXT,
              expected TEXT, actual TEXT, evidence TEXT, page INTEGER, line INTEGER, basis TEXT, hint TEXT,
              cell_refs   TEXT,                        -- "T3|NEW|NATURAL,…"
              PRIMARY KEY (report_id, seq)
            )""",
            """
            CREATE TABLE IF NOT EXISTS document (
              content    TEXT PRIMARY KEY,             -- SHA-256 of the file's bytes
              file_name  TEXT,                         -- as first seen
              agency     TEXT,
              agency_key TEXT,
              year       INTEGER,
              cells      TEXT                          -- JSON: the cells checks across years use, by "T3|CARRIED_OUT|TOTAL"
            )""",
            "CREATE INDEX IF NOT EXISTS document_by_agency ON document(agency_key, year)",
            """
            CREATE TABLE IF NOT EXISTS section_text (
              content   TEXT NOT NULL REFERENCES document(content) ON DELETE CASCADE,
              kind      INTEGER NOT NULL,              -- 1, 5 or 6
              title     TEXT,
              line      INTEGER,
              text      TEXT NOT NULL,                 -- as compared: own agency name and digits masked, boilerplate out
              text_hash INTEGER NOT NULL,
              minhash   BLOB NOT NULL,                 -- TextPrints.SIZE (256) big-endian ints
              PRIMARY KEY (content, kind)
            )""",
            """
            CREATE TABLE IF NOT EXISTS triage (
              triage_key TEXT PRIMARY KEY,
              decision   TEXT,                         -- 确认, 误报, 已沟通, 暂缓 (or null: a note alone)
              note       TEXT,
              rule TEXT, agency TEXT, year INTEGER, file_name TEXT, message TEXT,
              updated_at TEXT NOT NULL,                -- ISO-8601 instant
              from_file  TEXT                          -- the workbook it was read from
            )""");

    private final Path file;
    private final Connection connection;

    private HistoryDb(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** The database of the run folder {@code runs} ({@code <out>/.runs}), created with its schema if missing. */
    public static HistoryDb open(Path runs) throws IOException {
        Files.createDirectories(runs);
        Path file = runs.resolve(FILE_NAME);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // another checker writing at the same time makes this one wait its turn, not fail
        config.setBusyTimeout(120_000);
        config.enforceForeignKeys(true);
        // a write transaction takes the write lock at its start: two runs never deadlock upgrading read locks
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try {
                HistoryDb db = new HistoryDb(file, c);
                db.createSchema();
                return db;
            } catch (SQLException | RuntimeException e) {
                // closed, SQLite removes the write-ahead files it made (a full disk must not keep them)
                try {
                    c.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("无法打开检查记录数据库 " + file + "：" + e.getMessage()
                    + " / cannot open the history database", e);
        }
    }

    /** Whether {@code runs} holds a database already (listing must not create one). */
    public static boolean exists(Path runs) {
        return Files.isRegularFile(runs.resolve(FILE_NAME));
    }

    private void createSchema() throws SQLException {
        // most opens find the schema there: said by a read, so that listing the runs or reading the previous one
        // never waits behind a run that is writing (a write transaction takes the write lock)
        if (String.valueOf(SCHEMA_VERSION).equals(schemaVersion())) return;
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA) s.execute(ddl);
                s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
            }
            return null;
        });
    }

    public Path file() {
        return file;
    }

    /** Work that runs in one transaction: all of it is stored, or (on an exception) none of it. */
    public interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** Runs {@code work} in one write transaction; the connection is used by one thread at a time. */
    public synchronized <T> T inTransaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        boolean done = false;
        try {
            T result = work.run(connection);
            connection.commit();
            done = true;
            return result;
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        } finally {
            if (!done) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the first failure is the one worth reporting
                }
            }
            connection.setAutoCommit(true);
        }
    }

    /** Runs a read; it sees the last committed state. */
    public synchronized <T> T read(Work<T> work) throws SQLException {
        try {
            return work.run(connection);
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    /** The schema version recorded with the tables (in the transaction that made them), or null before there is one. */
    private String schemaVersion() {
        try {
            return read(c -> meta(c, "schema_version"));
        } catch (SQLException noMetaTable) {
            return null;
        }
    }

    String meta(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    void setMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to save: every write was committed or rolled back
        }
    }
}
