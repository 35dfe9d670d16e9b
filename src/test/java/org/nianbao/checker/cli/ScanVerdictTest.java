package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.read.scan.Tesseract;

/**
 * A scan is checked like its text version, with the same promise: the same agency and year, no ERROR the text
 * version does not have, and every arithmetic defect of the text version found or its table TABLE_UNREADABLE. A sum
 * over recognised numbers that fails may be a misread digit: it is TABLE_UNREADABLE for the officer, never an ERROR.
 * (Two fixtures: OCR costs seconds a page; ./checker bench --scans runs all sixteen. At 200 dpi the engine reads
 * 洪泽区 as 潜泽区 in hongze 2023's title, a misreading no confidence flags: the body's 洪泽区 corrects it, see
 * ScanFixtureCellsTest.)
 */
class ScanVerdictTest {

    static final Path SCANS = Path.of("src/test/resources/fixtures/scans");
    @TempDir
    static Path out;
    static JsonNode json;

    @BeforeAll
    static void checkScansAndTheirTextVersions() throws Exception {
        Assumptions.assumeTrue(Tesseract.installed().isPresent(), "tesseract-ocr is not installed");
        CheckRunner.run("check", "--out", out.toString(), "--format", "json",
                SCANS.resolve("huaian-hongze-district-gov-2023-300.pdf").toString(),
                "src/test/resources/corpus/huaian-hongze-district-gov-2023.pdf",
                SCANS.resolve("004_11d5421f1e46d2a7-200.pdf").toString(), "reports-in/004_11d5421f1e46d2a7.txt");
        json = CheckRunner.findings(out);
    }

    @Test
    void hongze2023ScannedKeepsItsIdentityAndItsTableFourDefectsAreFoundOrNotAssessed() {
        assertSameVerdictPromise("huaian-hongze-district-gov-2023-300.pdf", "corpus/huaian-hongze-district-gov-2023.pdf");
    }

    @Test
    void seed004ScannedKeepsItsIdentityAndGainsNoError() {
        assertSameVerdictPromise("004_11d5421f1e46d2a7-200.pdf", "004_11d5421f1e46d2a7.txt");
    }

    private static void assertSameVerdictPromise(String scanName, String textName) {
        JsonNode scan = CheckRunner.report(json, scanName), text = CheckRunner.report(json, textName);
        String shown = scanName + " " + CheckRunner.rules(scan) + " vs " + CheckRunner.rules(text);
        assertThat(scan.get("agency")).as(shown).isEqualTo(text.get("agency"));
        assertThat(scan.get("year")).as(shown).isEqualTo(text.get("year"));
        assertThat(new TreeSet<>(CheckRunner.rules(scan, "ERROR"))).as(shown).isSubsetOf(new TreeSet<>(CheckRunner.rules(text, "ERROR")));
        Set<String> arithmetic = Set.of("T3_BALANCE", "T3_ROW_TOTAL", "T3_OUTCOME_TOTAL", "T4_TOTAL");
        for (JsonNode f : text.get("findings")) {
            if (!arithmetic.contains(f.get("rule").asText())) continue;
            boolean found = CheckRunner.rules(scan).contains(f.get("rule").asText());
            boolean notAssessed = false;
            for (JsonNode g : scan.get("findings")) {
                notAssessed |= g.get("rule").asText().equals("TABLE_UNREADABLE") && g.get("table").asText().equals(f.get("table").asText());
            }
            assertThat(found || notAssessed).as(shown + ": " + f.get("rule").asText() + " " + f.get("cell").asText()).isTrue();
        }
    }
}
