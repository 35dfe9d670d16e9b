package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Format is not content either: the two real web pages of corpus/real-web, printed to PDF with LibreOffice as an
 * office saving a page would (scripts/make-web-pdfs.sh), give the same verdict as the pages themselves: agency,
 * year, publication date and the same findings, although the PDF carries the site's navigation, breadcrumb and
 * footer as text and has no meta tags.
 */
class WebPagePdfTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus/real-web");
    @TempDir
    static Path out;
    static JsonNode json;

    @BeforeAll
    static void checkPagesAndPdfs() throws Exception {
        CheckRunner.run("check", "--out", out.toString(), "--format", "json",
                CORPUS.resolve("pingtan-zrzyj-2023.html").toString(), CORPUS.resolve("pingtan-zrzyj-2023.pdf").toString(),
                CORPUS.resolve("pingtan-xzspj-2023.html").toString(), CORPUS.resolve("pingtan-xzspj-2023.pdf").toString());
        json = CheckRunner.findings(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pingtan-zrzyj-2023", "pingtan-xzspj-2023"})
    void thePrintedPageGetsThePagesVerdict(String page) {
        JsonNode html = CheckRunner.report(json, page + ".html");
        JsonNode pdf = CheckRunner.report(json, page + ".pdf");
        assertThat(pdf.get("format").asText()).isEqualTo("PDF");
        for (String key : List.of("agency", "year", "verdict", "template")) {
            assertThat(pdf.get(key)).as(key).isEqualTo(html.get(key));
        }
        assertThat(described(pdf)).isEqualTo(described(html));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pingtan-zrzyj-2023", "pingtan-xzspj-2023"})
    void neitherTakesTheSiteForTheReport(String page) {
        for (JsonNode r : List.of(CheckRunner.report(json, page + ".html"), CheckRunner.report(json, page + ".pdf"))) {
            assertThat(r.get("agency").asText()).startsWith("平潭综合实验区").endsWith("局");
            assertThat(CheckRunner.rules(r)).doesNotContain("TITLE_MISSING", "AGENCY_UNKNOWN", "DATE_MISSING", "FEE_NOT_DISCLOSED",
                    "PUBLISHED_LATE", "SECTION_MISSING", "TABLE_MISSING", "TABLE_INCOMPLETE");
        }
    }

    /** Rule, cell and the sums, which do not depend on where in the file a finding is. */
    private static List<String> described(JsonNode report) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            out.add(f.get("rule").asText() + " " + f.get("cell").asText() + " " + f.get("expected").asText() + "≠" + f.get("actual").asText());
        }
        out.sort(null);
        return out;
    }
}
