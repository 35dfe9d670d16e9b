package org.nianbao.checker.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.nianbao.checker.model.Document;
import org.nianbao.checker.read.PdfReader;
import org.nianbao.checker.read.scan.Tesseract;

/**
 * {@code checker bench --scans}: reads every scan fixture ({@code <name>-<dpi>.pdf}) by OCR, two files at a time as a
 * run on two cores does, and compares its table cells with the text version of the same PDF. Prints OCR seconds per
 * page and, per fixture, the cells read correctly, not assessed and wrong at the configured threshold, then how the
 * totals move with the threshold.
 */
public final class ScanBench {

    private record Measured(Path scan, int pages, double seconds, List<ScanAccuracy.Cell> cells) {
    }

    private ScanBench() {
    }

    public static int run(Path dir, List<Path> sources, double threshold, PrintWriter out) throws Exception {
        Optional<Tesseract> engine = Tesseract.installed();
        if (engine.isEmpty()) {
            out.println("未安装文字识别引擎 / no OCR engine: " + Tesseract.INSTALL_HINT_EN);
            return 2;
        }
        List<Path> scans;
        try (Stream<Path> s = Files.list(dir)) {
            scans = s.filter(p -> p.getFileName().toString().matches(".*-\\d+\\.pdf")).sorted().toList();
        }
        out.printf("OCR: %s, %d fixtures, machine %d cores, java %s, threshold %.0f%n", engine.get().version(), scans.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), threshold);
        out.flush();
        PdfReader textOnly = new PdfReader(Optional.empty());
        PdfReader withOcr = new PdfReader(engine);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Measured>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (Path scan : scans) {
            runs.add(pool.submit(() -> {
                String name = scan.getFileName().toString().replaceFirst("-\\d+\\.pdf$", ".pdf");
                Path source = sources.stream().map(d -> d.resolve(name)).filter(Files::exists).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no text version of " + scan));
                Document text = textOnly.read(source);
                long t0 = System.nanoTime();
                Document read = withOcr.read(scan);
                double seconds = (System.nanoTime() - t0) / 1e9;
                return new Measured(scan, read.pages(), seconds, ScanAccuracy.cells(text, read));
            }));
        }
        List<Measured> all = new ArrayList<>();
        out.println("| fixture | pages | s/page (one file) | correct | not assessed | wrong |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (Future<Measured> f : runs) {
            Measured m = f.get();
            all.add(m);
            ScanAccuracy.Count c = ScanAccuracy.count(m.cells(), threshold);
            out.printf("| %s | %d | %.2f | %d | %d | %d |%n", m.scan().getFileName(), m.pages(), m.seconds() / m.pages(),
                    c.correct(), c.notAssessed(), c.wrong());
            out.flush();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int pages = all.stream().mapToInt(Measured::pages).sum();
        List<ScanAccuracy.Cell> cells = all.stream().flatMap(m -> m.cells().stream()).toList();
        ScanAccuracy.Count total = ScanAccuracy.count(cells, threshold);
        out.printf("total: %d pages in %.1f s on two files at a time: %.2f s per page; cells %d correct, %d not assessed, %d wrong%n",
                pages, wall, wall / pages, total.correct(), total.notAssessed(), total.wrong());
        for (ScanAccuracy.Cell w : total.wrongCells()) {
            out.printf("  wrong: page %d row %s column %d: expected '%s', read '%s' at %.1f%n", w.page(), w.row(), w.column(),
                    w.expected(), w.read(), w.confidence());
        }
        out.println("threshold | correct | not assessed | wrong");
        for (double t : new double[]{0, 30, 50, 60, 70, 75, 80, 85, 90, 95}) {
            ScanAccuracy.Count c = ScanAccuracy.count(cells, t);
            out.printf("%9.0f | %7d | %12d | %5d%n", t, c.correct(), c.notAssessed(), c.wrong());
        }
        out.flush();
        return total.wrong() == 0 ? 0 : 1;
    }
}
