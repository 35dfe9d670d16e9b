package org.nianbao.checker.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which checks need which data, as the rules declare it with {@code @needs("T3")}: when a report lacks the data
 * (a table not found, no year), the workbook's 未能评估 sheet lists these checks as not made. Declared in the rule
 * files, so a check an officer adds is listed too.
 *
 * @param checksByNeed for each name in {@link #NAMES}, the rule IDs that need it, in ID order
 */
public record CheckNeeds(Map<String, List<String>> checksByNeed) {

    /** The report's year. */
    public static final String YEAR = "year";
    /** The date the report was published or signed ({@code Report.issueDate()}). */
    public static final String ISSUE_DATE = "issueDate";
    /** Whether the agency is a government or a department ({@code Report.agencyKind}). */
    public static final String AGENCY_KIND = "agencyKind";
    /** The six parts found by their headings. */
    public static final String SECTIONS = "sections";
    /** The report's title. */
    public static final String TITLE = "title";
    /** The agency's name, from the title or the signature (on a scan: only when the rest of the text bears it out). */
    public static final String AGENCY = "agency";
    /** The statement about the 信息处理费. */
    public static final String FEE_STATEMENT = "feeStatement";
    /** The statement of the statistics period. */
    public static final String PERIOD_STATEMENT = "periodStatement";
    /**
     * What {@code @needs} may name: tables 二, 三 and 四 by their keys, the report's year, issue date and agency kind,
     * and the parts of the text a scan may not give (sections, title, agency, the fee and period statements).
     */
    public static final List<String> NAMES = List.of("T2", "T3", "T4", YEAR, ISSUE_DATE, AGENCY_KIND, SECTIONS, TITLE,
            AGENCY, FEE_STATEMENT, PERIOD_STATEMENT);

    public static final CheckNeeds NONE = new CheckNeeds(Map.of());

    public CheckNeeds {
        Map<String, List<String>> sorted = new TreeMap<>();
        checksByNeed.forEach((need, ids) -> sorted.put(need, List.copyOf(new TreeSet<>(ids))));
        checksByNeed = Map.copyOf(sorted);
    }

    /** From each rule ID to what its {@code @needs} names. */
    public static CheckNeeds of(Map<String, ? extends Collection<String>> needsById) {
        Map<String, List<String>> byNeed = new TreeMap<>();
        needsById.forEach((id, needs) -> needs.forEach(n -> byNeed.computeIfAbsent(n, k -> new ArrayList<>()).add(id)));
        return new CheckNeeds(byNeed);
    }

    /** The names in an {@code @needs} value: "T2, T3" and "T2、T3" are both T2 and T3. */
    public static List<String> split(String value) {
        List<String> names = new ArrayList<>();
        if (value == null) return names;
        for (String n : value.split("[,，、;；\\s]+")) if (!n.isEmpty()) names.add(n);
        return names;
    }

    /** The IDs of the checks that need {@code need} ("T3", "year"), in ID order; empty when none does. */
    public List<String> checksNeeding(String need) {
        return checksByNeed.getOrDefault(need, List.of());
    }
}
