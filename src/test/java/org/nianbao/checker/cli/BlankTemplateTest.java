package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official blank 2021 template (DOCX): a 2021-format report whose every cell is blank, and nothing adds up wrong. */
class BlankTemplateTest {

    @Test
    void everyCellIsBlankAndNoSumIsReported(@TempDir Path out) throws Exception {
        CheckRunner.Run run = CheckRunner.run("check", "src/test/resources/corpus/template-guoban-2021-blank.docx", "--out", out.toString());
        JsonNode r = CheckRunner.findings(out).get("reports").get(0);
        assertThat(r.get("template").asText()).isEqualTo("2021");
        assertThat(r.get("format").asText()).isEqualTo("DOCX");
        List<String> ids = CheckRunner.rules(r);
        // one finding per table, naming its blank block: 表二 10 cells, 表三 25 × 7, 表四 15
        List<String> blanks = new java.util.ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            if (f.get("rule").asText().equals("CELL_BLANK")) blanks.add(f.get("table").asText() + " " + f.get("message").asText());
        }
        assertThat(blanks).hasSize(3);
        blanks.sort(java.util.Comparator.comparing(b -> "表二表三表四".indexOf(b.substring(0, 2))));
        assertThat(blanks.get(0)).startsWith("表二").contains("有 10 个单元格未填写数字");
        assertThat(blanks.get(1)).startsWith("表三").contains("有 175 个单元格未填写数字").contains("7 列，各 25 行");
        assertThat(blanks.get(2)).startsWith("表四").contains("有 15 个单元格未填写数字")
                .contains("「行政复议」「行政诉讼 未经复议直接起诉」「行政诉讼 复议后起诉」3 行，各 5 列");
        assertThat(ids).noneMatch(id -> id.startsWith("T3_") || id.equals("T4_TOTAL"));
        assertThat(ids).doesNotContain("TABLE_MISSING", "TABLE_INCOMPLETE", "SECTION_MISSING", "INPUT_UNREADABLE");
        assertThat(ids).contains("AGENCY_UNKNOWN", "YEAR_UNKNOWN");
        assertThat(run.exitCode()).isZero();
    }
}
