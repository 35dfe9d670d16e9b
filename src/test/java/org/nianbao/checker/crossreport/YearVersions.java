package org.nianbao.checker.crossreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reports of one agency for consecutive years, made from seed 002 (互助县教育局, tab-separated tables): the year
 * moved, and table 三's 上年结转 / 结转下年度 rows and table 二's 规章 row set as a test needs.
 */
final class YearVersions {

    static final Path SEED_002 = Path.of("reports-in/002_ced1e3ba6e50580e.txt");
    static final Path SEED_001 = Path.of("reports-in/001_e4a3f774cb655e90.txt");
    static final String NEW = "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0";
    static final String CARRIED_IN = "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0";
    static final String CARRIED_OUT = "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0";
    static final String RULES = "规章\t1\t0\t1";

    private YearVersions() {
    }

    /** Seed 002 as the report of {@code year} (published in January of the next). */
    static String ofYear(int year) throws Exception {
        String text = Files.readString(SEED_002);
        assertThat(text).contains(NEW, CARRIED_IN, CARRIED_OUT, RULES, "2024 年度互助县教育局", "2025年1月7日");
        return text.replace("2025", "@NEXT@").replace("2024", String.valueOf(year)).replace("@NEXT@", String.valueOf(year + 1));
    }

    /** "\t2\t0\t0\t0\t0\t0\t2": a table 三 row with {@code natural} in 自然人 and 总计. */
    static String natural(int natural) {
        return "\t" + natural + "\t0\t0\t0\t0\t0\t" + natural;
    }

    /** 2023: two new applications, both carried forward to 2024 (the table balances). */
    static String year2023() throws Exception {
        return ofYear(2023).replace(NEW, "一、本年新收政府信息公开申请数量" + natural(2))
                .replace(CARRIED_OUT, "四、结转下年度继续办理\t" + natural(2));
    }

    /** 2024 with {@code carriedIn} carried over from 2023 and forward again, 规章 in force {@code inForce} (1 issued, 0 repealed). */
    static String year2024(int carriedIn, int inForce) throws Exception {
        return ofYear(2024).replace(CARRIED_IN, "二、上年结转政府信息公开申请数量" + natural(carriedIn))
                .replace(CARRIED_OUT, "四、结转下年度继续办理\t" + natural(carriedIn))
                .replace(RULES, "规章\t1\t0\t" + inForce);
    }

    static Path write(Path dir, String name, String text) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }
}
