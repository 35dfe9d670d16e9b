package org.nianbao.checker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.DocumentFlag;
import org.nianbao.checker.model.FormatMarker;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.Section;
import org.nianbao.checker.model.Statement;
import org.nianbao.checker.normalize.TextNormalizer;

/**
 * Turns a normalised document into report facts. Template-driven: the national format fixes every label, so
 * the parser looks for labels and reads what belongs to them, whatever the layout. What it cannot read with
 * confidence it leaves out and lists as missing; it never guesses a number.
 */
public final class ReportParser {

    private static final Pattern YEAR_WORD = Pattern.compile("(20\\d{2})\\s*年");

    private final ParserSettings settings;
    private final SectionFinder sectionFinder;

    public ReportParser(ParserSettings settings) {
        this.settings = settings;
        this.sectionFinder = new SectionFinder(settings.sections());
    }

    public ParsedReport parse(Document doc, List<DocumentFlag> flags) {
        List<Block> blocks = doc.blocks();
        boolean realTables = doc.format() == org.nianbao.checker.model.SourceFormat.DOCX
                || doc.format() == org.nianbao.checker.model.SourceFormat.DOC || doc.format() == org.nianbao.checker.model.SourceFormat.HTML;
        TokenStream ts = new TokenStream(blocks, realTables);
        List<SectionFinder.Candidate> found = sectionFinder.find(blocks);
        List<Section> sections = found.stream().map(SectionFinder.Candidate::section).toList();

        // table regions: from the section that holds a table to the next section heading
        int t2From = tokenAt(ts, headingBlock(found, 2, 0));
        int t3Heading = headingBlock(found, 3, -1);
        int t3From = t3Heading >= 0 ? tokenAt(ts, t3Heading) : firstTable3Label(ts);
        int t2To = t3From > t2From ? t3From : regionEnd(ts, found, 2);
        Table2Parser.Result t2 = Table2Parser.parse(ts, t2From, Math.max(t2From, t2To));

        int t3To = regionEnd(ts, found, 3);
        if (t3To <= t3From) t3To = ts.size();
        Table3Parser.Result t3 = Table3Parser.parse(ts, t3From, t3To);

        int t4Heading = headingBlock(found, 4, -1);
        int t4From = t3.table().found() ? t3.endToken() : t4Heading >= 0 ? tokenAt(ts, t4Heading) : t3To;
        if (t4Heading >= 0) t4From = Math.max(t4From, tokenAt(ts, t4Heading));
        int t4To = nextHeadingAfter(ts, found, t4From, 5);
        ReportTable t4 = Table4Parser.parse(ts, Math.min(t4From, t4To), t4To);

        List<FormatMarker> markers = new ArrayList<>(t2.markers());
        if (t3.singleOtherRow()) markers.add(new FormatMarker("2019", "(六)其他处理（单行）", t3.table().location()));
        if (t3.subOtherRows()) markers.add(new FormatMarker("2021", "(六)其他处理 1-3", t3.table().location()));

        List<String> compact = new java.util.ArrayList<>(blocks.size());
        for (Block b : blocks) compact.add(TextNormalizer.compact(b.text()));
        List<Statement> statements = StatementFinder.find(blocks, compact);
        int firstHeading = found.isEmpty() ? blocks.size() : found.get(0).block();
        IdentityFinder.Title title = IdentityFinder.title(blocks, firstHeading);
        IdentityFinder.IssueDate issued = IdentityFinder.issueDate(blocks);

        String agency = title != null ? title.agency() : null;
        String agencySource = agency != null ? "标题" : null;
        if (agency == null) {
            agency = IdentityFinder.signatureAgency(blocks, issued);
            if (agency != null) agencySource = "落款";
        }

        Integer year = title != null ? title.year() : null;
        String yearSource = year != null ? "标题" : null;
        if (year == null) {
            Statement period = statements.stream().filter(s -> s.kind() == Statement.Kind.PERIOD && s.start() != null).findFirst().orElse(null);
            if (period != null) {
                year = period.start().getYear();
                yearSource = "统计期限";
            }
        }
        if (year == null) {
            year = yearInSectionOne(blocks, found);
            if (year != null) yearSource = "正文";
        }
        if (year == null && issued != null && issued.date().getMonthValue() <= 6) {
            year = issued.date().getYear() - 1;
            yearSource = "落款日期";
        }

        String template = template(markers, year);
        List<ReportTable> tables = List.of(t2.table(), t3.table(), t4);
        boolean recognised = !sections.isEmpty() || tables.stream().anyMatch(ReportTable::found);
        Report report = new Report(doc.file().toString(), doc.file().getFileName().toString(), doc.format(), true,
                recognised, agency, agencySource, settings.kindOf(agency), year, yearSource, template,
                title != null ? title.text() : null, title != null ? title.location() : null,
                issued != null ? issued.date() : null, issued != null ? issued.location() : null, doc.pages());
        return new ParsedReport(report, sections, tables, statements, flags, markers);
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

    private static Integer yearInSectionOne(List<Block> blocks, List<SectionFinder.Candidate> found) {
        int start = headingBlock(found, 1, -1);
        if (start < 0) return null;
        for (int b = start + 1; b < Math.min(blocks.size(), start + 6); b++) {
            Matcher m = YEAR_WORD.matcher(TextNormalizer.compact(blocks.get(b).text()));
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        return null;
    }

    private static int headingBlock(List<SectionFinder.Candidate> found, int kind, int dflt) {
        for (SectionFinder.Candidate c : found) if (c.kind() == kind) return c.block();
        return dflt;
    }

    private static int tokenAt(TokenStream ts, int block) {
        return block < 0 ? 0 : ts.firstTokenOfBlock[Math.min(block, ts.blocks.size())];
    }

    /** Token index of the first heading after section {@code kind}'s heading, or the end. */
    private static int regionEnd(TokenStream ts, List<SectionFinder.Candidate> found, int kind) {
        int from = headingBlock(found, kind, -1);
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
