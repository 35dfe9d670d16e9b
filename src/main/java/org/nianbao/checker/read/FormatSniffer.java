package org.nianbao.checker.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.nianbao.checker.model.SourceFormat;

/**
 * Tells a file's format from its first bytes, not its extension: agencies rename files, and a DOCX called
 * ".pdf" must still be read as a DOCX.
 */
public final class FormatSniffer {

    private FormatSniffer() {
    }

    /** How many first bytes tell the format. */
    static final int HEAD_BYTES = 4096;

    public static SourceFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return sniff(file, head);
    }

    /** The format from the file's first bytes (at most {@value #HEAD_BYTES} of them are looked at). */
    public static SourceFormat sniff(Path file, byte[] bytes) throws IOException {
        byte[] head = bytes.length <= HEAD_BYTES ? bytes : java.util.Arrays.copyOf(bytes, HEAD_BYTES);
        if (head.length == 0) return SourceFormat.UNKNOWN;
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII)) || indexOf(head, "%PDF-") >= 0 && indexOf(head, "%PDF-") < 1024) {
            return SourceFormat.PDF;
        }
        if (startsWith(head, new byte[]{'P', 'K', 3, 4})) {
            return isWordZip(file) ? SourceFormat.DOCX : SourceFormat.UNKNOWN;
        }
        if (startsWith(head, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return SourceFormat.DOC;
        }
        if (isPageImage(head)) return SourceFormat.IMAGE;
        if (looksBinary(head)) return SourceFormat.UNKNOWN;
        return looksLikeHtml(head) ? SourceFormat.HTML : SourceFormat.TXT;
    }

    private static final List<String> MARKUP_START = List.of("<head", "<body", "<meta", "<title", "<table", "<div", "<p>",
            "<p ", "<br", "<span", "<font", "<h1", "<h2", "<h3", "<style", "<!--", "<?xml");

    /**
     * An html or doctype tag anywhere in the head, or text that opens with markup and holds common page tags. NULs
     * are dropped first so UTF-16 pages are recognised too; many saved pages have neither doctype nor html tag.
     */
    static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1).replace("\0", "").toLowerCase(Locale.ROOT);
        if (start.contains("<html") || start.contains("<!doctype html") || start.contains("<table") || start.contains("<body")) {
            return true;
        }
        String opening = start.replaceFirst("^(\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)", "").stripLeading();
        if (!opening.startsWith("<")) return false;
        int tags = 0;
        for (String tag : MARKUP_START) if (start.contains(tag)) tags++;
        return tags >= 2 || opening.startsWith("<meta") || opening.startsWith("<head");
    }

    /** The central directory first (no entry is inflated, so a zip bomb costs nothing here), then a damaged zip entry by entry. */
    private static boolean isWordZip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().limit(10_000).anyMatch(e -> e.getName().startsWith("word/"));
        } catch (IOException | IllegalArgumentException damaged) {
            // no readable central directory: walk the local headers below
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 200) {
                if (e.getName().startsWith("word/")) return true;
            }
        } catch (IOException | IllegalArgumentException broken) {
            // a truncated zip that starts like one is still meant as DOCX; the reader reports the damage
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx");
        }
        return false;
    }

    /** PNG, JPEG or TIFF (either byte order): the pictures a scanned report is posted as. */
    private static boolean isPageImage(byte[] head) {
        return startsWith(head, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                || startsWith(head, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(head, new byte[]{'I', 'I', 42, 0}) || startsWith(head, new byte[]{'M', 'M', 0, 42});
    }

    /** NUL bytes outside UTF-16 text, or image/archive magic numbers, mean this is not a text file. */
    private static boolean looksBinary(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return false;
        }
        if (startsWith(head, new byte[]{(byte) 0x89, 'P', 'N', 'G'}) || startsWith(head, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(head, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return true;
        }
        int nul = 0;
        for (byte b : head) if (b == 0) nul++;
        // UTF-16 without BOM has NULs in every other byte of ASCII, and in the other bytes of 一 (U+4E00) or the
        // ideographic space (U+3000): NULs on both sides are binary unless the pairs read as text
        if (nul == 0) return false;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < head.length; i++) if (head[i] == 0) { if (i % 2 == 0) evenNul++; else oddNul++; }
        return evenNul > 0 && oddNul > 0 && TextDecoding.utf16WithoutBom(head) == null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (data[i] != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] data, String ascii) {
        return new String(data, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }
}
