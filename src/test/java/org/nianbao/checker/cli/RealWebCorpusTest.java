package org.nianbao.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real department reports crawled from a government portal (corpus/real-web), each held to its entry in
 * expect.json: the agency and year, every "must" finding, at least one of the "any" findings, and none of the
 * "never" findings ("ERROR" in a never list means no ERROR-severity finding at all). The reasoning behind each
 * expectation is in corpus/real-web/LABELS.md.
 */
class RealWebCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus/real-web");
    @TempDir
    static Path out;
    static JsonNode json;

    @BeforeAll
    static void checkTheCorpus() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--out", out.toString(), "--format", "json"));
        expectations().forEach(e -> args.add(CORPUS.resolve(e.get("file").asText()).toString()));
        CheckRunner.Run run = CheckRunner.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        json = CheckRunner.findings(out);
    }

    static Stream<JsonNode> expectations() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        new ObjectMapper().readTree(CORPUS.resolve("expect.json").toFile()).forEach(all::add);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void reportGetsItsExpectedFindings(JsonNode expect) {
        String file = expect.get("file").asText();
        JsonNode r = CheckRunner.report(json, "/" + file);
        List<String> found = CheckRunner.rules(r);
        String shown = file + " → " + found;
        assertThat(r.get("agency").asText()).as(shown).isEqualTo(expect.get("agency").asText());
        assertThat(r.get("year").asInt()).as(shown).isEqualTo(expect.get("year").asInt());
        for (JsonNode must : expect.get("must")) assertThat(found).as(shown).contains(must.asText());
        if (expect.has("any")) {
            List<String> any = new ArrayList<>();
            expect.get("any").forEach(a -> any.add(a.asText()));
            assertThat(found).as(shown + " needs one of " + any).containsAnyElementsOf(any);
        }
        for (JsonNode never : expect.get("never")) {
            if (never.asText().equals("ERROR")) {
                assertThat(CheckRunner.rules(r, "ERROR")).as(shown).isEmpty();
            } else {
                assertThat(found).as(shown).doesNotContain(never.asText());
            }
        }
    }
}
