package org.nianbao.checker.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.nianbao.checker.model.CheckNeeds;

/**
 * The rules of one run: every {@code .drl} file under the rule folder, compiled once when the run starts. The
 * compiled base is shared by all reports (it is thread-safe); each report gets its own session.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final Path dir;
    private final List<Path> files;
    private final String version;

    private RuleBase(KieBase kieBase, Path dir, List<Path> files, String version) {
        this.kieBase = kieBase;
        this.dir = dir;
        this.files = files;
        this.version = version;
    }

    /** Compiles the folder, or reports every problem with its file and line. */
    public static RuleBase compile(Path dir) throws RuleCompilationException {
        List<Path> files = ruleFiles(dir);
        if (files.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleProblem(dir, 0,
                    "规则目录中没有 .drl 规则文件 / no .drl rule files in this folder")));
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // a fresh release id per build: the KieRepository keeps modules by id
        ReleaseId rid = ks.newReleaseId("org.nianbao", "officer-rules", "1.0." + System.nanoTime());
        kfs.generateAndWritePomXML(rid);
        Map<String, Path> byVirtualPath = new LinkedHashMap<>();
        for (Path p : files) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            String vpath = "src/main/resources/rules/" + rel;
            kfs.write(vpath, ks.getResources().newFileSystemResource(p.toFile()).setSourcePath("rules/" + rel));
            byVirtualPath.put("rules/" + rel, p);
        }
        KieBuilder kb = ks.newKieBuilder(kfs);
        kb.buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            String text = firstLine(m.getText());
            if (text.startsWith("Parser returned a null Package")) continue;  // follows every syntax error
            Path file = byVirtualPath.getOrDefault(m.getPath(), dir.resolve(String.valueOf(m.getPath())));
            problems.add(new RuleProblem(file, Math.max(m.getLine(), 0), RuleMessages.explain(text)));
        }
        // metadata mistakes are found from the text, so they are listed together with the compiler's errors
        problems.addAll(RuleValidator.scan(files));
        if (!problems.isEmpty()) throw new RuleCompilationException(problems);
        // a rule whose action throws is recorded as a RuleFailure and the other rules go on (see RuleFailureHandler)
        KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFailureHandler.class));
        KieBase base = ks.newKieContainer(rid).newKieBase(conf);
        ks.getRepository().removeKieModule(rid);
        return new RuleBase(base, dir, files, fingerprint(dir));
    }

    /**
     * The same folder compiled again without the named rules: for a report on which a rule's conditions throw
     * (its conditions are evaluated for every fact, so the only way to check the report with the other rules is a
     * rule base without it). The shared base is not changed; other reports still get the rule.
     */
    public RuleBase without(java.util.Set<String> ruleNames) throws RuleCompilationException {
        RuleBase copy = compile(dir);
        for (Rule r : copy.rules()) {
            if (ruleNames.contains(r.getName())) copy.kieBase.removeRule(r.getPackageName(), r.getName());
        }
        return copy;
    }

    static List<Path> ruleFiles(Path dir) throws RuleCompilationException {
        if (!Files.isDirectory(dir)) {
            throw new RuleCompilationException(List.of(new RuleProblem(dir, 0, "规则目录不存在 / rule folder not found")));
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".drl"))
                    .filter(p -> !p.getFileName().toString().startsWith("~$") && !p.getFileName().toString().startsWith(".~lock"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new RuleCompilationException(List.of(new RuleProblem(dir, 0, "无法读取规则目录：" + e.getMessage())));
        }
    }

    private static String firstLine(String text) {
        if (text == null) return "";
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    /**
     * First 12 hex digits of a SHA-256 over every file in the rule folder (names and contents): the DRL, but also
     * settings.yaml and anything else an officer keeps there, so a changed deadline or severity is a new version
     * and a comparison across it says so. Editor lock files and hidden files are left out.
     */
    static String fingerprint(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> all = s.filter(Files::isRegularFile).filter(p -> !isScratch(dir.relativize(p))).sorted().toList();
            for (Path p : all) {
                md.update(dir.relativize(p).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException | IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Hidden files, editor lock and backup files: not part of what the officer wrote. */
    private static boolean isScratch(Path rel) {
        for (Path part : rel) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("~$") || n.endsWith("~")) return true;
        }
        return false;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Path dir() {
        return dir;
    }

    public List<Path> files() {
        return files;
    }

    public String version() {
        return version;
    }

    /**
     * What each check needs, for the 未能评估 sheet: what its {@code @needs("T3")} names (validated by
     * {@link RuleValidator}), and the year for every check {@code settings} apply from or until a year (without a
     * year such a check is not made, see {@link CheckerSettings#applies}).
     */
    public CheckNeeds needs(CheckerSettings settings) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        for (Rule r : rules()) {
            String id = metadata(r.getMetaData(), "id");
            String needs = metadata(r.getMetaData(), "needs");
            if (id == null || needs == null || r.getMetaData().containsKey("helper")) continue;
            byId.computeIfAbsent(id, k -> new ArrayList<>()).addAll(CheckNeeds.split(needs));
        }
        for (String id : settings.yearBound()) byId.computeIfAbsent(id, k -> new ArrayList<>()).add(CheckNeeds.YEAR);
        return CheckNeeds.of(byId);
    }

    /** A rule's metadata value as written between its quotes, or null. */
    static String metadata(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) return null;
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Every rule with its metadata, in package and name order. */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) all.addAll(pkg.getRules());
        all.sort(java.util.Comparator.comparing(Rule::getPackageName).thenComparing(Rule::getName));
        return all;
    }
}
