package org.nianbao.checker.read.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.nianbao.checker.read.ReadingTime;

/**
 * Tesseract 5 (Debian's {@code tesseract-ocr} with {@code tesseract-ocr-chi-sim}) through its command line. One
 * process reads a whole batch of images (a list file), so a page's hundreds of table cells cost one start-up,
 * and its TSV output gives every word's box and confidence, image by image. A process rather than a JNI binding:
 * it can be killed when the file's time is up, its crash or its memory never touches the checker's JVM, and it
 * works with whatever Tesseract 5 the distribution ships.
 */
public final class Tesseract {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Tesseract.class);

    /** How a batch is read: the language, Tesseract's page segmentation mode, and the characters allowed. */
    enum Mode {
        /**
         * table cells holding numbers, laid out on one sheet ({@link Montage}): digits and the marks a count or an
         * amount may carry, and the space between cells. Whatever else the ink looked like comes out as some digit
         * with a low confidence, which is what marks it uncertain.
         */
        NUMBER("eng", 6, "0123456789.,-/ "),
        /** a table cell holding words (a row label, a header): a block of lines in Chinese */
        CELL_TEXT("chi_sim", 6, null),
        /** running text outside the tables: Tesseract finds the lines itself */
        PAGE("chi_sim", 4, null);

        final String language;
        final int segmentation;
        final String whitelist;

        Mode(String language, int segmentation, String whitelist) {
            this.language = language;
            this.segmentation = segmentation;
            this.whitelist = whitelist;
        }
    }

    /** One recognised word: which image of the batch, which line of it, its box, its confidence (0–100). */
    record Word(int image, int block, int paragraph, int line, int left, int top, int width, int height,
                double confidence, String text) {

        /** Block, paragraph and line together: words sharing it stand on one line. */
        long lineKey() {
            return ((long) block << 40) | ((long) paragraph << 20) | line;
        }
    }

    /** The environment variable naming another Tesseract program (a path), for installs outside PATH. */
    public static final String COMMAND_VARIABLE = "CHECKER_TESSERACT";

    /** What an officer must install to have scans read, said where a scan could not be. */
    public static final String INSTALL_HINT_ZH = "如需检查扫描件，请安装文字识别引擎 tesseract-ocr 和中文语言包 tesseract-ocr-chi-sim"
            + "（Debian/Ubuntu：sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim），然后重新检查";
    public static final String INSTALL_HINT_EN = "to check scans, install the OCR engine: apt-get install tesseract-ocr tesseract-ocr-chi-sim";

    private static volatile Optional<Tesseract> installed;

    private final String command;
    private final String version;

    private Tesseract(String command, String version) {
        this.command = command;
        this.version = version;
    }

    /**
     * The engine on this machine, looked for once: {@value #COMMAND_VARIABLE} or {@code tesseract} on PATH, with
     * the Chinese and English models. Empty when it is missing or lacks a model.
     */
    public static Optional<Tesseract> installed() {
        Optional<Tesseract> known = installed;
        if (known == null) {
            String cmd = System.getenv(COMMAND_VARIABLE);
            known = find(cmd == null || cmd.isBlank() ? "tesseract" : cmd);
            installed = known;
        }
        return known;
    }

    /** The engine at {@code command}, if it runs and has the chi_sim and eng models. */
    public static Optional<Tesseract> find(String command) {
        try {
            Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String langs = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            List<String> names = langs.lines().map(String::strip).toList();
            if (p.exitValue() != 0 || !names.contains("chi_sim") || !names.contains("eng")) {
                LOG.info("OCR engine {} has no chi_sim/eng model; scans will not be read", command);
                return Optional.empty();
            }
            Process v = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            v.getOutputStream().close();
            String first = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("tesseract");
            v.waitFor(20, TimeUnit.SECONDS);
            return Optional.of(new Tesseract(command, first.strip()));
        } catch (IOException e) {
            LOG.debug("no OCR engine at {}: {}", command, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** "tesseract 5.3.0", for the evidence of findings built on recognised text. */
    public String version() {
        return version;
    }

    /**
     * Reads every image of the batch in one process and returns their words, image by image (index in
     * {@code images}). Gives up and kills the process at the deadline.
     */
    List<List<Word>> read(List<Path> images, Mode mode, int dpi, ReadingTime time, Path workDir)
            throws IOException, InterruptedException {
        List<List<Word>> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) out.add(new ArrayList<>());
        if (images.isEmpty()) return out;
        Path list = Files.createTempFile(workDir, "batch-" + mode.name().toLowerCase() + "-", ".txt");
        Path tsv = Path.of(list.toString().replaceFirst("\\.txt$", ".tsv"));
        Path err = Path.of(list.toString().replaceFirst("\\.txt$", ".err"));
        StringBuilder sb = new StringBuilder();
        for (Path p : images) sb.append(p.toAbsolutePath()).append('\n');
        Files.writeString(list, sb, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(command, list.toString(), "stdout", "-l", mode.language,
                "--psm", String.valueOf(mode.segmentation), "--dpi", String.valueOf(Math.max(70, dpi))));
        if (mode.whitelist != null) cmd.addAll(List.of("-c", "tessedit_char_whitelist=" + mode.whitelist));
        cmd.add("tsv");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tsv.toFile()).redirectError(err.toFile());
        // one thread per process: the pages and batches already run side by side, and OpenMP threads would only fight
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        try {
            p.getOutputStream().close();
            if (!p.waitFor(Math.max(1, time.remainingMillis()), TimeUnit.MILLISECONDS)) {
                throw new ReadingTime.Exceeded();
            }
            if (p.exitValue() != 0) {
                String why = Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8).strip() : "";
                throw new IOException("tesseract exited with " + p.exitValue() + ": " + why.lines().reduce((a, b) -> b).orElse(""));
            }
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            Word w = word(line);
            if (w != null && w.image() >= 0 && w.image() < out.size()) out.get(w.image()).add(w);
        }
        return out;
    }

    /** A TSV row of level 5 (a word) with its text; null for the other levels and the header. */
    private static Word word(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 12 || !"5".equals(f[0])) return null;
        String text = f[11].strip();
        if (text.isEmpty()) return null;
        try {
            return new Word(Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                    Double.parseDouble(f[10]), text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
