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
        // 表二 10 cells, 表三 25 × 7, 表四 15
        assertThat(ids.stream().filter("CELL_BLANK"::equals).count()).isEqualTo(200);
        assertThat(ids).noneMatch(id -> id.startsWith("T3_") || id.equals("T4_TOTAL"));
        assertThat(ids).doesNotContain("TABLE_MISSING", "TABLE_INCOMPLETE", "SECTION_MISSING", "INPUT_UNREADABLE");
        assertThat(ids).contains("AGENCY_UNKNOWN", "YEAR_UNKNOWN");
        assertThat(run.exitCode()).isZero();
    }
}
