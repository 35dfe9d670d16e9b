package org.nianbao.checker.write;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.nianbao.checker.model.AgencyKind;
import org.nianbao.checker.model.CellRef;
import org.nianbao.checker.model.CheckNeeds;
import org.nianbao.checker.model.CheckedReport;
import org.nianbao.checker.model.Finding;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.ReportTable;
import org.nianbao.checker.model.RunChanges;
import org.nianbao.checker.model.RunInfo;
import org.nianbao.checker.model.RunResults;
import org.nianbao.checker.model.RunTriage;
import org.nianbao.checker.model.Severity;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.TableCell;

/** Hand-built checked reports shaped like the 2021 format, for writing and reading back. */
final class SampleReports {

    /** What the shipped rules declare they need, in part: enough for the 未能评估 sheet to name checks. */
    static final CheckNeeds NEEDS = CheckNeeds.of(Map.of("T3_BALANCE", List.of("T3"), "T4_TOTAL", List.of("T4"),
            "CELL_BLANK", List.of("T2", "T3", "T4"), "PUBLISHED_LATE", List.of("year", "issueDate", "agencyKind")));
    static final RunInfo RUN = new RunInfo(Instant.parse("2025-03-01T02:00:00Z"), Path.of("rules"), "r-3f9a2c", NEEDS);

    /** A first check of {@code reports} (no comparison, no triage), as the writers receive it. */
    static RunResults results(List<CheckedReport> reports) {
        return new RunResults(reports, RUN, RunChanges.NONE, RunTriage.NONE);
    }

