package org.nianbao.checker.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows and columns the national format fixes for tables 二, 三 and 四, with the patterns that recognise
 * each row label in real reports (labels wrap, carry item numbers, typos such as 其他法律行政止公开).
 */
final class TableLayout {

    private TableLayout() {
    }

    record Column(String key, String label) {
    }

    /**
     * @param literals the pattern's alternatives when it is only plain words ("国家秘密", "法律行政|禁止公开"): matched
     *                 with {@code contains}, which is several times cheaper than the regex on every table cell
     */
    record Row(String key, String label, Pattern pattern, String[] literals) {
        boolean matches(String compactLabel) {
            if (literals != null) {
                for (String l : literals) if (compactLabel.contains(l)) return true;
                return false;
            }
            return pattern.matcher(compactLabel).find();
        }
    }

    static Row row(String key, String label, String regex) {
        boolean plain = regex.chars().noneMatch(c -> "^$()[]{}.*+?\\".indexOf(c) >= 0);
        return new Row(key, label, Pattern.compile(regex), plain ? regex.split("\\|") : null);
    }

    // ---- 表三 ----
    static final List<Column> T3_COLUMNS = List.of(
            new Column("NATURAL", "自然人"),
            new Column("BUSINESS", "商业企业"),
            new Column("RESEARCH", "科研机构"),
            new Column("NONPROFIT", "社会公益组织"),
            new Column("LEGAL", "法律服务机构"),
            new Column("OTHER", "其他"),
            new Column("TOTAL", "总计"));

