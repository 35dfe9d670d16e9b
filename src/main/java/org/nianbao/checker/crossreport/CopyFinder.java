package org.nianbao.checker.crossreport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nianbao.checker.history.AgencyNames;
import org.nianbao.checker.history.DocumentStore;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.SimilarText;
import org.nianbao.checker.rules.CopyThreshold;

/**
 * Finds, for each narrative section of this run, the most similar section of the same kind in another report it
 * may be copied from: the same agency's previous year, or another agency's report of the same year, from this run
 * or from the store. Without comparing every pair: identical texts (after masking the agency name and digits) are
 * grouped by hash first; the groups are then bucketed by locality-sensitive hashing on their MinHash signatures
 * ({@value #BANDS} bands of {@value #ROWS} values, so texts with a Jaccard similarity of 0.8 share a bucket with
 * probability 1 − (1 − 0.8⁴)³² ≈ 0.99999), and only groups sharing a bucket are compared, first by signature,
 * then by their exact phrase sets, read back from the store.
 */
final class CopyFinder {

    static final int BANDS = 32;
    static final int ROWS = TextPrints.SIZE / BANDS;
    /** Signature estimates this far below the threshold are still compared exactly (the estimate's error is ±0.05). */
    static final double ESTIMATE_MARGIN = 0.15;
    /** A bucket holding more groups than this compares each only with its neighbours in the bucket. */
    static final int BUCKET_WINDOW = 40;
    static final int PASSAGE_SHOWN = 120;

    /** A narrative section of a report: of this run ({@code report} ≥ 0) or of a stored document (−1). */
    record Item(int report, int kind, String title, Location location, long textHash, int[] minhash, String content,
                String file, String fileName, String agency, String agencyKey, Integer year, String source) {
    }

    /** Identical texts of one kind. */
    private static final class Group {
        final int id;
        final int kind;
        final int[] minhash;
        final List<Item> members = new ArrayList<>();
        final Map<Integer, List<Item>> byYear = new HashMap<>();
        boolean current;
        String text;
        int[] shingles;

        Group(int id, int kind, int[] minhash) {
            this.id = id;
            this.kind = kind;
            this.minhash = minhash;
        }

        void add(Item i) {
            members.add(i);
            if (i.year() != null) byYear.computeIfAbsent(i.year(), y -> new ArrayList<>()).add(i);
            current |= i.report() >= 0;
        }
    }

    private final DocumentStore store;
    private final CopyThreshold threshold;
    private final List<Group> groups = new ArrayList<>();
    private final Map<Long, Group> byText = new HashMap<>();

    CopyFinder(DocumentStore store, CopyThreshold threshold) {
        this.store = store;
        this.threshold = threshold;
    }

    void add(Item item) {
        long key = item.textHash() * 31 + item.kind();
        Group g = byText.get(key);
        if (g == null) {
            g = new Group(groups.size(), item.kind(), item.minhash());
            groups.add(g);
            byText.put(key, g);
        }
        g.add(item);
    }

    /** For each report of this run (by index), the sections found copied, one per section kind. */
    Map<Integer, List<SimilarText>> find() throws IOException {
        Map<Group, List<Similar>> similar = similarGroups();
        Map<Integer, List<SimilarText>> out = new LinkedHashMap<>();
        for (Group g : groups) {
            if (!g.current) continue;
            List<Similar> options = new ArrayList<>();
            options.add(new Similar(g, 1.0));
            options.addAll(similar.getOrDefault(g, List.of()));
            options.sort((a, b) -> Double.compare(b.similarity, a.similarity));
            for (Item x : g.members) {
                if (x.report() < 0 || x.year() == null || x.agencyKey() == null) continue;
                for (Similar o : options) {
                    Match m = partner(x, o.group);
                    if (m == null) continue;
                    out.computeIfAbsent(x.report(), k -> new ArrayList<>()).add(new SimilarText(x.kind(), x.title(),
                            x.location(), o.similarity, m.relation, m.item.file(), m.item.fileName(), m.item.agency(),
                            m.item.year(), m.item.source(), passage(g, o.group)));
                    break;
                }
            }
        }
        return out;
    }