    static final String[][] T3_ROWS = {
            {"NEW", "一、本年新收政府信息公开申请数量"},
            {"CARRIED_IN", "二、上年结转政府信息公开申请数量"},
            {"GRANTED", "（一）予以公开"},
            {"PARTIAL", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
            {"DENIED_1", "(三)不予公开 1.属于国家秘密"} /* as the parser labels it */, {"DENIED_2", "2.其他法律行政法规禁止公开"},
            {"DENIED_3", "3.危及“三安全一稳定”"}, {"DENIED_4", "4.保护第三方合法权益"},
            {"DENIED_5", "5.属于三类内部事务信息"}, {"DENIED_6", "6.属于四类过程性信息"},
            {"DENIED_7", "7.属于行政执法案卷"}, {"DENIED_8", "8.属于行政查询事项"},
            {"UNABLE_1", "1.本机关不掌握相关政府信息"}, {"UNABLE_2", "2.没有现成信息需要另行制作"},
            {"UNABLE_3", "3.补正后申请内容仍不明确"},
            {"NOT_HANDLED_1", "1.信访举报投诉类申请"}, {"NOT_HANDLED_2", "2.重复申请"},
            {"NOT_HANDLED_3", "3.要求提供公开出版物"}, {"NOT_HANDLED_4", "4.无正当理由大量反复申请"},
            {"NOT_HANDLED_5", "5.要求行政机关确认或重新出具已获取信息"},
            {"OTHER_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            {"OTHER_2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
            {"OTHER_3", "3.其他"},
            {"OUTCOME_TOTAL", "（七）总计"},
            {"CARRIED_OUT", "四、结转下年度继续办理"}};
    static final String[][] T3_COLUMNS = {{"NATURAL", "自然人"}, {"BUSINESS", "商业企业"}, {"RESEARCH", "科研机构"},
            {"NONPROFIT", "社会公益组织"}, {"LEGAL", "法律服务机构"}, {"OTHER", "其他"}, {"TOTAL", "总计"}};
    static final String[][] T4_ROWS = {{"REVIEW", "行政复议"}, {"SUIT_DIRECT", "未经复议直接起诉"}, {"SUIT_AFTER", "复议后起诉"}};
    static final String[][] T4_COLUMNS = {{"UPHELD", "结果维持"}, {"CORRECTED", "结果纠正"}, {"OTHER", "其他结果"},
            {"PENDING", "尚未审结"}, {"TOTAL", "总计"}};

    private SampleReports() {
    }

    /** 某某区教育局 2024: 表三 自然人 does not balance (3 + 0 against 2 + 0), 表四 行政复议 blank. */
    static CheckedReport unbalanced() {
        return unbalanced("某某区教育局", "某某区教育局2024年政府信息公开工作年度报告.txt", 2024);
    }

    static CheckedReport unbalanced(String agency, String fileName, Integer year) {
        Report report = new Report("reports-in/" + fileName, fileName, SourceFormat.TXT, true, true, agency, "标题",
                AgencyKind.DEPARTMENT, year, "标题", "2021", year + "年" + agency + "政府信息公开工作年度报告", "正文",
                Location.line(1), null, null, null, LocalDate.of(2025, 1, 20), Location.line(120), null, false);
        ParsedReport parsed = new ParsedReport(report, List.of(), List.of(t2(), t3(), t4(true)), List.of(), List.of(), List.of());
        return new CheckedReport(parsed, List.of(balanceFinding(), blankFinding(), dateFinding()));
    }

    static Finding balanceFinding() {
        return new Finding("T3_BALANCE", Severity.ERROR, "三、收到和处理政府信息公开申请情况", "表三", "一、本年新收政府信息公开申请数量 / 自然人",
                "表三“自然人”列：第一项加第二项之和（3）不等于第三项加第四项之和（2）", "Table 3 column NATURAL does not balance",
                "2", "3", "自然人 3 ... （七）总计 2", Location.line(64), "表三表头：第一项加第二项之和，等于第三项加第四项之和",
                "核对“自然人”列的本年新收、上年结转、办理结果总计和结转下年度数字，改正后重新发布。",
                Stream.of("T3|NEW|NATURAL", "T3|CARRIED_IN|NATURAL", "T3|OUTCOME_TOTAL|NATURAL", "T3|CARRIED_OUT|NATURAL")
                        .map(CellRef::parse).toList());
    }

    static Finding blankFinding() {
        return new Finding("CELL_BLANK", Severity.WARN, "四、政府信息公开行政复议、行政诉讼情况", "表四", "行政复议 / 结果维持",
                "表四“行政复议 / 结果维持”为空白", "Blank cell", "0", "（空白）", "", Location.line(98), "年报格式",
                "没有数据的格填 0。", List.of(new CellRef("T4", "REVIEW", "UPHELD")));
    }

    static Finding dateFinding() {
        return new Finding("PERIOD_NOT_STATED", Severity.WARN, null, null, null, "未说明统计期限", "No statistics period", null, null,
                null, Location.line(3), "年报格式", "写明统计期限。", List.of());
    }

    static ReportTable t2() {
        Map<String, TableCell> cells = new LinkedHashMap<>();
        String[][] rows = {{"RULES", "规章"}, {"NORMATIVE", "行政规范性文件"}, {"LICENSE", "行政许可"},
                {"PENALTY", "行政处罚"}, {"COERCION", "行政强制"}, {"FEES", "行政事业性收费"}};
        String[][] first = {{"MADE", "本年制发件数"}, {"REPEALED", "本年废止件数"}, {"IN_FORCE", "现行有效件数"}};
        for (int i = 0; i < 2; i++) {
            for (String[] c : first) put(cells, cell("T2", rows[i], c, 0.0, "0"));
        }
        String[] decisions = {"DECISIONS", "本年处理决定数量"};
        put(cells, cell("T2", rows[2], decisions, 5.0, "5"));
        put(cells, cell("T2", rows[3], decisions, 6.0, "6"));
        put(cells, new TableCell("T2", "COERCION", "行政强制", "DECISIONS", "本年处理决定数量", 0.0, false, true, "00", Location.line(40)));
        put(cells, cell("T2", rows[5], new String[]{"FEE_AMOUNT", "本年收费金额（单位：万元）"}, 1.5, "1.5"));
        List<String> rowKeys = new ArrayList<>();
        for (String[] r : rows) rowKeys.add(r[0]);
        return new ReportTable("T2", true, "2021", Location.line(30), rowKeys,
                List.of("MADE", "REPEALED", "IN_FORCE", "DECISIONS", "FEE_AMOUNT"), cells, List.of());
    }

    static ReportTable t3() {
        Map<String, TableCell> cells = new LinkedHashMap<>();
        List<String> rowKeys = new ArrayList<>();
        List<String> colKeys = new ArrayList<>();
        for (String[] c : T3_COLUMNS) colKeys.add(c[0]);
        for (String[] r : T3_ROWS) {
            rowKeys.add(r[0]);
            for (String[] c : T3_COLUMNS) {
                double v = 0;
                boolean natural = c[0].equals("NATURAL") || c[0].equals("TOTAL");
                if (natural && r[0].equals("NEW")) v = 3;
                if (natural && (r[0].equals("GRANTED") || r[0].equals("UNABLE_1"))) v = 1;
                if (natural && r[0].equals("OUTCOME_TOTAL")) v = 2;
                put(cells, cell("T3", r, c, v, String.valueOf((int) v)));
            }
        }
        return new ReportTable("T3", true, "2021", Location.line(60), rowKeys, colKeys, cells, List.of());
    }

    static ReportTable t4(boolean blankReview) {
        Map<String, TableCell> cells = new LinkedHashMap<>();
        List<String> rowKeys = new ArrayList<>();
        List<String> colKeys = new ArrayList<>();
        for (String[] c : T4_COLUMNS) colKeys.add(c[0]);
        for (String[] r : T4_ROWS) {
            rowKeys.add(r[0]);
            for (String[] c : T4_COLUMNS) {
                if (blankReview && r[0].equals("REVIEW") && c[0].equals("UPHELD")) {
                    put(cells, new TableCell("T4", r[0], r[1], c[0], c[1], null, true, false, "", Location.line(98)));
                } else {
                    put(cells, cell("T4", r, c, 0.0, "0"));
                }
            }
        }
        return new ReportTable("T4", true, "2021", Location.line(95), rowKeys, colKeys, cells, List.of());
    }

    static TableCell cell(String table, String[] row, String[] column, Double value, String raw) {
        return new TableCell(table, row[0], row[1], column[0], column[1], value, false, false, raw, Location.line(50));
    }

    private static void put(Map<String, TableCell> cells, TableCell c) {
        cells.put(c.row() + "|" + c.column(), c);
    }
}
