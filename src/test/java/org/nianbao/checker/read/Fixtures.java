package org.nianbao.checker.read;

import java.nio.file.Path;
import java.util.List;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;

/** The committed format fixtures (scripts/make-fixtures.sh) and ways to look into what a reader made of them. */
final class Fixtures {

    static final Path SEEDS = Path.of("src/test/resources/fixtures/seeds");
    static final Path BAD = Path.of("src/test/resources/fixtures/bad");
    static final Path TEMPLATE = Path.of("src/test/resources/corpus/template-guoban-2021-blank.docx");
    static final String SEED_000 = "000_41ea44dbb3ddc373";
    static final String SEED_002 = "002_ced1e3ba6e50580e";
    static final String NEW_REQUESTS = "一、本年新收政府信息公开申请数量";

    static Path seed(String name, String ext) {
        return SEEDS.resolve(name + "." + ext);
    }

    /** The first row block holding a cell with exactly this text. */
    static Block rowWith(Document doc, String cell) {
        return doc.blocks().stream()
                .filter(b -> b.kind() == Block.Kind.ROW && b.cells().stream().anyMatch(c -> c.strip().equals(cell)))
                .findFirst().orElseThrow(() -> new AssertionError("no row with cell " + cell));
    }

    /** The non-empty cells after the given one, in order. */
    static List<String> after(Block row, String cell) {
        List<String> cells = row.cells();
        int at = cells.indexOf(cell);
        return cells.subList(at + 1, cells.size()).stream().filter(c -> !c.isBlank()).toList();
    }

    static int indexOf(Document doc, Block block) {
        return doc.blocks().indexOf(block);
    }

    static int paragraphIndex(Document doc, String text) {
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            if (b.kind() == Block.Kind.PARAGRAPH && b.text().equals(text)) return i;
        }
        throw new AssertionError("no paragraph " + text);
    }

    private Fixtures() {
    }
}