    private record Similar(Group group, double similarity) {
    }

    private record Match(Item item, String relation) {
    }

    /** Another document in {@code g} that {@code x} may be copied from: same agency a year before, else another agency the same year. */
    private static Match partner(Item x, Group g) {
        for (Item m : g.byYear.getOrDefault(x.year() - 1, List.of())) {
            if (!m.content().equals(x.content()) && sameAgency(x, m)) return new Match(m, "同一机关上一年度");
        }
        for (Item m : g.byYear.getOrDefault(x.year(), List.of())) {
            if (m.content().equals(x.content()) || m.agencyKey() == null) continue;
            if (!sameAgency(x, m)) return new Match(m, "其他机关同一年度");
        }
        return null;
    }

    private static boolean sameAgency(Item a, Item b) {
        return a.agencyKey() != null && a.agencyKey().equals(b.agencyKey()) && AgencyNames.same(a.agency(), b.agency());
    }

    /** Pairs of groups of one kind at or above the threshold, found through the LSH buckets. */
    private Map<Group, List<Similar>> similarGroups() throws IOException {
        Set<Long> pairs = new HashSet<>();
        long[] keys = new long[groups.size()];
        for (int band = 0; band < BANDS; band++) {
            for (Group g : groups) {
                long h = g.kind * 0x9E3779B97F4A7C15L + band;
                for (int r = 0; r < ROWS; r++) h = TextPrints.mix(h * 31 + g.minhash[band * ROWS + r]);
                keys[g.id] = (h & 0xFFFFFFFF00000000L) | g.id;
            }
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; ) {
                int j = i;
                while (j < sorted.length && (sorted[j] >>> 32) == (sorted[i] >>> 32)) j++;
                for (int a = i; a < j; a++) {
                    for (int b = a + 1; b < Math.min(j, a + 1 + BUCKET_WINDOW); b++) {
                        int x = (int) sorted[a], y = (int) sorted[b];
                        if (!groups.get(x).current && !groups.get(y).current) continue;
                        pairs.add(((long) Math.min(x, y) << 32) | Math.max(x, y));
                    }
                }
                i = j;
            }
        }
        Map<Group, List<Similar>> out = new HashMap<>();
        for (long p : pairs) {
            Group a = groups.get((int) (p >>> 32)), b = groups.get((int) p);
            if (a.kind != b.kind) continue;
            if (TextPrints.estimate(a.minhash, b.minhash) < threshold.similarity() - ESTIMATE_MARGIN) continue;
            int[] sa = shingles(a), sb = shingles(b);
            if (sa == null || sb == null) continue;
            double s = TextPrints.jaccard(sa, sb);
            if (s < threshold.similarity()) continue;
            out.computeIfAbsent(a, k -> new ArrayList<>()).add(new Similar(b, s));
            out.computeIfAbsent(b, k -> new ArrayList<>()).add(new Similar(a, s));
        }
        return out;
    }

    private String text(Group g) throws IOException {
        if (g.text == null) g.text = store.text(g.members.get(0).content(), g.kind);
        return g.text;
    }

    private int[] shingles(Group g) throws IOException {
        if (g.shingles == null && text(g) != null) g.shingles = TextPrints.shingles(g.text);
        return g.shingles;
    }

    private final Map<Long, String> passages = new HashMap<>();

    private String passage(Group a, Group b) throws IOException {
        long key = ((long) a.id << 32) | b.id;
        String known = passages.get(key);
        if (known != null) return known;
        String p = longest(a, b);
        passages.put(key, p);
        return p;
    }

    private String longest(Group a, Group b) throws IOException {
        String ta = text(a), tb = text(b);
        if (ta == null || tb == null) return "";
        String p = a == b ? ta : LongestSharedPassage.of(ta, tb);
        return p.length() <= PASSAGE_SHOWN ? p : p.substring(0, PASSAGE_SHOWN) + "…";
    }
}
