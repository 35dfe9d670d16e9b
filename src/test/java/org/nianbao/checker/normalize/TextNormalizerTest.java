package org.nianbao.checker.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void traditionalHeadingsBecomeSimplified() {
        // seed 003
        assertThat(TextNormalizer.normalize("?三、收到和處理政府信息公開申請情況")).isEqualTo("三、收到和处理政府信息公开申请情况");
    }

    @Test
    void aCellWithoutTelltaleCharactersIsConvertedWhenTheDocumentIsTraditional() {
        assertThat(TextNormalizer.normalize("行政許可 ", true)).isEqualTo("行政许可");
    }

    @Test
    void fullWidthBracketsAndDigitsBecomeAscii() {
        assertThat(TextNormalizer.normalize("（七）总计　１２")).isEqualTo("(七)总计 12");
    }

    @Test
    void conversionDebrisIsRemoved() {
        // seed 001: "[bookmark: _GoBack]六、其他需要报告的事项"
        assertThat(TextNormalizer.normalize("[bookmark: _GoBack]六、其他需要报告的事项")).isEqualTo("六、其他需要报告的事项");
        assertThat(TextNormalizer.normalize("\u200B二、主动公开政府信息情况\uFEFF")).isEqualTo("二、主动公开政府信息情况");
    }

    @Test
    void compactDropsEveryKindOfSpace() {
        assertThat(TextNormalizer.compact("自 然 人\u3000")).isEqualTo("自然人");
    }
}
