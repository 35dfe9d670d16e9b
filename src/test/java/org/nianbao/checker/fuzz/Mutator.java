package org.nianbao.checker.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile variants of real inputs: byte flips, truncation, repeated and deleted lines, shuffled table
 * rows, cells replaced by odd values, re-encodings, extension lies. Deterministic for a given seed, so a crash
 * can be replayed.
 */
final class Mutator {

    private static final String[] ODD_CELLS = {"", "-", "—", "/", "无", "00", "1 0", "-5", "9999999999999999999", "3.5.1",
            "1e9", "NaN", "=1+1", "=HYPERLINK(\"http://x\",\"y\")", "（其中修订16件）", "\u0000", "\uFFFD\uFFFD", "一、总体情况",
            "第二十条第(五)项", "(七)总计", "2024年1月1日至2024年2月30日", "?????"};
    private static final String[] CHARSETS = {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "Big5"};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(byte[] original, boolean isText) {
        int kind = random.nextInt(isText ? 9 : 4);
        return switch (kind) {
            case 0 -> flipBytes(original);
            case 1 -> Arrays.copyOf(original, random.nextInt(Math.max(1, original.length)));
            case 2 -> insertGarbage(original);
            case 3 -> spliceSelf(original);
            case 4 -> lines(original, this::dropLines);
            case 5 -> lines(original, this::duplicateLines);
            case 6 -> lines(original, this::oddCells);
            case 7 -> lines(original, this::shuffleBlock);
            default -> reencode(original);
        };
    }

    private byte[] flipBytes(byte[] b) {
        byte[] c = b.clone();
        int n = 1 + random.nextInt(Math.max(1, c.length / 200 + 1));
        for (int i = 0; i < n && c.length > 0; i++) c[random.nextInt(c.length)] = (byte) random.nextInt(256);
        return c;
    }

    private byte[] insertGarbage(byte[] b) {
        int at = random.nextInt(b.length + 1);
        byte[] junk = new byte[1 + random.nextInt(64)];
        random.nextBytes(junk);
        byte[] c = new byte[b.length + junk.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(junk, 0, c, at, junk.length);
        System.arraycopy(b, at, c, at + junk.length, b.length - at);
        return c;
    }

    private byte[] spliceSelf(byte[] b) {
        if (b.length < 2) return b;
        int from = random.nextInt(b.length), len = random.nextInt(b.length - from);
        int at = random.nextInt(b.length);
        byte[] c = new byte[b.length + len];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, from, c, at, len);
        System.arraycopy(b, at, c, at + len, b.length - at);
        return c;
    }

    private byte[] lines(byte[] b, java.util.function.UnaryOperator<List<String>> edit) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
        return String.join("\n", edit.apply(lines)).getBytes(StandardCharsets.UTF_8);
    }

    private List<String> dropLines(List<String> l) {
        int n = 1 + random.nextInt(Math.max(1, l.size() / 4));
        for (int i = 0; i < n && !l.isEmpty(); i++) l.remove(random.nextInt(l.size()));
        return l;
    }

    private List<String> duplicateLines(List<String> l) {
        if (l.isEmpty()) return l;
        int from = random.nextInt(l.size()), len = Math.min(l.size() - from, 1 + random.nextInt(40));
        l.addAll(random.nextInt(l.size()), new ArrayList<>(l.subList(from, from + len)));
        return l;
    }

    private List<String> oddCells(List<String> l) {
        for (int k = 0; k < 1 + random.nextInt(20) && !l.isEmpty(); k++) {
            int i = random.nextInt(l.size());
            String sep = l.get(i).contains("|") ? "\\|" : "\t";
            String[] cells = l.get(i).split(sep, -1);
            cells[random.nextInt(cells.length)] = ODD_CELLS[random.nextInt(ODD_CELLS.length)];
            l.set(i, String.join(sep.equals("\t") ? "\t" : "|", cells));
        }
        return l;
    }

    private List<String> shuffleBlock(List<String> l) {
        if (l.size() < 3) return l;
        int from = random.nextInt(l.size() - 2), len = Math.min(l.size() - from, 2 + random.nextInt(30));
        java.util.Collections.shuffle(l.subList(from, from + len), random);
        return l;
    }

    private byte[] reencode(byte[] b) {
        String text = new String(b, StandardCharsets.UTF_8);
        return text.getBytes(Charset.forName(CHARSETS[random.nextInt(CHARSETS.length)]));
    }

    String extension(String original) {
        String[] exts = {original, original, original, ".pdf", ".docx", ".doc", ".html", ".txt", ".png", ""};
        return exts[random.nextInt(exts.length)];
    }
}
