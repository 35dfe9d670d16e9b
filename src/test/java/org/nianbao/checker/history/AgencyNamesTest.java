package org.nianbao.checker.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Agency names across years: the same name with or without its region prefix, never two places' namesakes. */
class AgencyNamesTest {

    @Test
    void aNameWithAndWithoutItsRegionPrefixIsOneAgency() {
        assertThat(AgencyNames.same("乐山市金口河区教育局", "金口河区教育局")).isTrue();
        assertThat(AgencyNames.same("四川省乐山市金口河区教育局", "乐山市金口河区教育局")).isTrue();
        assertThat(AgencyNames.same("广州市越秀区教育局", "越秀区教育局")).isTrue();
        assertThat(AgencyNames.key("乐山市金口河区教育局")).isEqualTo("金口河区教育局");
        assertThat(AgencyNames.key("金口河区教育局")).isEqualTo("金口河区教育局");
    }

    @Test
    void traditionalCharactersSpacesAndFullWidthDoNotMatter() {
        assertThat(AgencyNames.same("柳州市柳江區教育局", "柳江区 教育局")).isTrue();
        assertThat(AgencyNames.normalise("互助县 教育局（本级）")).isEqualTo("互助县教育局本级");
    }

    @Test
    void namesakesOfTwoPlacesAndBareDepartmentNamesAreNotMatched() {
        assertThat(AgencyNames.same("北京市朝阳区教育局", "长春市朝阳区教育局")).isFalse();
        assertThat(AgencyNames.same("乐山市金口河区教育局", "教育局")).isFalse();
        assertThat(AgencyNames.same("南关区教育局", "南关区民政局")).isFalse();
        assertThat(AgencyNames.same(null, "南关区教育局")).isFalse();
    }
}
