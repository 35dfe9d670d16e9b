package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.DocumentFlag;
import org.nianbao.checker.model.FormatMarker;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.Statement;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * Turns a normalised document into report facts. Template-driven: the national format fixes every label, so
 * the parser looks for labels and reads what belongs to them, whatever the layout. Line breaks carry no meaning:
 * the structure (title, headings, signature) is first put on blocks of its own, and tables that lost their borders
 * are cut into labels and runs of numbers. What it cannot read with confidence it leaves out and lists as missing
 * (the document lacks it) or unreadable (it is there but could not be read with certainty); it never guesses a
 * number.
 */
public final class ReportParser {

    private final ParserSettings settings;
    private final SectionFinder sectionFinder;
    private final StructureSplitter splitter;

    public ReportParser(ParserSettings settings) {
        this.settings = settings;
        this.sectionFinder = new SectionFinder(settings.sections());
        this.splitter = new StructureSplitter(sectionFinder);
    }

    public ParsedReport parse(Document doc, List<DocumentFlag> flags) {
        List<Block> blocks = InlineTables.expand(splitter.split(doc.blocks()));
        boolean realTables = doc.format() == SourceFormat.DOCX || doc.format() == SourceFormat.DOC || doc.format() == SourceFormat.HTML;
        TokenStream ts = new TokenStream(blocks, realTables, doc.recognised(), settings.ocrMinConfidence(), settings.implausibleFrom());
        List<SectionFinder.Candidate> found = sectionFinder.find(blocks);
        List<Section> sections = found.stream().map(SectionFinder.Candidate::section).toList();
        Tables tables = tables(ts, found);

        // statements hold dates and amounts: on a scan, only from lines recognised for certain
        List<Block> sure = IdentityFinder.sureLines(blocks, settings.ocrMinConfidence());
        List<String> compact = new ArrayList<>(sure.size());
        for (Block b : sure) compact.add(TextNormalizer.compact(b.text()));
        List<Statement> statements = StatementFinder.find(sure, compact);
        IdentityFinder.Identity id = IdentityFinder.find(blocks, found, statements, doc.metadata(), settings.ocrMinConfidence());

        String template = template(tables.markers(), id.year());
        boolean recognised = id.title() != null || !sections.isEmpty() || tables.all().stream().anyMatch(ReportTable::found);
        Report report = new Report(doc.file().toString(), doc.file().getFileName().toString(), doc.format(), true,
                recognised, id.agency(), id.agencySource(), settings.kindOf(id.agency()), id.year(), id.yearSource(), template,
                id.title(), id.titleSource(), id.titleLocation(), id.publicationDate(), id.publicationSource(),
                id.publicationLocation(), id.signatureDate(), id.signatureLocation(), doc.pages(), doc.recognised());
        return new ParsedReport(report, sections, tables.all(), statements, flags, tables.markers());
    }

    /** The three tables and the labels that say which format they follow. */
    private record Tables(List<ReportTable> all, List<FormatMarker> markers) {
    }

    /**
     * Each table is read in its region: table 二 from section 二's heading to table 三's start, table 三 from section
     * 三's heading (or its first row label) to the next heading, table 四 from where table 三 ended to section 五.
     */
    private static Tables tables(TokenStream ts, List<SectionFinder.Candidate> found) {
        int t2From = tokenAt(ts, headingBlock(found, 2));
        int t3Heading = headingBlock(found, 3);
        int t3From = t3Heading >= 0 ? tokenAt(ts, t3Heading) : firstTable3Label(ts);
        int t2To = t3From > t2From ? t3From : regionEnd(ts, found, 2);
        Table2Parser.Result t2 = Table2Parser.parse(ts, t2From, Math.max(t2From, t2To));

        int t3To = regionEnd(ts, found, 3);
        if (t3To <= t3From) t3To = ts.size();
        Table3Parser.Result t3 = Table3Parser.parse(ts, t3From, t3To);

        int t4Heading = headingBlock(found, 4);
        int t4From = t3.table().found() ? t3.endToken() : t4Heading >= 0 ? tokenAt(ts, t4Heading) : t3To;
        if (t4Heading >= 0) t4From = Math.max(t4From, tokenAt(ts, t4Heading));
        int t4To = nextHeadingAfter(ts, found, t4From, 5);
        ReportTable t4 = Table4Parser.parse(ts, Math.min(t4From, t4To), t4To);

        List<FormatMarker> markers = new ArrayList<>(t2.markers());
        if (t3.singleOtherRow()) markers.add(new FormatMarker("2019", "(六)其他处理（单行）", t3.table().location(), t3From));
        if (t3.subOtherRows()) markers.add(new FormatMarker("2021", "(六)其他处理 1-3", t3.table().location(), t3From));
        return new Tables(List.of(t2.table(), t3.table(), t4), markers);
    }

    /** The format the report's labels follow; by year where the labels do not say or say both. */
    private static String template(List<FormatMarker> markers, Integer year) {
        boolean old = markers.stream().anyMatch(m -> m.template().equals("2019"));
        boolean now = markers.stream().anyMatch(m -> m.template().equals("2021"));
        if (old && !now) return "2019";
        if (now && !old) return "2021";
        if (year == null) return null;
        return year >= 2021 ? "2021" : "2019";
    }

    /** Block index of section {@code kind}'s heading, or -1. */
    private static int headingBlock(List<SectionFinder.Candidate> found, int kind) {
        for (SectionFinder.Candidate c : found) if (c.kind() == kind) return c.block();
        return -1;
    }

    private static int tokenAt(TokenStream ts, int block) {
        return block < 0 ? 0 : ts.firstTokenOfBlock[Math.min(block, ts.blocks.size())];
    }

    /** Token index of the first heading after section {@code kind}'s heading, or the end. */
    private static int regionEnd(TokenStream ts, List<SectionFinder.Candidate> found, int kind) {
        int from = headingBlock(found, kind);
        for (SectionFinder.Candidate c : found) {
            if (c.kind() > kind && c.block() > from) return tokenAt(ts, c.block());
        }
        return ts.size();
    }

    /** Token index of the first heading of kind >= minKind after token {@code from}, or the end. */
    private static int nextHeadingAfter(TokenStream ts, List<SectionFinder.Candidate> found, int from, int minKind) {
        for (SectionFinder.Candidate c : found) {
            int at = tokenAt(ts, c.block());
            if (c.kind() >= minKind && at > from) return at;
        }
        return ts.size();
    }

    private static int firstTable3Label(TokenStream ts) {
        for (int i = 0; i < ts.size(); i++) {
            String c = ts.get(i).compact();
            if (c.contains("本年新收") && c.length() < 40) return i;
        }
        return ts.size();
    }
}
