package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same file under several names is checked and counted once; the others are named as copies (DUPLICATE_FILE). */
class DuplicateFilesTest {

    static final Path HUZHU = Path.of("reports-in/002_ced1e3ba6e50580e.txt");

    @Test
    void theSameReportThreeTimesIsCheckedOnceAndTheCopiesNameTheFirst(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(HUZHU, in.resolve("a-互助县.txt"));
        Files.copy(HUZHU, in.resolve("b-副本.txt"));
        Files.copy(HUZHU, in.resolve("c-再次提交.txt"));
        // one character different: a corrected version, not a copy
        Files.writeString(in.resolve("d-更正版.txt"), Files.readString(HUZHU).replaceFirst("互助县教育局", "互助县教育局 "));
        Path out = dir.resolve("out");

        CheckRunner.Run run = CheckRunner.run("check", in.toString(), "--out", out.toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = CheckRunner.findings(out);
        assertThat(json.get("reports")).hasSize(4);
        JsonNode first = CheckRunner.report(json, "a-互助县.txt");
        assertThat(CheckRunner.rules(first)).contains("FEE_NOT_DISCLOSED", "SECTION_ORDER").doesNotContain("DUPLICATE_FILE");
        for (String copy : new String[] {"b-副本.txt", "c-再次提交.txt"}) {
            JsonNode r = CheckRunner.report(json, copy);
            assertThat(CheckRunner.rules(r)).as(copy).containsExactly("DUPLICATE_FILE");
            JsonNode f = r.get("findings").get(0);
            assertThat(f.get("severity").asText()).isEqualTo("INFO");
            assertThat(f.get("message").asText()).contains("a-互助县.txt").contains("逐字节");
            assertThat(r.get("agency").asText()).isEqualTo("互助县教育局");
        }
        assertThat(CheckRunner.rules(CheckRunner.report(json, "d-更正版.txt"))).contains("FEE_NOT_DISCLOSED").doesNotContain("DUPLICATE_FILE");
        // the ERRORs of the one report are counted once per distinct file: twice here (a and d), not four times
        long errorsOfFirst = CheckRunner.rules(first, "ERROR").size();
        assertThat(run.out()).contains("共").contains("错误 " + 2 * errorsOfFirst + "，")
                .contains("其中 2 个文件与另一个输入文件逐字节相同");
        assertThat(Files.readString(out.resolve("checker.log"))).contains("b-副本.txt is byte for byte").contains("a-互助县.txt");
    }
}
