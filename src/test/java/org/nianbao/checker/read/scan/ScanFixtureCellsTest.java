package org.nianbao.checker.read.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.checker.bench.ScanAccuracy;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.TableCell;
import org.nianbao.checker.normalize.DocumentNormalizer;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.PdfReader;
import org.nianbao.checker.rules.CheckerSettings;

/**
 * The real reports' scans where the reader once misread with high confidence: each cell is either what the text
 * version says or not assessed, never another number, and the agency is the text version's or not certain, never a
 * misread name. 淮安市 2024's 447 lost the grey hairline of its first 4 (read 147); on 洪泽区 a header misread as a
 * number shifted 表三's rows by one (上年结转 took 本年新收's 21, 结转下年度 took 总计's 95); 洪泽区 2023's title
 * reads 潜泽区 at 200 dpi.
 */
class ScanFixtureCellsTest {

    static final Path SCANS = Path.of("src/test/resources/fixtures/scans");
    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final List<String> FIXTURES = List.of("huaian-city-gov-2024-300", "huaian-hongze-district-gov-2023-200",
            "huaian-hongze-district-gov-2024-300");
    static final Map<String, ParsedReport> SCAN = new ConcurrentHashMap<>(), TEXT = new ConcurrentHashMap<>();
    static ExecutorService pool;

    @BeforeAll
    static void readTheScansAndTheirTextVersions() throws Exception {
        assertThat(Tesseract.installed()).as("OCR engine: apt-get install tesseract-ocr tesseract-ocr-chi-sim").isPresent();
        ReportParser parser = new ReportParser(CheckerSettings.load(Path.of("rules")).parser());
        PdfReader ocr = new PdfReader(Tesseract.installed()), text = new PdfReader(Optional.empty());
        pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> runs = FIXTURES.stream().map(name -> pool.<Object>submit(() -> {
            String base = name.replaceFirst("-\\d+$", "");
            SCAN.put(name, parse(ocr.read(SCANS.resolve(name + ".pdf")), parser));
            TEXT.put(name, parse(text.read(CORPUS.resolve(base + ".pdf")), parser));
            return null;
        })).toList();
        for (Future<Object> f : runs) f.get();
    }

    @AfterAll
    static void stop() {
        if (pool != null) pool.shutdown();
    }

    private static ParsedReport parse(Document doc, ReportParser parser) {
        var normal = new DocumentNormalizer().normalize(doc);
        return parser.parse(normal.document(), normal.flags());
    }

    /** The value the checker uses, or null when it is not assessed. */
    private static Double read(String fixture, String row, String column) {
        TableCell c = SCAN.get(fixture).table("T3") == null ? null : SCAN.get(fixture).table("T3").cell(row, column);
        return c == null ? null : c.valueForSum();
    }

    @Test
    void everyCellOfTheThreeScansIsReadCorrectlyOrNotAssessed() {
        for (String f : FIXTURES) {
            ScanAccuracy.Count count = ScanAccuracy.tableCells(TEXT.get(f), SCAN.get(f));
            assertThat(count.wrongCells()).as(f).isEmpty();
            // not a test that passes by reading nothing: most cells are read
            assertThat(count.correct()).as(f + ": cells read correctly").isGreaterThan(count.notAssessed());
        }
    }

    @Test
    void theSerif447IsNever147() {
        assertThat(read("huaian-city-gov-2024-300", "PARTIAL", "NATURAL")).isIn(447.0, null);
        assertThat(read("huaian-city-gov-2024-300", "PARTIAL", "TOTAL")).isIn(454.0, null);
        assertThat(read("huaian-city-gov-2024-300", "PARTIAL", "NATURAL")).as("read since the hairline stays").isEqualTo(447.0);
    }

    @Test
    void aHeaderReadAsANumberDoesNotShiftTheRows() {
        assertThat(read("huaian-hongze-district-gov-2023-200", "CARRIED_IN", "NATURAL")).isIn(0.0, null);
        assertThat(read("huaian-hongze-district-gov-2023-200", "CARRIED_IN", "TOTAL")).isIn(0.0, null);
        assertThat(read("huaian-hongze-district-gov-2023-200", "NEW", "TOTAL")).isIn(21.0, null);
        assertThat(read("huaian-hongze-district-gov-2024-300", "CARRIED_OUT", "NATURAL")).isIn(0.0, null);
        assertThat(read("huaian-hongze-district-gov-2024-300", "CARRIED_OUT", "TOTAL")).isIn(0.0, null);
    }

    @Test
    void aMisreadAgencyInTheTitleIsCorrectedFromTheBodyOrNotUsed() {
        ParsedReport scan = SCAN.get("huaian-hongze-district-gov-2023-200");
        assertThat(TEXT.get("huaian-hongze-district-gov-2023-200").report().agency()).isEqualTo("洪泽区人民政府");
        assertThat(scan.report().title()).as("the title as recognised").contains("泽区人民政府");
        assertThat(scan.report().agency()).isIn("洪泽区人民政府", null);
        assertThat(scan.report().agency()).as("the body writes 洪泽区 often enough to correct it").isEqualTo("洪泽区人民政府");
        for (String f : FIXTURES) assertThat(SCAN.get(f).report().agency()).as(f).isIn(TEXT.get(f).report().agency(), null);
    }
}
