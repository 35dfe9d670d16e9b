package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs meant to break a run: each one ends as a report entry, and the good reports beside it are checked. */
class HostileInputsTest {

    static final Path SEED = Path.of("reports-in/001_e4a3f774cb655e90.txt");

    @Test
    void aHundredMegabyteTextFileIsRefusedBySizeWithAFinding(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        Files.copy(SEED, in.resolve("good.txt"));
        CheckRunner.Run run = CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString());
        JsonNode json = CheckRunner.findings(dir.resolve("out"));
        JsonNode huge = CheckRunner.report(json, "huge.txt");
        assertThat(CheckRunner.rules(huge)).containsExactly("INPUT_UNREADABLE");
        assertThat(huge.get("findings").get(0).get("evidence").asText()).contains("文件过大").contains("100 MB");
        assertThat(CheckRunner.rules(CheckRunner.report(json, "good.txt"))).contains("SECTION_ORDER");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void fileNamesWithSpacesQuotesAndShellCharactersAreCheckedAsIs(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String name = "a b 'c' \"d\" $(rm -rf x); `id` & | ..年报.txt";
        Files.copy(SEED, in.resolve(name));
        CheckRunner.Run run = CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString());
        JsonNode r = CheckRunner.findings(dir.resolve("out")).get("reports").get(0);
        assertThat(r.get("file").asText()).endsWith(name);
        assertThat(r.get("agency").asText()).isEqualTo("南关区教育局");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void agencyNamesWithForbiddenFileNameCharactersGiveSafeWorkbookNames(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("r.txt"), Files.readString(SEED).replace("2024年南关区教育局政府信息公开工作年度报告",
                "2024年南关/区\\教:育*局?\"<>|政府信息公开工作年度报告"));
        CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString());
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            List<String> workbooks = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx") && !n.equals("summary.xlsx")).toList();
            assertThat(workbooks).hasSize(1);
            assertThat(workbooks.get(0)).doesNotContainAnyWhitespaces().matches("[^/\\\\:*?\"<>|]+\\.xlsx").contains("南关");
        }
        assertThat(Files.list(dir)).containsExactlyInAnyOrder(in, dir.resolve("out"));
    }

    @Test
    void symbolicLinksAreFollowedAndLoopsOrDanglingLinksAreReported(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createSymbolicLink(in.resolve("linked.txt"), SEED.toAbsolutePath());
        Files.createSymbolicLink(in.resolve("loop"), in.toAbsolutePath());
        Files.createSymbolicLink(in.resolve("dangling.txt"), dir.resolve("gone.txt"));
        CheckRunner.Run run = CheckRunner.run("check", in.toString(), "--out", dir.resolve("out").toString());
        JsonNode json = CheckRunner.findings(dir.resolve("out"));
        assertThat(CheckRunner.rules(CheckRunner.report(json, "linked.txt"))).contains("SECTION_ORDER");
        assertThat(CheckRunner.rules(CheckRunner.report(json, "loop"))).containsExactly("INPUT_UNREADABLE");
        assertThat(CheckRunner.report(json, "loop").get("findings").get(0).get("evidence").asText()).contains("文件夹");
        assertThat(CheckRunner.report(json, "dangling.txt").get("findings").get(0).get("evidence").asText()).contains("不存在");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void theSizeLimitIsConfigurable(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("padded.txt"), Files.readString(SEED) + "\n" + " ".repeat(1024 * 1024));
        CheckRunner.Run run = CheckRunner.run("check", in.toString(), "--max-file-mb", "1", "--out", dir.resolve("out").toString());
        JsonNode r = CheckRunner.findings(dir.resolve("out")).get("reports").get(0);
        assertThat(CheckRunner.rules(r)).containsExactly("INPUT_UNREADABLE");
        assertThat(r.get("findings").get(0).get("evidence").asText()).contains("超过上限 1 MB").contains("--max-file-mb");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void limitsOfZeroAreRefusedBeforeAnythingIsReadOrWritten(@TempDir Path dir) throws Exception {
        for (String[] option : new String[][] {{"--threads", "0"}, {"--max-file-mb", "0"}, {"--max-seconds", "0"}, {"--threads", "-3"}}) {
            Path out = dir.resolve("out" + option[0] + option[1]);
            CheckRunner.Run run = CheckRunner.run("check", SEED.toString(), option[0], option[1], "--out", out.toString());
            assertThat(run.exitCode()).as(String.join(" ", option)).isEqualTo(2);
            assertThat(run.err()).contains(option[0] + " 应至少为 1").contains("must be at least 1");
            assertThat(Files.exists(out.resolve("findings.json"))).isFalse();
        }
    }

    @Test
    void aThousandPagePdfIsReadToTheEnd(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("thousand.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 1000; i++) {
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(page);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Page " + i + " of a very long document 12 34 56");
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        CheckRunner.run("check", pdf.toString(), "--out", dir.resolve("out").toString());
        JsonNode r = CheckRunner.findings(dir.resolve("out")).get("reports").get(0);
        assertThat(CheckRunner.rules(r)).containsExactly("NOT_A_REPORT");
    }
}
