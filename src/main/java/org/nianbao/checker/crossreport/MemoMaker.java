package org.nianbao.checker.crossreport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.nianbao.checker.history.AgencyNames;
import org.nianbao.checker.model.NarrativeText;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.ReportMemo;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.model.TableCell;
import org.nianbao.checker.rules.CopyThreshold;

/**
 * Takes from a parsed report, while its section text is still there, what the checks across reports need later
 * ({@link ReportMemo}): which document it is, the cells compared across years and the narrative sections'
 * fingerprints. Thread-safe.
 */
public final class MemoMaker {

    /** The narrative sections compared for copies: 一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项. */
    static final Set<Integer> NARRATIVE = Set.of(1, 5, 6);
    /** Table 三 rows compared across years; table 二 is remembered whole (a few cells). */
    static final Set<String> T3_ROWS = Set.of("CARRIED_IN", "CARRIED_OUT");
    /**
     * Sentences of section 六 that every report writes alike (the fee statement, "no other matters", the
     * statistics period): left out before comparing, so that only what an agency wrote itself counts.
     */
    private static final Pattern BOILERPLATE = Pattern.compile("处理费|收费|收取|无其他|没有其他|暂无|统计期限|统计数据|本报告");
    /**
     * Where a web page's frame begins when it was printed with the report (a PDF of the page keeps the footer
     * that the HTML reader leaves out): the section is compared only up to there, so that two reports of one
     * portal do not look alike by their shared footer. Layout is not content.
     */
    private static final Pattern PAGE_FRAME = Pattern.compile(
            "附件下载|扫一扫|当前页面|友情链接|网站标识码|ICP备|版权所有|主办单位|网站地图|联系我们|隐私保护|打印本页|关闭窗口");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;！!？?\\n])");

    private final CopyThreshold threshold;
    private final boolean narratives;
    /** Content hashes already taken this run (of the files that share a size with another, see run.DuplicateInputs). */
    private final Map<Path, String> knownHashes;

    /** @param narratives whether to fingerprint the narrative sections (off when copy detection is off) */
    public MemoMaker(CopyThreshold threshold, boolean narratives) {
        this(threshold, narratives, Map.of());
    }

    public MemoMaker(CopyThreshold threshold, boolean narratives, Map<Path, String> knownHashes) {
        this.threshold = threshold;
        this.narratives = narratives;
        this.knownHashes = Map.copyOf(knownHashes);
    }

    public ReportMemo of(ParsedReport parsed, Path file) {
        List<TableCell> cells = new ArrayList<>();
        for (ReportTable t : parsed.tables()) {
            // table 二 whole, table 三's two rows by key (its other hundred-odd cells are not walked)
            if (t.table().equals("T2")) {
                for (TableCell c : t.cells().values()) remember(c, cells);
            } else if (t.table().equals("T3")) {
                for (String row : T3_ROWS) for (String column : t.columns()) remember(t.cell(row, column), cells);
            }
        }
        List<NarrativeText> texts = new ArrayList<>();
        if (narratives && parsed.report().readable()) {
            String agency = parsed.report().agency();
            String full = AgencyNames.normalise(agency), key = AgencyNames.key(agency);
            for (Section s : parsed.sections()) {
                if (!NARRATIVE.contains(s.kind()) || texts.stream().anyMatch(t -> t.kind() == s.kind())) continue;
                String body = withoutPageFrame(s.text());
                if (s.kind() == 6) body = withoutBoilerplate(body);
                String text = TextPrints.comparable(body, full, key);
                TextPrints.Print print = TextPrints.print(text);
                if (print.length() < threshold.minChars()) continue;
                texts.add(new NarrativeText(s.kind(), s.title(), s.location(), text, print.textHash(), print.minhash()));
            }
        }
        String hash = knownHashes.get(file);
        return new ReportMemo(hash != null ? hash : contentHash(file), cells, texts);
    }

    private static void remember(TableCell c, List<TableCell> cells) {
        // scans confirm, they never accuse: a number read by OCR is not compared with another year's
        if (c != null && !c.recognised()) cells.add(c);
    }

    static String withoutPageFrame(String text) {
        if (text == null) return "";
        java.util.regex.Matcher m = PAGE_FRAME.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    static String withoutBoilerplate(String text) {
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text == null ? "" : text)) {
            if (!BOILERPLATE.matcher(sentence).find()) kept.append(sentence);
        }
        return kept.toString();
    }

    /** SHA-256 of the file's bytes as hex; null when it cannot be read. */
    public static String contentHash(Path file) {
        Hashing h = HASHING.get();
        try (InputStream in = Files.newInputStream(file)) {
            h.digest.reset();
            for (int n; (n = in.read(h.buffer)) > 0; ) h.digest.update(h.buffer, 0, n);
            return HexFormat.of().formatHex(h.digest.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A digest and a buffer per thread: looking up SHA-256 and a fresh 64 KB buffer per file cost more than small files' hashing. */
    private record Hashing(MessageDigest digest, byte[] buffer) {
    }

    private static final ThreadLocal<Hashing> HASHING = ThreadLocal.withInitial(() -> {
        try {
            return new Hashing(MessageDigest.getInstance("SHA-256"), new byte[1 << 16]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
