package org.nianbao.checker.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.nianbao.checker.bench.BenchmarkRuns;
import org.nianbao.checker.bench.PdfRatio;
import org.nianbao.checker.bench.ReportGenerator;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.rules.ReportChecker;
import org.nianbao.checker.run.ReportPipeline;
import org.nianbao.checker.run.RuleSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code checker bench}: generates N reports with known defects, runs the checker on them as a user would (fresh
 * JVMs), and reports throughput, cold start and peak memory, plus PDF checking against bare PDFBox extraction.
 * Every injected defect must be found, so speed is never bought with misses.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"性能基准：生成 N 份带已知问题的年报并计时（吞吐量、冷启动、内存峰值、PDF 与 PDFBox 纯提取之比）。",
                "Benchmark: throughput, cold start, peak memory and the PDF ratio, with injected defects verified."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", defaultValue = "10000", description = "生成的报告数 / reports to generate (default ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--work", defaultValue = "target/bench", description = "工作目录 / work folder (default ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--pdf", split = ",", description = "用于 PDF 比较的文件 / PDFs for the PDF ratio (default: src/test/resources/corpus/*.pdf)")
    List<Path> pdfs = new ArrayList<>();

    @Option(names = "--pdf-rounds", defaultValue = "20", description = "PDF 比较的轮数 / rounds over the PDFs (default ${DEFAULT-VALUE})")
    int pdfRounds;

    @Option(names = "--formats", split = ",", defaultValue = "txt",
            description = "生成报告的格式，轮流使用：txt、html、docx，默认 ${DEFAULT-VALUE}（速度目标按文本报告）/ formats of the generated reports, in turn")
    List<String> formats;

    @Option(names = "--skip-full", description = "不测工作簿输出 / skip the run with workbooks")
    boolean skipFull;

    @Option(names = "--years-per-agency", defaultValue = "2",
            description = "每个机关连续几个年度的报告（跨年度检查因此有可比较的报告），默认 ${DEFAULT-VALUE} / consecutive years per agency (default ${DEFAULT-VALUE})")
    int yearsPerAgency;
    @Option(names = "--scans", arity = "0..1", fallbackValue = "src/test/resources/fixtures/scans",
            description = {"只测扫描件识别：每页秒数和表格单元格正确/未评估/错误数（与同名文字版 PDF 比较），默认目录 ${FALLBACK-VALUE}",
                    "scans only: OCR seconds per page and table cells correct / not assessed / wrong against the text versions"})
    Path scans;

    @Option(names = "--scan-sources", split = ",", defaultValue = "src/test/resources/fixtures/seeds,src/test/resources/corpus",
            description = "扫描件对应的文字版 PDF 所在目录 / folders of the text versions of the scans (default ${DEFAULT-VALUE})")
    List<Path> scanSources;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (scans != null) {
            var settings = org.nianbao.checker.rules.CheckerSettings.load(Path.of("rules")).parser();
            return org.nianbao.checker.bench.ScanBench.run(scans, scanSources, settings, out);
        }
        Path jar = BenchmarkRuns.runningJar();
        if (jar == null) {
            spec.commandLine().getErr().println("请用 ./checker bench 运行（需要打包后的 jar）/ run through ./checker (needs the packaged jar)");
            return ExitCodes.CANNOT_RUN;
        }
        Path in = work.resolve("in");
        BenchmarkRuns.clean(work);
        long g0 = System.nanoTime();
        ReportGenerator.Manifest manifest = new ReportGenerator(Path.of("reports-in"), 20261121L, yearsPerAgency).generate(reports, in, formats);
        out.printf("生成 %d 份报告（%d 个机关，格式 %s）用时 %.1f s，注入问题 %d 处 / generated%n", reports,
                (reports + yearsPerAgency - 1) / Math.max(1, yearsPerAgency), String.join("、", formats),
                (System.nanoTime() - g0) / 1e9, manifest.reports().stream().mapToInt(e -> e.injected().size()).sum());
        out.printf("machine: %d cores, %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
        out.flush();

        var cold = BenchmarkRuns.child(jar, work, "cold", false, "check", "--format", "json", "--out", work.resolve("out-cold").toString(),
                "reports-in/001_e4a3f774cb655e90.txt");
        out.printf("冷启动（1 份报告，含规则编译）/ cold start, one report: %.2f s, peak RSS %d MB, exit %d%n", cold.seconds(), cold.peakMb(), cold.exitCode());

        var json = BenchmarkRuns.child(jar, work, "json", reports >= 500, "check", "-q", "--format", "json", "--out", work.resolve("out-json").toString(), in.toString());
        out.printf("%d 份，仅 JSON / JSON only: %.2f s (%.0f reports/s), peak RSS %d MB, exit %d%n", reports, json.seconds(),
                reports / json.seconds(), json.peakMb(), json.exitCode());
        out.flush();
        int misses = verify(manifest, work.resolve("out-json"), out);
        var jsonAlone = BenchmarkRuns.child(jar, work, "json-nocross", reports >= 500, "check", "-q", "--format", "json",
                "--no-cross-checks", "--out", work.resolve("out-json-nocross").toString(), in.toString());
        out.printf("%d 份，仅 JSON，不做跨报告检查 / JSON only, without the checks across reports: %.2f s, peak RSS %d MB, exit %d%n",
                reports, jsonAlone.seconds(), jsonAlone.peakMb(), jsonAlone.exitCode());
        out.printf("跨报告检查（跨年度、内容雷同）的耗时比 / checks across reports, time ratio (JSON only): %.2f%n",
                json.seconds() / jsonAlone.seconds());
        acrossFindings(work.resolve("out-json"), out);

        if (!skipFull) {
            var full = BenchmarkRuns.child(jar, work, "full", reports >= 500, "check", "-q", "--out", work.resolve("out-full").toString(), in.toString());
            long workbooks;
            try (Stream<Path> s = Files.list(work.resolve("out-full"))) {
                workbooks = s.filter(p -> p.toString().endsWith(".xlsx")).count();
            }
            out.printf("%d 份，全部输出（%d 个工作簿 + 汇总 + JSON）/ end to end: %.2f s (%.0f reports/s), peak RSS %d MB, exit %d%n",
                    reports, workbooks, full.seconds(), reports / full.seconds(), full.peakMb(), full.exitCode());
            var fullAlone = BenchmarkRuns.child(jar, work, "full-nocross", reports >= 500, "check", "-q", "--no-cross-checks",
                    "--out", work.resolve("out-full-nocross").toString(), in.toString());
            out.printf("%d 份，全部输出，不做跨报告检查 / end to end without the checks across reports: %.2f s, peak RSS %d MB; 耗时比 / ratio %.2f%n",
                    reports, fullAlone.seconds(), fullAlone.peakMb(), full.seconds() / fullAlone.seconds());
            out.flush();
        }

        List<Path> pdfFiles = pdfs.isEmpty() ? BenchmarkRuns.corpusPdfs() : pdfs;
        if (!pdfFiles.isEmpty()) {
            RuleSetup setup = RuleSetup.load(Path.of("rules"), spec.commandLine().getErr());
            ReportPipeline pipeline = new ReportPipeline(Readers.standard(), new ReportParser(setup.settings().parser()),
                    new ReportChecker(setup.rules(), setup.settings()));
            PdfRatio.Result r = PdfRatio.measure(pdfFiles, pipeline::check, pdfRounds);
            out.printf("PDF：%d 个文件 × %d 轮，检查 %.2f s，PDFBox 纯文本提取 %.2f s，比值 %.2f / PDF check vs bare PDFBox extraction: ratio %.2f%n",
                    r.files(), r.rounds(), r.checkSeconds(), r.bareSeconds(), r.ratio(), r.ratio());
        }
        out.printf("注入问题漏检 / injected defects missed: %d%n", misses);
        out.flush();
        return misses == 0 ? ExitCodes.CLEAN : ExitCodes.ERRORS_FOUND;
    }

    /** How many findings the checks across reports gave, by rule. */
    private static void acrossFindings(Path outDir, PrintWriter out) throws Exception {
        JsonNode json = new ObjectMapper().readTree(outDir.resolve("findings.json").toFile());
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (JsonNode r : json.get("reports")) {
            for (JsonNode f : r.get("findings")) {
                String rule = f.get("rule").asText();
                if (rule.equals("CARRY_OVER_MISMATCH") || rule.equals("DOC_COUNT_DRIFT") || rule.equals("TEXT_COPIED")) {
                    counts.merge(rule, 1, Integer::sum);
                }
            }
        }
        out.printf("跨报告检查的问题 / findings across reports: %s%n", counts);
    }

    /** Every injected defect must appear among its report's findings. */
    private static int verify(ReportGenerator.Manifest manifest, Path outDir, PrintWriter out) throws Exception {
        JsonNode json = new ObjectMapper().readTree(outDir.resolve("findings.json").toFile());
        Map<String, List<String>> found = new HashMap<>();
        for (JsonNode r : json.get("reports")) {
            List<String> ids = new ArrayList<>();
            for (JsonNode f : r.get("findings")) ids.add(f.get("rule").asText());
            found.put(Path.of(r.get("file").asText()).getFileName().toString(), ids);
        }
        int misses = 0, injected = 0;
        for (ReportGenerator.Entry e : manifest.reports()) {
            List<String> ids = found.getOrDefault(e.file(), List.of());
            for (String rule : e.injected()) {
                injected++;
                if (!ids.contains(rule)) {
                    misses++;
                    if (misses <= 10) out.printf("  漏检 / missed: %s %s%n", e.file(), rule);
                }
            }
        }
        out.printf("注入问题 %d 处，检出 %d 处 / injected %d, found %d%n", injected, injected - misses, injected, injected - misses);
        return misses;
    }
}
