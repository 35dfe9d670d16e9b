package org.nianbao.checker.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.DocumentFlag;
import org.nianbao.checker.read.TextReader;

class DocumentNormalizerTest {

    @Test
    void seed003RepeatedBodyIsCutAtItsSecondTitle() throws Exception {
        Document doc = new TextReader().read(Path.of("reports-in/003_1df9ee14cdc84c49.txt"));
        DocumentNormalizer.Result result = new DocumentNormalizer().normalize(doc);

        DocumentFlag dup = result.flags().stream().filter(f -> f.kind() == DocumentFlag.Kind.DUPLICATE_CONTENT).findFirst().orElseThrow();
        assertThat(dup.location().line()).isEqualTo(312);
        assertThat(result.document().blocks()).hasSize(311);
        assertThat(result.document().blocks().get(2).text()).isEqualTo("柳州市柳江区教育局2024年度");
    }

    @Test
    void seed003RunsOfQuestionMarksAreReportedAsDamage() throws Exception {
        Document doc = new TextReader().read(Path.of("reports-in/003_1df9ee14cdc84c49.txt"));
        DocumentFlag damage = new DocumentNormalizer().normalize(doc).flags().stream()
                .filter(f -> f.kind() == DocumentFlag.Kind.TEXT_DAMAGED).findFirst().orElseThrow();
        assertThat(damage.detail()).contains("????");
    }

    @Test
    void aReportThatAppearsOnceIsNotADuplicate() throws Exception {
        Document doc = new TextReader().read(Path.of("reports-in/001_e4a3f774cb655e90.txt"));
        assertThat(new DocumentNormalizer().normalize(doc).flags()).isEmpty();
    }
}
