package org.nianbao.checker.crossreport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.checker.history.AgencyNames;
import org.nianbao.checker.history.DocumentStore;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.SimilarText;
import org.nianbao.checker.rules.CopyThreshold;

/**
 * Finds, for each narrative section of this run, the most similar section of the same kind in another report it
 * may be copied from: the same agency's previous year, or another agency's report of the same year, from this run
 * or from the store. Without comparing every pair: identical texts (after masking the agency name and digits) are
 * grouped by hash first; the groups are then bucketed by locality-sensitive hashing on their MinHash signatures,
 * and only groups sharing a bucket are compared, first by signature, then by their exact phrase sets, read back
 * from the store. The bands are as long as the threshold allows while still finding a pair at the threshold with
 * probability 0.995 or more: at 0.8, 21 bands of 6 values (1 − (1 − 0.8⁶)²¹ ≈ 0.9986), so that texts sharing
 * half their phrases, common among reports written from one template, rarely meet (1 − (1 − 0.5⁶)²¹ ≈ 0.28).
 */
final class CopyFinder {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CopyFinder.class);

    /** Recall wanted at the threshold: the chance that a pair exactly at it shares at least one bucket. */
    static final double RECALL = 0.995;
    /**
     * Signature estimates this far below the threshold are still compared exactly: with 128 values the estimate's
     * standard error is at most 0.045, 0.035 at a similarity of 0.8.
     */
    static final double ESTIMATE_MARGIN = 0.1;
    /**
     * At most this many other groups are looked at per group. Texts identical after masking are one group, so only
     * hundreds of near-identical but different texts reach it; the nearest are not known then, and the note in the
     * log says so.
     */
    static final int MAX_MET = 2000;
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
    private final int rows;
    private final int bands;
    private final List<Group> groups = new ArrayList<>();
    private final Map<Long, Group> byText = new HashMap<>();

    CopyFinder(DocumentStore store, CopyThreshold threshold) {
        this.store = store;
        this.threshold = threshold;
        this.rows = rowsPerBand(threshold.similarity());
        this.bands = TextPrints.SIZE / rows;
    }

    /** The longest bands (fewest chance meetings) that still find a pair at {@code t} with probability {@link #RECALL}. */
    static int rowsPerBand(double t) {
        for (int r = 8; r > 1; r--) {
            int b = TextPrints.SIZE / r;
            if (1 - Math.pow(1 - Math.pow(t, r), b) >= RECALL) return r;
        }
        return 1;
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
        long t0 = System.nanoTime();
        Map<Group, List<Similar>> near = nearGroups();
        long t1 = System.nanoTime();
        Map<Integer, List<SimilarText>> out = new LinkedHashMap<>();
        for (Group g : groups) {
            if (!g.current) continue;
            List<Similar> options = new ArrayList<>();
            options.add(new Similar(g, 1.0));
            options.addAll(near.getOrDefault(g, List.of()));
            options.sort((a, b) -> Double.compare(b.similarity, a.similarity));
            for (Item x : g.members) {
                if (x.report() < 0 || x.year() == null || x.agencyKey() == null) continue;
                for (Similar o : options) {
                    Match m = partner(x, o.group);
                    if (m == null) continue;
                    double similarity = o.group == g ? 1.0 : exact(g, o.group);
                    if (similarity < threshold.similarity()) continue;
                    out.computeIfAbsent(x.report(), k -> new ArrayList<>()).add(new SimilarText(x.kind(), x.title(),
                            x.location(), similarity, m.relation, m.item.file(), m.item.fileName(), m.item.agency(),
                            m.item.year(), m.item.source(), passage(g, o.group)));
                    break;
                }
            }
        }
        LOG.debug("{} text group(s), {} bands of {}: near groups in {} ms; {} compared exactly; similar sections in {} ms",
                groups.size(), bands, rows, (t1 - t0) / 1_000_000, exact.size(), (System.nanoTime() - t1) / 1_000_000);
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

    /**
     * For each group of this run, the other groups of its kind that share an LSH bucket with it and whose signatures
     * estimate a similarity near the threshold or above; the exact similarity is worked out only when needed.
     */
    private Map<Group, List<Similar>> nearGroups() {
        int n = groups.size();
        // per band, the groups sorted by their bucket (bucket hash in the high 32 bits, group id in the low ones)
        long[][] buckets = new long[bands][n];
        for (int band = 0; band < bands; band++) {
            for (Group g : groups) {
                long h = g.kind * 0x9E3779B97F4A7C15L + band;
                for (int r = 0; r < rows; r++) h = TextPrints.mix(h * 31 + g.minhash[band * rows + r]);
                buckets[band][g.id] = (h & 0xFFFFFFFF00000000L) | g.id;
            }
            Arrays.sort(buckets[band]);
        }
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        Map<Group, List<Similar>> out = new HashMap<>();
        long metAll = 0, nearAll = 0;
        for (Group g : groups) {
            if (!g.current) continue;
            int met = 0;
            for (int band = 0; band < bands && met < MAX_MET; band++) {
                long h = g.kind * 0x9E3779B97F4A7C15L + band;
                for (int r = 0; r < rows; r++) h = TextPrints.mix(h * 31 + g.minhash[band * rows + r]);
                long bucket = h & 0xFFFFFFFF00000000L;
                long[] sorted = buckets[band];
                int at = Arrays.binarySearch(sorted, bucket);
                if (at < 0) at = -at - 1;
                for (int i = at; i < sorted.length && (sorted[i] & 0xFFFFFFFF00000000L) == bucket && met < MAX_MET; i++) {
                    int other = (int) sorted[i];
                    if (other == g.id || seen[other] == g.id) continue;
                    seen[other] = g.id;
                    met++;
                    Group o = groups.get(other);
                    if (o.kind != g.kind || !yearsMeet(g, o)) continue;
                    double estimate = TextPrints.estimate(g.minhash, o.minhash, threshold.similarity() - ESTIMATE_MARGIN);
                    if (estimate >= threshold.similarity() - ESTIMATE_MARGIN) {
                        out.computeIfAbsent(g, k -> new ArrayList<>()).add(new Similar(o, estimate));
                        nearAll++;
                    }
                }
            }
            metAll += met;
        }
        LOG.debug("groups met in buckets: {}, near the threshold by signature: {}", metAll, nearAll);
        return out;
    }

    private final Map<Long, Double> exact = new HashMap<>();

    /** The Jaccard similarity of two groups' phrase sets, from their texts in the store. */
    private double exact(Group a, Group b) throws IOException {
        long key = ((long) Math.min(a.id, b.id) << 32) | Math.max(a.id, b.id);
        Double known = exact.get(key);
        if (known != null) return known;
        int[] sa = shingles(a), sb = shingles(b);
        double s = sa == null || sb == null ? 0 : TextPrints.jaccard(sa, sb);
        exact.put(key, s);
        return s;
    }

    /** Whether two groups hold reports of the same year or of consecutive years: only those can be copies here. */
    private static boolean yearsMeet(Group a, Group b) {
        for (int y : a.byYear.keySet()) {
            if (b.byYear.containsKey(y) || b.byYear.containsKey(y - 1) || b.byYear.containsKey(y + 1)) return true;
        }
        return false;
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
