package org.nianbao.checker.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;

/**
 * Each seed made into HTML, DOCX, DOC and PDF gives the numbers of its tables 三 and 四 in the same order as the text
 * seed: a token parser sees the same values whatever format the report arrived in. Only the reader runs here.
 */
class SeedParityTest {

    static Stream<Arguments> seedsAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (String seed : List.of("000_41ea44dbb3ddc373", "001_e4a3f774cb655e90", "002_ced1e3ba6e50580e",
                "003_1df9ee14cdc84c49", "004_11d5421f1e46d2a7")) {
            for (String ext : List.of("html", "docx", "doc", "pdf")) all.add(Arguments.of(seed, ext));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("seedsAndFormats")
    void tableNumbersComeInTheSameOrderAsInTheTextSeed(String seed, String ext) throws Exception {
        List<String> expected = numbersOfTablesThreeAndFour(Readers.standard().read(Path.of("reports-in", seed + ".txt")));
        List<String> actual = numbersOfTablesThreeAndFour(Readers.standard().read(Fixtures.seed(seed, ext)));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(120);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** Whole-number cells from the 收到和处理 heading to 存在的主要问题 (the first copy of a duplicated body). */
    static List<String> numbersOfTablesThreeAndFour(Document doc) {
        List<String> numbers = new ArrayList<>();
        boolean inside = false;
        for (Block b : doc.blocks()) {
            String text = b.text();
            // the heading, not the intro sentence that lists all six section titles
            if (!inside && text.length() < 40 && (text.contains("收到和处理") || text.contains("收到和處理"))) {
                inside = true;
                continue;
            }
            if (inside && (text.contains("存在的主要问题") || text.contains("存在的主要問題"))) break;
            if (!inside) continue;
            for (String cell : b.cells()) {
                for (String token : cell.strip().split("\\s+")) if (token.matches("\\d+")) numbers.add(token);
            }
        }
        return numbers;
    }
}