    /** In template order; OTHER is the 2019 single row, OTHER_1..3 the 2021 sub-rows. */
    static final List<Row> T3_ROWS = List.of(
            row("NEW", "一、本年新收政府信息公开申请数量", "本年新收"),
            row("CARRIED_IN", "二、上年结转政府信息公开申请数量", "上年结转"),
            row("GRANTED", "(一)予以公开", "予以公开"),
            row("PARTIAL", "(二)部分公开", "部分公开"),
            row("DENIED_1", "(三)不予公开 1.属于国家秘密", "国家秘密"),
            row("DENIED_2", "(三)不予公开 2.其他法律行政法规禁止公开", "其他法律|法律行政|禁止公开"),
            row("DENIED_3", "(三)不予公开 3.危及“三安全一稳定”", "三安全|一稳定|危及"),
            row("DENIED_4", "(三)不予公开 4.保护第三方合法权益", "第三方|保护第三"),
            row("DENIED_5", "(三)不予公开 5.属于三类内部事务信息", "内部事务"),
            row("DENIED_6", "(三)不予公开 6.属于四类过程性信息", "过程性"),
            row("DENIED_7", "(三)不予公开 7.属于行政执法案卷", "执法案卷"),
            row("DENIED_8", "(三)不予公开 8.属于行政查询事项", "行政查询"),
            row("UNABLE_1", "(四)无法提供 1.本机关不掌握相关政府信息", "不掌握"),
            row("UNABLE_2", "(四)无法提供 2.没有现成信息需要另行制作", "现成信息|另行制作"),
            row("UNABLE_3", "(四)无法提供 3.补正后申请内容仍不明确", "补正后|仍不明确"),
            row("NOT_HANDLED_1", "(五)不予处理 1.信访举报投诉类申请", "信访|举报投诉"),
            row("NOT_HANDLED_2", "(五)不予处理 2.重复申请", "重复申请"),
            row("NOT_HANDLED_3", "(五)不予处理 3.要求提供公开出版物", "公开出版物"),
            row("NOT_HANDLED_4", "(五)不予处理 4.无正当理由大量反复申请", "大量反复"),
            row("NOT_HANDLED_5", "(五)不予处理 5.要求行政机关确认或重新出具已获取信息", "重新出具|确认或重新"),
            row("OTHER", "(六)其他处理", "其他处理"),
            row("OTHER_1", "(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正|无正当理由逾期"),
            row("OTHER_2", "(六)其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "收费通知|缴纳费用"),
            row("OTHER_3", "(六)其他处理 3.其他", "^(3[.、]?)?其他$"),
            row("OUTCOME_TOTAL", "(七)总计", "^(\\(七\\))?总计$|^七[、.]?总计$"),
            row("CARRIED_OUT", "四、结转下年度继续办理", "结转下年|继续办理"));

    private static final java.util.Map<String, Row> T3_BY_KEY = T3_ROWS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Row::key, r -> r));

    static final List<String> T3_OUTCOME_ROWS_2021 = List.of("GRANTED", "PARTIAL",
            "DENIED_1", "DENIED_2", "DENIED_3", "DENIED_4", "DENIED_5", "DENIED_6", "DENIED_7", "DENIED_8",
            "UNABLE_1", "UNABLE_2", "UNABLE_3",
            "NOT_HANDLED_1", "NOT_HANDLED_2", "NOT_HANDLED_3", "NOT_HANDLED_4", "NOT_HANDLED_5",
            "OTHER_1", "OTHER_2", "OTHER_3");

    static Row t3Row(String key) {
        Row row = T3_BY_KEY.get(key);
        if (row == null) throw new java.util.NoSuchElementException("no table 三 row " + key);
        return row;
    }

    // ---- 表四 ----
    static final List<Row> T4_ROWS = List.of(
            row("REVIEW", "行政复议", "行政复议"),
            row("SUIT_DIRECT", "行政诉讼 未经复议直接起诉", "直接起诉"),
            row("SUIT_AFTER", "行政诉讼 复议后起诉", "复议后起诉"));

    static final List<Column> T4_COLUMNS = List.of(
            new Column("UPHELD", "结果维持"),
            new Column("CORRECTED", "结果纠正"),
            new Column("OTHER", "其他结果"),
            new Column("PENDING", "尚未审结"),
            new Column("TOTAL", "总计"));

    // ---- 表二 ----
    /** One block of table 二 (第二十条第（X）项) in one template. */
    record T2Block(String item, String template, List<Row> rows, List<Column> columns) {
    }

    static final Row RULES = row("RULES", "规章", "^(\\d[.、]?)?规章$");
    static final Row NORMATIVE = row("NORMATIVE", "规范性文件", "规范性文件");
    static final Row LICENSE = row("LICENSE", "行政许可", "^行政许可$");
    static final Row OTHER_SERVICE = row("OTHER_SERVICE", "其他对外管理服务事项", "其他对外管理服务");
    static final Row PENALTY = row("PENALTY", "行政处罚", "^行政处罚$");
    static final Row COERCION = row("COERCION", "行政强制", "^行政强制$");
    static final Row FEES = row("FEES", "行政事业性收费", "行政事业性收费");
    static final Row PROCUREMENT = row("PROCUREMENT", "政府集中采购", "政府集中采购");

    static final List<T2Block> T2_2021 = List.of(
            new T2Block("一", "2021", List.of(RULES, NORMATIVE), List.of(
                    new Column("ISSUED", "本年制发件数"), new Column("REPEALED", "本年废止件数"), new Column("IN_FORCE", "现行有效件数"))),
            new T2Block("五", "2021", List.of(LICENSE), List.of(new Column("DECISIONS", "本年处理决定数量"))),
            new T2Block("六", "2021", List.of(PENALTY, COERCION), List.of(new Column("DECISIONS", "本年处理决定数量"))),
            new T2Block("八", "2021", List.of(FEES), List.of(new Column("AMOUNT", "本年收费金额(单位:万元)"))));

    static final List<T2Block> T2_2019 = List.of(
            new T2Block("一", "2019", List.of(RULES, NORMATIVE), List.of(
                    new Column("NEW_MADE", "本年新制作数量"), new Column("NEW_PUBLISHED", "本年新公开数量"), new Column("TOTAL_PUBLISHED", "对外公开总数量"))),
            new T2Block("五", "2019", List.of(LICENSE, OTHER_SERVICE), List.of(
                    new Column("PREV_ITEMS", "上一年项目数量"), new Column("CHANGE", "本年增/减"), new Column("DECISIONS", "处理决定数量"))),
            new T2Block("六", "2019", List.of(PENALTY, COERCION), List.of(
                    new Column("PREV_ITEMS", "上一年项目数量"), new Column("CHANGE", "本年增/减"), new Column("DECISIONS", "处理决定数量"))),
            new T2Block("八", "2019", List.of(FEES), List.of(
                    new Column("PREV_ITEMS", "上一年项目数量"), new Column("CHANGE", "本年增/减"))),
            new T2Block("九", "2019", List.of(PROCUREMENT), List.of(
                    new Column("PROC_ITEMS", "采购项目数量"), new Column("PROC_AMOUNT", "采购总金额"))));

    /** Column labels only one template uses: finding one says which format the report follows. */
    static final List<String> LABELS_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
            "本年增/减", "政府集中采购", "采购项目数量", "采购总金额");
    static final List<String> LABELS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额");
}
