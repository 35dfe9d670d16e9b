package org.nianbao.checker.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Report;
import org.nianbao.checker.model.SourceFormat;

class SafeFileNamesTest {

    @Test
    void windowsForbiddenCharactersBecomeUnderscores() {
        assertThat(SafeFileNames.sanitize("a/b\\c:d*e?f\"g<h>i|j")).isEqualTo("a_b_c_d_e_f_g_h_i_j");
        assertThat(SafeFileNames.sanitize("某某市/区 教育局")).isEqualTo("某某市_区 教育局");
    }

    @Test
    void controlCharactersAndTrailingDotsAndSpacesGo() {
        assertThat(SafeFileNames.sanitize("教育局\u0000\u001f")).isEqualTo("教育局__");
        assertThat(SafeFileNames.sanitize("  ..教育局.. \u3000")).isEqualTo("教育局");
        assertThat(SafeFileNames.sanitize("教育局\n办公室")).isEqualTo("教育局_办公室");
    }

    @Test
    void deviceNamesAreNeverUsedAsIs() {
        assertThat(SafeFileNames.sanitize("CON")).isEqualTo("CON_");
        assertThat(SafeFileNames.sanitize("con")).isEqualTo("con_");
        assertThat(SafeFileNames.sanitize("NUL.txt")).isEqualTo("NUL_.txt");
        assertThat(SafeFileNames.sanitize("COM1")).isEqualTo("COM1_");
        assertThat(SafeFileNames.sanitize("LPT9")).isEqualTo("LPT9_");
        assertThat(SafeFileNames.sanitize("CONSOLE")).isEqualTo("CONSOLE");
    }

    @Test
    void emptyNamesGetAName() {
        assertThat(SafeFileNames.sanitize("")).isEqualTo("未命名");
        assertThat(SafeFileNames.sanitize("...")).isEqualTo("未命名");
        assertThat(SafeFileNames.sanitize("???")).isEqualTo("未命名___");
    }

    @Test
    void longNamesAreCutKeepingChinese() {
        String name = "某".repeat(200);
        // 80 characters, or 180 bytes in UTF-8 (Linux's limit is 255 bytes a name): 60 Chinese characters
        assertThat(SafeFileNames.sanitize(name)).hasSize(SafeFileNames.MAX_BYTES / 3).matches("某+");
        assertThat(SafeFileNames.sanitize("a".repeat(200))).hasSize(SafeFileNames.MAX_LENGTH);
        String emoji = "\uD83D\uDE00".repeat(100); // surrogate pairs are not split; four bytes each in UTF-8
        assertThat(SafeFileNames.sanitize(emoji)).isEqualTo("\uD83D\uDE00".repeat(SafeFileNames.MAX_BYTES / 4));
    }

    @Test
    void agenciesThatCleanUpAlikeGetDistinctNamesAndTheSameAgencyKeepsItsName() {
        SafeFileNames names = new SafeFileNames();
        String a = names.forAgency("某某市/教育局");
        String b = names.forAgency("某某市:教育局");
        assertThat(a).isEqualTo("某某市_教育局");
        assertThat(b).isEqualTo("某某市_教育局(2)");
        assertThat(names.forAgency("某某市/教育局")).isEqualTo(a);
        assertThat(names.forAgency("Summary")).isEqualTo("Summary(2)"); // summary.xlsx is the office's file
    }

    @Test
    void reportsWithoutAgencyAreNamedAfterTheirFile() {
        SafeFileNames names = new SafeFileNames();
        Report one = Report.unreadable("in/a/报告.pdf", "报告.pdf", SourceFormat.PDF, null);
        Report two = Report.unreadable("in/b/报告.pdf", "报告.pdf", SourceFormat.PDF, null);
        assertThat(names.forReport(one)).isEqualTo("未识别机关-报告.pdf");
        assertThat(names.forReport(two)).isEqualTo("未识别机关-报告.pdf(2)");
        assertThat(names.forReport(one)).as("the same report, asked again").isEqualTo("未识别机关-报告.pdf");
    }
}
