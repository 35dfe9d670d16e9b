package org.nianbao.checker.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.CheckNeeds;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.normalize.DocumentNormalizer;
import org.nianbao.checker.parse.ParserSettings;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.TextReader;

/**
 * On a scan, a part of the text that was not recognised (a section, the title, the fee or period statement) is listed
 * under 未能评估 with the checks whose {@code @needs} name it: derived from the rules, not written in the writer.
 */
class ScanGapsTest {

    /** Seed 000 (section 四's heading lost) as if its pages had been recognised from a scan. */
    private static ParsedReport seed000AsScan() throws Exception {
        return seed000AsScan(false);
    }

    /** The same, and with its agency's name not certain (the title's name not borne out by the rest of the text). */
    private static ParsedReport seed000AsScan(boolean agencyNotCertain) throws Exception {
        Path file = Path.of("reports-in/000_41ea44dbb3ddc373.txt");
        Document doc = new Document(file, SourceFormat.TXT, TextReader.toBlocks(Files.readString(file)), null);
        DocumentNormalizer.Result n = new DocumentNormalizer().normalize(doc);
        ParsedReport p = new ReportParser(ParserSettings.defaults()).parse(n.document(), n.flags());
        Report r = p.report();
        Report scanned = new Report(r.file(), r.fileName(), r.format(), r.readable(), r.recognised(),
                agencyNotCertain ? null : r.agency(), agencyNotCertain ? null : r.agencySource(),
                r.agencyKind(), r.year(), r.yearSource(), r.template(), r.title(), r.titleSource(), r.titleLocation(),
                r.publicationDate(), r.publicationSource(), r.publicationLocation(), r.signatureDate(), r.signatureLocation(),
                r.pages(), true);
        return new ParsedReport(scanned, p.sections(), p.tables(), p.statements(), p.flags(), p.markers());
    }

    @Test
    void aSectionNotRecognisedListsTheChecksThatNeedTheSections() throws Exception {
        CheckNeeds needs = CheckNeeds.of(Map.of("SECTION_MISSING", List.of("sections"), "PROVINCE_SECTIONS", List.of("sections"),
                "PERIOD_NOT_STATED", List.of("periodStatement")));

        List<AssessmentGap> gaps = AssessmentGap.of(seed000AsScan(), needs);

        assertThat(gaps).filteredOn(g -> g.item().startsWith("第四部分")).singleElement()
                .satisfies(g -> assertThat(g.checks()).isEqualTo("用到各部分的检查：PROVINCE_SECTIONS、SECTION_MISSING"));
        // seed 000 states its period: nothing to list for it
        assertThat(gaps).noneMatch(g -> g.item().equals("统计期限"));
    }

    @Test
    void anAgencyNotCertainOnAScanIsListedWithTheChecksThatNeedIt() throws Exception {
        CheckNeeds needs = CheckNeeds.of(Map.of("AGENCY_UNKNOWN", List.of("agency")));
        assertThat(AssessmentGap.of(seed000AsScan(true), needs)).filteredOn(g -> g.item().equals("发布机关")).singleElement()
                .satisfies(g -> {
                    assertThat(g.checks()).isEqualTo("用到发布机关的检查：AGENCY_UNKNOWN");
                    assertThat(g.reason()).contains("请对照原件核对");
                });
        assertThat(AssessmentGap.of(seed000AsScan(false), needs)).noneMatch(g -> g.item().equals("发布机关"));
    }

    @Test
    void theSameReportAsTextHasNoSuchRows() throws Exception {
        ParsedReport scan = seed000AsScan();
        ParsedReport text = new ParsedReport(Report.unreadable("x", "x", SourceFormat.TXT, null), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertThat(AssessmentGap.of(scan, CheckNeeds.NONE)).anyMatch(g -> g.item().startsWith("第四部分"));
        assertThat(AssessmentGap.of(text, CheckNeeds.NONE)).noneMatch(g -> g.item().startsWith("第四部分"));
    }
}
