package org.nianbao.checker.parse;

import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.checker.model.AgencyKind;

/**
 * What officers may tune about reading reports without touching Java: section title variants, the name endings
 * that tell a government from one of its departments (which decides the publication deadline), and the OCR
 * confidence below which a number recognised from a scan is not taken as read.
 *
 * @param ocrMinConfidence 0–100; a recognised cell or date under it is not a number or a date
 */
public record ParserSettings(SectionAliases sections, List<Pattern> governmentNames, List<Pattern> departmentNames,
                             double ocrMinConfidence) {

    /** The threshold when settings.yaml does not set one (see README, scans). */
    public static final double DEFAULT_OCR_MIN_CONFIDENCE = 80;

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
