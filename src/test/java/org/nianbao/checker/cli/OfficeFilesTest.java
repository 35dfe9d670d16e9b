package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.read.WordFixtures;

/** Word and WPS files as agencies send them: hidden text, WPS's own formats, a DOC under a .wps name. */
class OfficeFilesTest {

    @Test
    void hiddenWordTextGivesNoFalseRowTotal(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        WordFixtures.withHiddenRuns(Path.of("src/test/resources/fixtures/seeds/000_41ea44dbb3ddc373.docx"), in.resolve("hidden.docx"));
        CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString(), "-q");
        JsonNode r = CheckRunner.report(CheckRunner.findings(dir.resolve("out")), "hidden.docx");
        assertThat(r.get("agency").asText()).isEqualTo("乐山市金口河区教育局");
        assertThat(CheckRunner.rules(r)).doesNotContain("T3_ROW_TOTAL", "T3_BALANCE", "TEXT_TABLE_MISMATCH");
    }

    @Test
    void aWpsFileThatIsAWordDocumentInsideIsRead(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/fixtures/seeds/001_e4a3f774cb655e90.doc"), in.resolve("年报.wps"));
        CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString(), "-q");
        JsonNode r = CheckRunner.report(CheckRunner.findings(dir.resolve("out")), "年报.wps");
        assertThat(r.get("agency").asText()).isEqualTo("南关区教育局");
        assertThat(r.get("format").asText()).isEqualTo("DOC");
        assertThat(CheckRunner.rules(r)).doesNotContain("INPUT_UNREADABLE");
    }

    @Test
    void wpsSpreadsheetsAndWpsOwnDocumentsAreNamedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(in.resolve("统计表.et"))) {
            wb.createSheet("表三").createRow(0).createCell(0).setCellValue("本年新收政府信息公开申请数量");
            wb.write(out);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(in.resolve("年报.wps"))) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "CONTENTS");
            fs.writeFilesystem(out);
        }
        Files.write(in.resolve("旧表.et"), "PK\u0003\u0004 not really".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString(), "-q");
        JsonNode json = CheckRunner.findings(dir.resolve("out"));

        JsonNode et = CheckRunner.report(json, "统计表.et");
        assertThat(CheckRunner.rules(et)).containsExactly("INPUT_UNREADABLE");
        assertThat(evidence(et)).contains("电子表格").contains("DOCX、PDF").doesNotContain("损坏");
        JsonNode wps = CheckRunner.report(json, "年报.wps");
        assertThat(evidence(wps)).contains("WPS").contains("另存为").contains("DOCX 或 PDF").doesNotContain("损坏");
        assertThat(evidence(CheckRunner.report(json, "旧表.et"))).contains("电子表格");
    }

    private static String evidence(JsonNode report) {
        return report.get("findings").get(0).get("evidence").asText();
    }
}
