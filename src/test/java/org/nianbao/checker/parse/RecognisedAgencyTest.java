package org.nianbao.checker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An agency recognised from a scan is used only where the rest of the report bears it out. */
class RecognisedAgencyTest {

    /** Lines of 洪泽区 2023's body and signature as the engine recognised them at 200 dpi. */
    private static final List<String> HONGZE_BODY = List.of(
            "2023年,洪泽区政府信息公开工作取得一定的成效,但对照",
            "2023年,区政府严格落实《政府信息公开信息处理费管理办",
            "围绕区委区政府中心工作,进一步梳理明",
            "淮安市洪泽区人民政府");

    @Test
    void aNameWrittenAgainInTheBodyIsConfirmed() {
        RecognisedAgency.Checked c = RecognisedAgency.check("洪泽区人民政府", HONGZE_BODY, false);
        assertThat(c.outcome()).isEqualTo(RecognisedAgency.Outcome.CONFIRMED);
        assertThat(c.name()).isEqualTo("洪泽区人民政府");
    }

    @Test
    void aMisreadCharacterIsCorrectedByTheWordTheBodyWritesTwice() {
        // the 200-dpi scan's title: 洪 read as 潜 with high confidence
        RecognisedAgency.Checked c = RecognisedAgency.check("潜泽区人民政府", HONGZE_BODY, false);
        assertThat(c.outcome()).isEqualTo(RecognisedAgency.Outcome.CORRECTED);
        assertThat(c.name()).isEqualTo("洪泽区人民政府");
    }

    @Test
    void withoutTwoWitnessesTheNameIsNotCertain() {
        // written once only: one more misread must not decide the name
        assertThat(RecognisedAgency.check("潜泽区人民政府", List.of("2023年,洪泽区政府信息公开工作取得一定的成效"), true).outcome())
                .isEqualTo(RecognisedAgency.Outcome.NOT_CERTAIN);
        assertThat(RecognisedAgency.check("潜泽区人民政府", List.of("本机关政府信息公开工作"), true).name()).isNull();
    }

    @Test
    void twoDifferentNeighboursLeaveTheNameNotCertain() {
        // 清河区 and 清浦区 are both districts of 淮安: a title read as 清江区 is not corrected to either
        List<String> body = List.of("清河区、清浦区两区合并", "原清河区", "原清浦区");
        assertThat(RecognisedAgency.check("清江区人民政府", body, true).outcome()).isEqualTo(RecognisedAgency.Outcome.NOT_CERTAIN);
    }

    @Test
    void aCityWrittenOnlyInTheSignatureIsKeptWhenTheRestIsBorneOutAndTheLineWasReadSurely() {
        // seed 004: no title; the signature 德阳市罗江区教育局 (confidence 95) over a body that says 罗江区教育局
        List<String> body = List.of("2020年,罗江区教育局主动公开政府信息1828条。按照政府", "全年罗江区教育局未接到公民、法人和其他组织提出政府信息公开申");
        assertThat(RecognisedAgency.check("德阳市罗江区教育局", body, true).name()).isEqualTo("德阳市罗江区教育局");
        // the same line read under the threshold: the city is not borne out, so the name is not certain
        assertThat(RecognisedAgency.check("德阳市罗江区教育局", body, false).outcome()).isEqualTo(RecognisedAgency.Outcome.NOT_CERTAIN);
        // nothing of it borne out: not certain however surely it was read
        assertThat(RecognisedAgency.check("德阳市罗江区教育局", List.of("本局"), true).outcome()).isEqualTo(RecognisedAgency.Outcome.NOT_CERTAIN);
    }

    @Test
    void everyPlaceOfTheNameMustBeBorneOut() {
        assertThat(RecognisedAgency.parts("淮安市洪泽区人民政府")).containsExactly("淮安市", "洪泽区");
        assertThat(RecognisedAgency.parts("淮安市人民政府办公室")).containsExactly("淮安市");
        assertThat(RecognisedAgency.parts("淮安市财政局")).containsExactly("淮安市", "财政局");
        // the department is misread (财致局), the city is not: the department decides
        assertThat(RecognisedAgency.check("淮安市财致局", List.of("淮安市政府", "本局"), true).outcome())
                .isEqualTo(RecognisedAgency.Outcome.NOT_CERTAIN);
        assertThat(RecognisedAgency.check("淮安市财致局", List.of("淮安市财政局", "市财政局"), false).name()).isEqualTo("淮安市财政局");
    }
}
