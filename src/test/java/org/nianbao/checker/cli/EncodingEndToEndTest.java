package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encodings government sites and editors really produce give the verdict the text deserves. */
class EncodingEndToEndTest {

    @Test
    void aPageLabelledGb2312WithGbkCharactersGetsItsDatePeriodAndDeadline(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String page = Files.readString(Path.of("src/test/resources/fixtures/seeds/001_e4a3f774cb655e90.html"))
                .replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
                .replace("</body>", "<p>南关区教育局</p>\n<p>二〇二五年二月二十日</p>\n</body>");
        Files.write(in.resolve("page.html"), page.getBytes(Charset.forName("GB18030")));

        CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString(), "-q");

        JsonNode r = CheckRunner.report(CheckRunner.findings(dir.resolve("out")), "page.html");
        assertThat(CheckRunner.rules(r)).doesNotContain("DATE_MISSING", "PERIOD_NOT_STATED", "TEXT_DAMAGED")
                // 20 February is after the 31 January deadline of a department: the check ran
                .contains("PUBLISHED_LATE");
    }

    @Test
    void aUtf8ReportWithOneBadByteIsCheckedAndTheDamageReported(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] bytes = Files.readAllBytes(Path.of("reports-in/000_41ea44dbb3ddc373.txt"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.substring(0, text.indexOf("主动公开政府信息情况")).getBytes(StandardCharsets.UTF_8).length;
        bytes[at] = (byte) 0xC0;
        Files.write(in.resolve("damaged.txt"), bytes);

        CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString(), "-q");

        JsonNode r = CheckRunner.report(CheckRunner.findings(dir.resolve("out")), "damaged.txt");
        assertThat(r.get("agency").asText()).isEqualTo("乐山市金口河区教育局");
        assertThat(CheckRunner.rules(r)).contains("TEXT_DAMAGED", "TABLE_INCOMPLETE").doesNotContain("INPUT_UNREADABLE");
    }
}
