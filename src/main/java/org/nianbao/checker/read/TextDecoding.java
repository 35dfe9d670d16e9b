package org.nianbao.checker.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.nianbao.checker.model.UnreadableInputException;

/**
 * Bytes to text as a browser would read them, for plain text and web pages alike. A byte-order mark wins; then a
 * declared charset (a page's meta tag), through the WHATWG Encoding Standard's label table, so "gb2312" and "gbk"
 * mean GB18030 as they do in every browser (Java's strict GB2312 turned — and 〇 into U+2015 and U+FFFD); then
 * detection: UTF-8, UTF-16 without a byte-order mark, and ICU's detector limited to the encodings Chinese agencies
 * use. A few undecodable bytes become U+FFFD, which the normaliser reports as TEXT_DAMAGED; only text that is
 * mostly undecodable is refused.
 */
public final class TextDecoding {

    /** Share of replaced characters above which the text is not read at all: it is not in this encoding. */
    private static final double MOSTLY_DAMAGED = 0.10;
    private static final List<String> CANDIDATES = List.of("GB18030", "UTF-16LE", "UTF-16BE", "Big5", "UTF-8");
    private static final Map<String, String> LABELS = labels();

    private TextDecoding() {
    }

    /**
     * The text of {@code bytes}; {@code declaredLabel} is the charset a page declares (null for none).
     *
     * @throws UnreadableInputException when the bytes are empty or no encoding reads them with little damage
     */
    public static String decode(byte[] bytes, String declaredLabel) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("文件为空（0 字节）", "the file is empty (0 bytes)");
        }
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return mostlyReadable(lenient(bytes, skip, bom), bom, "字节顺序标记（BOM）");
        }
        Charset declared = forLabel(declaredLabel);
        if (declared != null) {
            // a page saved again as UTF-8 by a crawler or an editor keeps its old meta tag: valid UTF-8 with
            // characters beyond ASCII does not happen by chance in GBK, so the bytes win over such a declaration
            if (declared != StandardCharsets.UTF_8 && isUtf8WithNonAscii(bytes)) return new String(bytes, StandardCharsets.UTF_8);
            String text = lenient(bytes, 0, declared);
            // mostly undecodable: the declaration is wrong (a browser shows garbage too); read what the bytes are
            if (damageShare(text) <= MOSTLY_DAMAGED) return text;
        }
        return detect(bytes);
    }

    /** The Java charset a WHATWG encoding label names, or null (no label, unknown, or the "replacement" encoding). */
    public static Charset forLabel(String label) {
        if (label == null) return null;
        String name = LABELS.get(label.strip().toLowerCase(Locale.ROOT));
        if (name == null) return null;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unsupported) {
            return null;
        }
    }

    /** UTF-16LE or UTF-16BE when {@code bytes} (a file's head will do) look like UTF-16 text without a BOM; else null. */
    public static Charset utf16WithoutBom(byte[] bytes) {
        int n = bytes.length & ~1;
        if (n < 4) return null;
        boolean nul = false;
        for (int i = 0; i < n && !nul; i++) nul = bytes[i] == 0;
        if (!nul) return null; // ASCII and GBK pairs also decode to plausible ideographs: require the NULs of UTF-16
        double le = textLike(bytes, n, true), be = textLike(bytes, n, false);
        if (le >= 0.9 && le > be) return StandardCharsets.UTF_16LE;
        if (be >= 0.9 && be > le) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static String detect(byte[] bytes) throws UnreadableInputException {
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) return utf8;
        Charset utf16 = utf16WithoutBom(bytes.length > 8192 ? java.util.Arrays.copyOf(bytes, 8192) : bytes);
        if (utf16 != null) return mostlyReadable(lenient(bytes, 0, utf16), utf16, "检测到的编码");
        // UTF-8 with a few bad bytes (a truncated character, a byte lost in a copy) is still UTF-8
        if (nearlyUtf8(bytes)) return mostlyReadable(lenient(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "检测到的编码");
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            String charset = "GB2312".equalsIgnoreCase(name) || "GBK".equalsIgnoreCase(name) ? "GB18030" : name;
            if (!CANDIDATES.contains(charset) || match.getConfidence() < 10) continue;
            try {
                return strict(bytes, Charset.forName(charset));
            } catch (CharacterCodingException wrong) {
                // try the next candidate
            }
        }
        // no candidate reads every byte: GB18030 with a few damaged characters (the usual Chinese page or file), if
        // what it reads is Chinese text; almost any bytes decode to some GB18030 characters, mostly rare ones
        String gb = lenient(bytes, 0, Charset.forName("GB18030"));
        if (damageShare(gb) <= MOSTLY_DAMAGED / 2 && looksLikeChineseText(gb)) return gb;
        throw new UnreadableInputException(
                "无法识别文本编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5）；请另存为 UTF-8 后重新提交",
                "cannot determine the text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5); save it as UTF-8");
    }

    private static String mostlyReadable(String text, Charset cs, String source) throws UnreadableInputException {
        if (damageShare(text) <= MOSTLY_DAMAGED) return text;
        throw new UnreadableInputException("文本的" + source + "为 " + cs.name() + "，但大部分内容不是有效的 " + cs.name()
                + "，无法读取；请另存为 UTF-8 后重新提交",
                "the text is declared or marked as " + cs.name() + " but is mostly not valid " + cs.name() + "; save it as UTF-8");
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static String strict(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Decodes with U+FFFD for every byte sequence that is not valid, as browsers do. */
    private static String lenient(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException cannotHappenWhenReplacing) {
            throw new IllegalStateException(cannotHappenWhenReplacing);
        }
    }

    private static double damageShare(String text) {
        if (text.isEmpty()) return 0;
        int bad = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\uFFFD') bad++;
        return (double) bad / text.length();
    }

    /**
     * Whether most characters are ASCII text or in GB2312 (the 6,763 common characters and their punctuation): real
     * Chinese text is almost all of that; random or binary bytes decoded as GB18030 are about a quarter.
     */
    private static boolean looksLikeChineseText(String text) {
        CharsetEncoder common = Charset.forName("GB2312").newEncoder();
        int good = 0, counted = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') continue;
            counted++;
            if (c < 0x80 ? c >= 0x20 || c == '\t' || c == '\n' || c == '\r' : common.canEncode(c)) good++;
        }
        return counted > 0 && good >= 0.8 * counted;
    }

    private static boolean isUtf8WithNonAscii(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) if (b < 0) { nonAscii = true; break; }
        return nonAscii && isValidUtf8(bytes);
    }

    /**
     * Whether the bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF), told
     * without decoding them: a 28 MB page decoded once to test and again to read held both copies at once.
     */
    /** The text when the bytes are valid UTF-8 (one pass of the JDK's strict decoder), else null. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean isValidUtf8(byte[] b) {
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            if (c < 0x80) { i++; continue; }
            int len, lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) len = 2;
            else if (c >= 0xE0 && c <= 0xEF) { len = 3; if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F; }
            else if (c >= 0xF0 && c <= 0xF4) { len = 4; if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F; }
            else return false;
            if (i + len > b.length) return false;
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) return false;
            for (int k = 2; k < len; k++) if ((b[i + k] & 0xC0) != 0x80) return false;
            i += len;
        }
        return true;
    }

    /**
     * Most multi-byte sequences are valid UTF-8 and there are enough of them to tell: GBK text yields valid UTF-8
     * sequences only now and then, a UTF-8 text with a damaged byte almost only valid ones.
     */
    private static boolean nearlyUtf8(byte[] b) {
        int valid = 0, invalid = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            if (c < 0x80) { i++; continue; }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
            if (ok) { valid++; i += len; } else { invalid++; i++; }
        }
        return valid >= 20 && invalid * 50 <= valid;
    }

    /** Share of the UTF-16 code units that are what Chinese or ASCII text is made of. */
    private static double textLike(byte[] b, int n, boolean littleEndian) {
        int good = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            int u = littleEndian ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 : (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
            boolean text = u >= 0x20 && u < 0x7F || u == '\t' || u == '\n' || u == '\r'
                    || u >= 0x4E00 && u <= 0x9FFF || u >= 0x3400 && u <= 0x4DBF    // ideographs
                    || u >= 0x3000 && u <= 0x303F || u >= 0xFF00 && u <= 0xFFEF     // CJK and full-width punctuation
                    || u >= 0x2000 && u <= 0x206F || u >= 0x00A0 && u <= 0x00FF     // general punctuation, Latin-1
                    || u >= 0x2460 && u <= 0x24FF || u >= 0x2160 && u <= 0x217F;    // ①, Ⅰ
            if (text) good++;
        }
        return good / (double) (n / 2);
    }

    /** The WHATWG Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels) to Java charsets. */
    private static Map<String, String> labels() {
        Map<String, String> m = new HashMap<>();
        put(m, "UTF-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8");
        put(m, "IBM866", "866 cp866 csibm866 ibm866");
        put(m, "ISO-8859-2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2");
        put(m, "ISO-8859-3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3");
        put(m, "ISO-8859-4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4");
        put(m, "ISO-8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988");
        put(m, "ISO-8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
                + "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987");
        put(m, "ISO-8859-7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
                + "iso_8859-7 iso_8859-7:1987 sun_eu_greek");
        put(m, "ISO-8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
                + "iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical");
        put(m, "ISO-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6");
        put(m, "ISO-8859-13", "iso-8859-13 iso8859-13 iso885913");
        put(m, "ISO-8859-14", "iso-8859-14 iso8859-14 iso885914");
        put(m, "ISO-8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9");
        put(m, "ISO-8859-16", "iso-8859-16");
        put(m, "KOI8-R", "cskoi8r koi koi8 koi8-r koi8_r");
        put(m, "KOI8-U", "koi8-ru koi8-u");
        put(m, "x-MacRoman", "csmacintosh mac macintosh x-mac-roman");
        put(m, "x-IBM874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874");
        put(m, "windows-1250", "cp1250 windows-1250 x-cp1250");
        put(m, "windows-1251", "cp1251 windows-1251 x-cp1251");
        put(m, "windows-1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
                + "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 x-user-defined");
        put(m, "windows-1253", "cp1253 windows-1253 x-cp1253");
        put(m, "windows-1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 "
                + "l5 latin5 windows-1254 x-cp1254");
        put(m, "windows-1255", "cp1255 windows-1255 x-cp1255");
        put(m, "windows-1256", "cp1256 windows-1256 x-cp1256");
        put(m, "windows-1257", "cp1257 windows-1257 x-cp1257");
        put(m, "windows-1258", "cp1258 windows-1258 x-cp1258");
        put(m, "x-MacCyrillic", "x-mac-cyrillic x-mac-ukrainian");
        // GBK's decoder is GB18030's in the standard: every page labelled gb2312 or gbk may use GB18030 characters
        put(m, "GB18030", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030");
        put(m, "Big5-HKSCS", "big5 big5-hkscs cn-big5 csbig5 x-x-big5");
        put(m, "EUC-JP", "cseucpkdfmtjapanese euc-jp x-euc-jp");
        put(m, "ISO-2022-JP", "csiso2022jp iso-2022-jp");
        put(m, "windows-31j", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis");
        put(m, "x-windows-949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
                + "ksc_5601 windows-949");
        put(m, "UTF-16BE", "unicodefffe utf-16be");
        put(m, "UTF-16LE", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String charset, String labels) {
        for (String l : labels.split(" ")) m.put(l, charset);
    }
}
