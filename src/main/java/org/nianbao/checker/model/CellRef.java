package org.nianbao.checker.model;

/**
 * Which table cell a finding is about, by the stable keys of {@link TableCell}: table ("T3"), row ("NEW") and
 * column ("NATURAL"). Its {@link #key()} "T3|NEW|NATURAL" is the form the run history stores and finding
 * fingerprints are made of, so it must not change.
 */
public record CellRef(String table, String row, String column) {

    public static CellRef of(TableCell c) {
        return new CellRef(c.table(), c.row(), c.column());
    }

    /** The reference whose {@link #key()} is {@code key}; IllegalArgumentException when it is not "TABLE|ROW|COLUMN". */
    public static CellRef parse(String key) {
        String[] parts = key.split("\\|", -1);
        if (parts.length != 3) throw new IllegalArgumentException("not a cell reference (TABLE|ROW|COLUMN): " + key);
        return new CellRef(parts[0], parts[1], parts[2]);
    }

    /** "T3|NEW|NATURAL". */
    public String key() {
        return table + "|" + row + "|" + column;
    }

    @Override
    public String toString() {
        return key();
    }
}
