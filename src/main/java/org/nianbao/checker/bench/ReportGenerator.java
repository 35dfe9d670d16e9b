package org.nianbao.checker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Makes N realistic reports from the seeds (text by default, or a mix with HTML and Word): each with its own agency name, a report year from 2021 to 2024
 * (the 2020 seed keeps its year and 2019 format), the seed's own layout, and zero to two injected defects. A
 * manifest beside the folder records, per file, the defects injected and the rules that must find them.
 */
public final class ReportGenerator {

    /** The seeds with the agency name as written in each, so it can be replaced. */
    static final Map<String, String> SEED_AGENCIES = Map.of(
            "000_41ea44dbb3ddc373.txt", "乐山市金口河区教育局",
            "001_e4a3f774cb655e90.txt", "南关区教育局",
            "002_ced1e3ba6e50580e.txt", "互助县教育局",
            "003_1df9ee14cdc84c49.txt", "柳州市柳江區教育局",
            "004_11d5421f1e46d2a7.txt", "德阳市罗江区教育局");

    public record Entry(String file, String seed, String agency, int year, List<String> injected) {
    }

    public record Manifest(List<Entry> reports) {
    }

    private final Path seedDir;
    private final long randomSeed;
    private final int yearsPerAgency;

    public ReportGenerator(Path seedDir, long randomSeed) {
        this(seedDir, randomSeed, 1);
    }

    /**
     * @param yearsPerAgency consecutive reports share an agency this many at a time, for consecutive years (the
     *                       checks across years then have pairs to compare; the 2020 seed keeps its year)
     */
    public ReportGenerator(Path seedDir, long randomSeed, int yearsPerAgency) {
        this.seedDir = seedDir;
        this.randomSeed = randomSeed;
        this.yearsPerAgency = Math.max(1, Math.min(4, yearsPerAgency));
    }

    public Manifest generate(int count, Path outDir) throws IOException {
        return generate(count, outDir, List.of("txt"));
    }

    /**
     * As {@link #generate(int, Path)}, report i written as {@code formats[i % n]}: txt, html or docx (paragraphs
     * and real tables, see {@link ReportLayouts}).
     */
    public Manifest generate(int count, Path outDir, List<String> formats) throws IOException {
        for (String f : formats) {
            if (!List.of("txt", "html", "docx").contains(f)) throw new IllegalArgumentException("unknown format " + f + " (txt, html, docx)");
        }
        Files.createDirectories(outDir);
        Map<String, String> seeds = new LinkedHashMap<>();
        for (String name : SEED_AGENCIES.keySet().stream().sorted().toList()) {
            seeds.put(name, Files.readString(seedDir.resolve(name), StandardCharsets.UTF_8));
        }
        List<String> names = new ArrayList<>(seeds.keySet());
        Random random = new Random(randomSeed);
        Defect[] defects = Defect.values();
        List<Entry> entries = new ArrayList<>(count);
        int firstYear = 2021;
        for (int i = 0; i < count; i++) {
            String seed = names.get(i % names.size());
            String text = seeds.get(seed);
            int a = i / yearsPerAgency;
            String agency = "测试市第" + (a + 1) + "区" + (a % 3 == 0 ? "教育局" : a % 3 == 1 ? "民政局" : "卫生健康委员会");
            text = text.replace(SEED_AGENCIES.get(seed), agency);
            int year = 2020;
            if (i % yearsPerAgency == 0) firstYear = 2021 + random.nextInt(5 - yearsPerAgency);
            if (!seed.startsWith("004")) {
                year = yearsPerAgency == 1 ? 2021 + random.nextInt(4) : firstYear + i % yearsPerAgency;
                text = text.replace("2025", "@NEXT@").replace("2024", String.valueOf(year)).replace("@NEXT@", String.valueOf(year + 1));
            }
            // most agencies write their own narrative; one in ten copies the seed's word for word
            if (random.nextInt(10) != 0) text = ownWords(text, random.nextLong());
            List<String> injected = new ArrayList<>();
            int wanted = random.nextInt(3);
            for (int tries = 0; injected.size() < wanted && tries < 6; tries++) {
                Defect d = defects[random.nextInt(defects.length)];
                if (injected.contains(d.rule()) || conflicts(d, injected, seed, year)) continue;
                String changed = d.apply(text);
                if (changed == null) continue;
                text = changed;
                injected.add(d.rule());
            }
            String format = formats.get(i % formats.size());
            String name = String.format("r%05d_%s", i + 1, seed.substring(0, 3));
            String file = name + "." + format;
            switch (format) {
                case "html" -> Files.writeString(outDir.resolve(file), ReportLayouts.html(text, name), StandardCharsets.UTF_8);
                case "docx" -> {
                    try (var out = Files.newOutputStream(outDir.resolve(file))) {
                        ReportLayouts.docx(text, out);
                    }
                }
                default -> Files.writeString(outDir.resolve(file), text, StandardCharsets.UTF_8);
            }
            entries.add(new Entry(file, seed, agency, year, injected));
        }
        Manifest manifest = new Manifest(entries);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(manifestOf(outDir).toFile(), manifest);
        return manifest;
    }

    /**
     * The seed's narrative in the agency's own words, roughly: in long prose lines (not table rows), each clause
     * (up to a full stop, semicolon or comma) without a statement the checks read (statistics period, fee,
     * applications) is kept with probability 0.6, so two generated reports of one seed share well under half of
     * their phrases, as reports of one region written from one template do; the checks' facts are untouched. The
     * choice depends on the line too, so a body repeated in the file (seed 003) stays repeated.
     */
    static String ownWords(String text, long salt) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\\n", -1)) {
            if (line.length() < 60 || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
                out.append(line).append('\n');
                continue;
            }
            Random random = new Random(salt ^ line.hashCode());
            StringBuilder kept = new StringBuilder();
            for (String clause : line.split("(?<=[。；;，,])")) {
                boolean needed = clause.matches(".*(统计|处理费|收费|申请|期限).*");
                if (needed || random.nextDouble() < 0.6) kept.append(clause);
            }
            out.append(kept.length() == 0 ? line : kept).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** Defects that cannot be seen in this report: the 2020 report needs no fee statement, seed 000's table 三 is incomplete. */
    private static boolean conflicts(Defect d, List<String> injected, String seed, int year) {
        if (d == Defect.FEE_NOT_DISCLOSED && (year < 2021 || seed.startsWith("002"))) return true;
        if (d == Defect.T3_BALANCE && seed.startsWith("000")) return true;
        if (d == Defect.PERIOD_NOT_STATED && (seed.startsWith("002") || seed.startsWith("004"))) return true;
        if (d == Defect.DATE_MISSING && (seed.startsWith("001") || injected.contains("PUBLISHED_LATE"))) return true;
        if (d == Defect.PUBLISHED_LATE && (seed.startsWith("001") || injected.contains("DATE_MISSING"))) return true;
        return false;
    }

    /** The manifest sits beside the generated folder, not in it, so that checking the folder checks only reports. */
    public static Path manifestOf(Path outDir) {
        Path abs = outDir.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + "-manifest.json");
    }

    public static Manifest read(Path manifest) throws IOException {
        return new ObjectMapper().readValue(manifest.toFile(), Manifest.class);
    }
}
