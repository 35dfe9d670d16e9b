package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.bench.ReportGenerator;

/**
 * The benchmark's generated reports in HTML and Word (paragraphs and real tables) carry their injected defects as
 * the text does: every one is found, and each file keeps its generated agency and year.
 */
class GeneratedFormatsTest {

    @Test
    void everyInjectedDefectIsFoundInTextHtmlAndWord(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        // 30 reports: each of the five seeds in each of the three formats, twice
        ReportGenerator.Manifest manifest = new ReportGenerator(Path.of("reports-in"), 99L).generate(30, in, List.of("txt", "html", "docx"));
        assertThat(manifest.reports()).extracting(e -> e.file().substring(e.file().lastIndexOf('.') + 1))
                .containsOnly("txt", "html", "docx");
        Path out = dir.resolve("out");
        CheckRunner.run("check", in.toString(), "--out", out.toString(), "--format", "json", "-q");
        JsonNode json = CheckRunner.findings(out);
        int injected = 0;
        for (ReportGenerator.Entry e : manifest.reports()) {
            JsonNode r = CheckRunner.report(json, e.file());
            assertThat(CheckRunner.rules(r)).as(e.file()).containsAll(e.injected());
            injected += e.injected().size();
            if (!e.injected().contains("DATE_MISSING") && !e.injected().contains("TITLE_MISSING")) {
                assertThat(r.get("agency").asText()).as(e.file()).isEqualTo(e.agency());
            }
            if (!e.injected().contains("TITLE_MISSING") && !e.seed().startsWith("004")) {
                assertThat(r.get("year").asInt()).as(e.file()).isEqualTo(e.year());
            }
        }
        assertThat(injected).isGreaterThan(15);
    }
}
