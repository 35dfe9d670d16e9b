package org.nianbao.checker.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.checker.model.UnreadableInputException;

/** Seed 000 re-encoded the ways agencies save text: the decoded text is the same every time. */
class TextReaderEncodingTest {

    static final Path SEED = Path.of("reports-in/000_41ea44dbb3ddc373.txt");

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "GBK", "UTF-16LE", "UTF-16BE"})
    void seedDecodesIdenticallyInEveryEncoding(String charset) throws Exception {
        String text = Files.readString(SEED);
        byte[] bytes = text.getBytes(Charset.forName(charset));
        assertThat(TextReader.decode(bytes)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
    void byteOrderMarksAreHonouredAndDropped(String charset) throws Exception {
        String text = Files.readString(SEED);
        byte[] bom = charset.equals("UTF-8") ? new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.equals("UTF-16LE") ? new byte[]{(byte) 0xFF, (byte) 0xFE} : new byte[]{(byte) 0xFE, (byte) 0xFF};
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        assertThat(TextReader.decode(all)).isEqualTo(text);
    }

    @Test
    void emptyBytesAreUnreadableWithAReason() {
        assertThatThrownBy(() -> TextReader.decode(new byte[0]))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("文件为空");
    }

    @Test
    void tabsAndPipesMakeRows() {
        var blocks = TextReader.toBlocks("规章\t0\t0\t0\n规章 | 0 | 0 | 0 |\n一、总体情况");
        assertThat(blocks.get(0).cells()).containsExactly("规章", "0", "0", "0");
        assertThat(blocks.get(1).cells()).containsExactly("规章 ", " 0 ", " 0 ", " 0 ");
        assertThat(blocks.get(2).text()).isEqualTo("一、总体情况");
        assertThat(blocks.get(2).location().line()).isEqualTo(3);
        assertThat("x".getBytes(StandardCharsets.UTF_8)).hasSize(1);
    }
}
