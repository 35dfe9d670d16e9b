package org.nianbao.checker.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.nianbao.checker.model.CheckedReport;

/**
 * Time to check PDFs against the time PDFBox alone needs to extract the same files' text, measured in one JVM
 * after a warm-up, alternating the two so that neither gets a warmer machine.
 */
public final class PdfRatio {

    public record Result(int files, int rounds, double checkSeconds, double bareSeconds) {
        public double ratio() {
            return checkSeconds / bareSeconds;
        }
    }

    private PdfRatio() {
    }

    public static Result measure(List<Path> pdfs, Function<Path, CheckedReport> check, int rounds) throws IOException {
        for (int i = 0; i < 3; i++) {
            for (Path p : pdfs) {
                bare(p);
                check.apply(p);
            }
        }
        long checkNanos = 0, bareNanos = 0;
        for (int r = 0; r < rounds; r++) {
            for (Path p : pdfs) {
                long t0 = System.nanoTime();
                bare(p);
                long t1 = System.nanoTime();
                check.apply(p);
                long t2 = System.nanoTime();
                bareNanos += t1 - t0;
                checkNanos += t2 - t1;
            }
        }
        return new Result(pdfs.size(), rounds, checkNanos / 1e9, bareNanos / 1e9);
    }

    /** PDFBox's plain text extraction, sorted by position as a careful user of PDFBox would call it. */
    static int bare(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).length();
        }
    }
}
