package org.nianbao.checker.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.DocumentFlag;

/**
 * Normalises every cell of a document, notices encoding damage in the raw text, removes what is layout and not
 * content (markdown and other decorations, page footers, a web page's or crawler's frame, whose publication facts
 * become the document's {@link org.nianbao.checker.model.PageMetadata}), and cuts a repeated body down to its
 * first copy (some crawled files hold the report twice; checks run on the first).
 */
public final class DocumentNormalizer {

    private static final Pattern DAMAGE = Pattern.compile("[?？]{3,}|\\uFFFD+");
    /** How many following non-empty blocks must repeat before a repetition counts as a second copy. */
    private static final int REPEAT_PROOF = 12;

    public record Result(Document document, List<DocumentFlag> flags) {
    }

    public Result normalize(Document doc) {
        List<DocumentFlag> flags = new ArrayList<>();
        damage(doc).ifPresent(flags::add);

        // each step is a method of its own: one long method of loops was compiled by the JIT once per loop, again
        // and again, for more CPU than the steps themselves took on a thousand reports
        List<Block> blocks = normalizedText(doc.blocks(), anyTraditional(doc.blocks()));
        PageFrame.Result frame = PageFrame.strip(blocks);
        blocks = withoutLayout(frame.blocks());
        // each block's text without spaces, for both searches for a second copy (by lines, then wherever lines break)
        List<String> compact = compactTexts(blocks);
        int cut = secondCopyStart(compact);
        List<Block> firstCopy = cut > 0 ? new ArrayList<>(blocks.subList(0, cut)) : SecondCopy.cut(blocks, compact);
        if (firstCopy != null) {
            Block first = cut > 0 ? blocks.get(cut) : blocks.get(Math.max(0, firstCopy.size() - 1));
            flags.add(new DocumentFlag(DocumentFlag.Kind.DUPLICATE_CONTENT,
                    "报告正文在文件中出现了不止一次，第二份从" + first.location().describe() + "开始；只检查了第一份",
                    "the report body appears more than once; the second copy starts at line "
                            + first.location().line() + "; only the first copy was checked",
                    first.location()));
            blocks = firstCopy;
        }
        return new Result(doc.withBlocks(blocks).withMetadata(doc.metadata().orElse(frame.metadata())), flags);
    }

    private static boolean anyTraditional(List<Block> blocks) {
        for (Block b : blocks) {
            for (String c : b.cells()) if (c != null && TextNormalizer.containsTraditional(c)) return true;
        }
        return false;
    }

    private static List<Block> normalizedText(List<Block> blocks, boolean traditional) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            List<String> cells = new ArrayList<>(b.cells().size());
            for (String c : b.cells()) cells.add(TextNormalizer.normalize(c, traditional));
            out.add(b.withCells(cells));
        }
        return out;
    }

    private static List<String> compactTexts(List<Block> blocks) {
        List<String> compact = new ArrayList<>(blocks.size());
        for (Block b : blocks) compact.add(TextNormalizer.compact(b.text()));
        return compact;
    }

    /** Decorations off every cell; page footers and markdown table rules dropped as blocks or cut from lines. */
    private static List<Block> withoutLayout(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.ROW && b.text().indexOf('-') >= 0 && Decorations.isTableRule(b.cells())) continue;
            if (b.kind() == Block.Kind.PARAGRAPH && PageFooters.isFooter(b.text())) continue;
            List<String> cells = null;
            for (int i = 0; i < b.cells().size(); i++) {
                String c = b.cells().get(i);
                if (c == null || c.isEmpty()) continue;
                String d = PageFooters.stripInline(Decorations.strip(c));
                if (d.equals(c)) continue;
                if (cells == null) cells = new ArrayList<>(b.cells());
                cells.set(i, d);
            }
            out.add(cells == null ? b : b.withCells(cells));
        }
        return out;
    }

    private java.util.Optional<DocumentFlag> damage(Document doc) {
        int runs = 0;
        Block firstAt = null;
        String sample = null;
        for (Block b : doc.blocks()) {
            for (String c : b.raw()) {
                if (!hasDamageMark(c)) continue;
                Matcher m = DAMAGE.matcher(c);
                while (m.find()) {
                    runs++;
                    if (firstAt == null) {
                        firstAt = b;
                        sample = c.strip();
                    }
                }
            }
        }
        if (runs == 0) return java.util.Optional.empty();
        String excerpt = sample.length() > 40 ? sample.substring(0, 40) + "…" : sample;
        return java.util.Optional.of(new DocumentFlag(DocumentFlag.Kind.TEXT_DAMAGED,
                "文本有 " + runs + " 处疑似编码损坏（连续的 ? 或 �），首处：" + excerpt,
                runs + " places look like encoding damage (runs of ? or U+FFFD)", firstAt.location()));
    }

    /** Whether the text has a character DAMAGE is made of: one pass, where three searches took three. */
    private static boolean hasDamageMark(String c) {
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '?' || ch == '？' || ch == '\uFFFD') return true;
        }
        return false;
    }

    /**
     * Index of the block where a second copy of the body begins, or -1. A copy is a later block equal to one of
     * the first blocks, followed by {@value #REPEAT_PROOF} non-empty blocks equal to those that followed it.
     */
    static int secondCopyStart(List<String> compact) {
        List<Integer> nonEmpty = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < compact.size(); i++) {
            String key = compact.get(i);
            if (key.isEmpty()) continue;
            nonEmpty.add(i);
            keys.add(key);
        }
        if (nonEmpty.size() < 2 * REPEAT_PROOF) return -1;
        for (int head = 0; head < Math.min(10, nonEmpty.size()); head++) {
            String first = keys.get(head);
            if (first.length() < 4) continue;
            for (int j = head + REPEAT_PROOF; j + REPEAT_PROOF < nonEmpty.size(); j++) {
                if (!keys.get(j).equals(first)) continue;
                boolean repeats = true;
                for (int k = 1; k <= REPEAT_PROOF && repeats; k++) repeats = keys.get(head + k).equals(keys.get(j + k));
                if (repeats) return nonEmpty.get(j);
            }
        }
        return -1;
    }
}
