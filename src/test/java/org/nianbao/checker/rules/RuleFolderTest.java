package org.nianbao.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes an officer makes in the rule folder, each reported with file and line. */
class RuleFolderTest {

    static Path copy(Path dir) throws Exception {
        try (var files = Files.list(Path.of("rules"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.copy(p, dir.resolve(p.getFileName().toString()));
        }
        return dir;
    }

    static RuleCompilationException failure(Path dir) {
        return catchThrowableOfType(RuleCompilationException.class, () -> {
            CheckerSettings.load(dir);
            RuleValidator.validate(RuleBase.compile(dir));
        });
    }

    @Test
    void unknownFieldIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        copy(dir);
        Path f = dir.resolve("identity.drl");
        Files.writeString(f, Files.readString(f).replace("title == null", "titel == null"));
        RuleProblem p = failure(dir).problems().get(0);
        assertThat(p.file().getFileName().toString()).isEqualTo("identity.drl");
        assertThat(p.line()).isEqualTo(15);
        assertThat(p.message()).contains("titel");
    }

    @Test
    void syntaxErrorGivesFileAndLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
        copy(dir);
        Path f = dir.resolve("structure.drl");
        Files.writeString(f, Files.readString(f).replaceFirst("then\n", "thenn\n"));
        RuleCompilationException e = failure(dir);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.describe()).doesNotContain("Exception").doesNotContain("\n"));
        assertThat(e.problems().get(0).file().getFileName().toString()).isEqualTo("structure.drl");
        assertThat(e.problems().get(0).line()).isPositive();
    }

    @Test
    void duplicateIdInAnotherFileIsRefused(@TempDir Path dir) throws Exception {
        copy(dir);
        String text = Files.readString(dir.resolve("identity.drl"))
                .replace("package rules.identity;", "package rules.extra;")
                .replace("rule \"AGENCY_UNKNOWN", "rule \"copy of AGENCY_UNKNOWN")
                .replace("rule \"YEAR_UNKNOWN", "rule \"copy of YEAR_UNKNOWN")
                .replace("rule \"TITLE_MISSING", "rule \"copy of TITLE_MISSING");
        Files.writeString(dir.resolve("extra.drl"), text);
        RuleCompilationException e = failure(dir);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.describe())
                .contains("extra.drl").contains("identity.drl").contains("AGENCY_UNKNOWN").contains("重复"));
    }

    @Test
    void badSeverityOverrideInSettingsIsReportedByLine(@TempDir Path dir) throws Exception {
        copy(dir);
        Path f = dir.resolve("settings.yaml");
        Files.writeString(f, Files.readString(f).replace("severity: {}", "severity:\n  PERIOD_NOT_STATED: FATAL"));
        RuleProblem p = failure(dir).problems().get(0);
        assertThat(p.file().getFileName().toString()).isEqualTo("settings.yaml");
        assertThat(p.message()).contains("FATAL");
        assertThat(Files.readAllLines(f).get(p.line() - 1)).contains("PERIOD_NOT_STATED");
    }

    @Test
    void threeDifferentMistakesAreAllReportedInOneRun(@TempDir Path dir) throws Exception {
        copy(dir);
        Path statements = dir.resolve("statements.drl");
        Files.writeString(statements, Files.readString(statements).replaceFirst("then\n", "thenn\n"));           // syntax
        Path identity = dir.resolve("identity.drl");
        Files.writeString(identity, Files.readString(identity).replace("title == null", "titel == null")); // unknown field
        Files.writeString(dir.resolve("extra.drl"), String.join("\n",                                       // duplicate ID
                "package rules.extra;", "import org.nianbao.checker.model.*;",
                "rule \"another fee rule\"", "    @id(\"FEE_NOT_DISCLOSED\") @severity(\"WARN\") @basis(\"x\") @message(\"x\") @messageEn(\"x\") @hint(\"x\")",
                "when", "    Report( year == 1999 )", "then", "end", ""));
        List<RuleProblem> problems = failure(dir).problems();
        assertThat(problems).anySatisfy(p -> assertThat(p.describe()).startsWith(statements.toString() + ":"));
        assertThat(problems).anySatisfy(p -> assertThat(p.describe()).contains("identity.drl:15:").contains("titel"));
        assertThat(problems).anySatisfy(p -> assertThat(p.describe()).contains("FEE_NOT_DISCLOSED").contains("重复")
                .containsPattern("(extra|statements)\\.drl:\\d+:"));
    }
}
