package org.nianbao.checker.parse;

import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.checker.model.AgencyKind;

/**
 * What officers may tune about reading reports without touching Java: section title variants, the name endings
 * that tell a government from one of its departments (which decides the publication deadline), and the OCR
 * confidence below which a number recognised from a scan is not taken as read, and the number from which a table
 * cell is beyond any plausible count.
 *
 * @param ocrMinConfidence 0–100; a recognised cell or date under it is not a number or a date
 * @param implausibleFrom a table cell this large or larger is malformed (CELL_MALFORMED) and no sum uses it
 */
public record ParserSettings(SectionAliases sections, List<Pattern> governmentNames, List<Pattern> departmentNames,
                             double ocrMinConfidence, double implausibleFrom) {

    /** The threshold when settings.yaml does not set one (see README, scans). */
    public static final double DEFAULT_OCR_MIN_CONFIDENCE = 80;

    /**
     * Ten billion: more than China's population (the counts) and, in 万元, more than its GDP (the amounts of table
     * 二). Why a bound at all: a 27-digit cell made T3_ROW_TOTAL compare sums beyond a double's precision, a longer
     * one made them Infinity (the rule threw, a workbook showed #DIV/0!).
     */
    public static final double DEFAULT_IMPLAUSIBLE_FROM = 1e10;
    /** The largest bound settings.yaml may set: below it, sums of a table's cells stay exact in a double. */
    public static final double MAX_IMPLAUSIBLE_FROM = 1e15;

    public ParserSettings(SectionAliases sections, List<Pattern> governmentNames, List<Pattern> departmentNames,
                          double ocrMinConfidence) {
        this(sections, governmentNames, departmentNames, ocrMinConfidence, DEFAULT_IMPLAUSIBLE_FROM);
    }

    public static ParserSettings defaults() {
        return new ParserSettings(SectionAliases.defaults(),
                compile(List.of("人民政府$", "管委会$", "管理委员会$", "综合实验区$", "新区$")),
                compile(List.of("局$", "委$", "办$", "办公室$", "厅$", "委员会$", "中心$", "署$", "处$")),
                DEFAULT_OCR_MIN_CONFIDENCE);
    }

    public static List<Pattern> compile(List<String> regexes) {
        return regexes.stream().map(Pattern::compile).toList();
    }

    public AgencyKind kindOf(String agency) {
        if (agency == null) return AgencyKind.UNKNOWN;
        for (Pattern p : governmentNames) if (p.matcher(agency).find()) return AgencyKind.GOVERNMENT;
        for (Pattern p : departmentNames) if (p.matcher(agency).find()) return AgencyKind.DEPARTMENT;
        return AgencyKind.UNKNOWN;
    }
}
