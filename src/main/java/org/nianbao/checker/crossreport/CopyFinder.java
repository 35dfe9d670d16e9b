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
 * from the store. Two groups are compared when they share at least {@value #MIN_BANDS} buckets, and the bands are
 * as long as the threshold allows while a pair at the threshold still does so with probability 0.995 or more: at
 * 0.8, 36 bands of 7 values, so that texts sharing half their phrases, common among reports written from one
 * template, rarely meet (3%).
 */
final class CopyFinder {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CopyFinder.class);

    /** Recall wanted at the threshold: the chance that a pair exactly at it shares at least one bucket. */
    static final double RECALL = 0.995;
    /**
     * Signature estimates this far below the threshold are still compared exactly: with 256 values the estimate's
     * standard error is at most 0.031, 0.025 at a similarity of 0.8, so a pair at the threshold is kept with
     * probability 0.997.
     */
    static final double ESTIMATE_MARGIN = 0.07;
    /**
     * At most this many other groups are looked at per group. Texts identical after masking are one group, so only
     * hundreds of near-identical but different texts reach it; the nearest are not known then, and the note in the
     * log says so.
     */
    static final int MAX_MET = 5000;
    /**
     * After this many near groups (the nearest by signature first) turn out below the threshold when compared
     * exactly, a group stops comparing: a section not within the threshold of its eight nearest by signature is
     * within it of a farther one only by the estimate's chance.
     */
    static final int MAX_EXACT = 8;
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
        /** Bit (year − 1990) set for each year a member has: a quick test of whether two groups' years meet. */
        long years;
        boolean current;

        Group(int id, int kind, int[] minhash) {
            this.id = id;
            this.kind = kind;
            this.minhash = minhash;
        }

        void add(Item i) {
            members.add(i);
            if (i.year() != null) {
                byYear.computeIfAbsent(i.year(), y -> new ArrayList<>()).add(i);
                int bit = i.year() - 1990;
                if (bit >= 0 && bit < 64) years |= 1L << bit; else years = -1L;
            }
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
        for (int r = 12; r > 1; r--) {
            int b = TextPrints.SIZE / r;
            double p = Math.pow(t, r);
            // at least MIN_BANDS of b bands equal: one minus the chance of none or one
            double recall = 1 - Math.pow(1 - p, b) - b * p * Math.pow(1 - p, b - 1);
            if (recall >= RECALL) return r;
        }
        return 1;
    }

    /**
     * Two groups are compared when they share at least this many buckets: one shared bucket happens by chance
     * between texts written from one template; two rarely do (at 0.6, 27% of pairs with 36 bands of 7 values,
     * against 64% for one), while a pair at the threshold of 0.8 still shares two with probability 0.998.
     */
    static final int MIN_BANDS = 2;

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
            int misses = 0;
            for (Item x : g.members) {
                if (x.report() < 0 || x.year() == null || x.agencyKey() == null) continue;
                for (Similar o : options) {
                    Match m = partner(x, o.group);
                    if (m == null) continue;
                    boolean known = o.group == g || exact.containsKey(pairKey(g, o.group));
                    if (!known && misses >= MAX_EXACT) continue;
                    double similarity = o.group == g ? 1.0 : exact(g, o.group);
                    if (similarity < threshold.similarity()) {
                        if (!known) misses++;
                        continue;
                    }
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
            for (Group g : groups) buckets[band][g.id] = bucket(g, band) | g.id;
            Arrays.sort(buckets[band]);
        }
        if (LOG.isDebugEnabled()) {
            long maxBucket = 0, pairsInBuckets = 0;
            for (long[] sorted : buckets) {
                for (int i = 0; i < sorted.length; ) {
                    int j = i;
                    while (j < sorted.length && (sorted[j] >>> 32) == (sorted[i] >>> 32)) j++;
                    maxBucket = Math.max(maxBucket, j - i);
                    pairsInBuckets += (long) (j - i) * (j - i - 1);
                    i = j;
                }
            }
            LOG.debug("largest bucket {} groups; {} ordered pairs share a bucket", maxBucket, pairsInBuckets);
        }
        int[] kinds = new int[n];
        long[] years = new long[n];
        int[][] signatures = new int[n][];
        for (Group g : groups) {
            kinds[g.id] = g.kind;
            years[g.id] = g.years;
            signatures[g.id] = g.minhash;
        }
        double floor = threshold.similarity() - ESTIMATE_MARGIN;
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        @SuppressWarnings("unchecked")
        List<Similar>[] near = new List[n];
        long[] met = new long[workers];
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int first = w;
            threads[w] = new Thread(() -> met[first] = near(first, workers, buckets, kinds, years, signatures, floor, near),
                    "copy-finder");
            threads[w].start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while comparing texts", e);
            }
        }
        Map<Group, List<Similar>> out = new HashMap<>();
        long nearAll = 0;
        for (int id = 0; id < n; id++) {
            if (near[id] == null) continue;
            out.put(groups.get(id), near[id]);
            nearAll += near[id].size();
        }
        LOG.debug("groups met in buckets: {}, near the threshold by signature: {}", Arrays.stream(met).sum(), nearAll);
        return out;
    }

    /**
     * The near groups of every {@code step}-th group from {@code first}, into {@code near}; returns how many groups
     * were met. Plain arrays and one method, so the compiler keeps the loop tight.
     */
    private long near(int first, int step, long[][] buckets, int[] kinds, long[] years, int[][] signatures, double floor,
                      List<Similar>[] near) {
        int n = kinds.length;
        int[] seen = new int[n];
        int[] shared = new int[n];
        int[] touched = new int[n];
        Arrays.fill(seen, -1);
        long metAll = 0;
        for (int id = first; id < n; id += step) {
            Group g = groups.get(id);
            if (!g.current) continue;
            int met = 0;
            for (int band = 0; band < bands && met < MAX_MET; band++) {
                long bucket = bucket(g, band);
                long[] sorted = buckets[band];
                int at = Arrays.binarySearch(sorted, bucket);
                if (at < 0) at = -at - 1;
                for (int i = at; i < sorted.length && met < MAX_MET; i++) {
                    long v = sorted[i];
                    if ((v & 0xFFFFFFFF00000000L) != bucket) break;
                    int other = (int) v;
                    if (seen[other] != id) {
                        seen[other] = id;
                        shared[other] = 1;
                        touched[met++] = other;
                    } else {
                        shared[other]++;
                    }
                }
            }
            metAll += met;
            int kind = kinds[id];
            long y = years[id];
            int[] sig = signatures[id];
            List<Similar> list = null;
            for (int k = 0; k < met; k++) {
                int other = touched[k];
                if (other == id || shared[other] < MIN_BANDS || kinds[other] != kind) continue;
                long oy = years[other];
                if ((y & (oy | oy << 1 | oy >>> 1)) == 0) continue;
                double estimate = TextPrints.estimate(sig, signatures[other], floor);
                if (estimate >= floor) {
                    if (list == null) list = new ArrayList<>();
                    list.add(new Similar(groups.get(other), estimate));
                }
            }
            near[id] = list;
        }
        return metAll;
    }

    /** The bucket of a group in one band, in the high 32 bits. */
    private long bucket(Group g, int band) {
        long h = g.kind * 0x9E3779B97F4A7C15L + band;
        for (int r = 0; r < rows; r++) h = TextPrints.mix(h * 31 + g.minhash[band * rows + r]);
        return h & 0xFFFFFFFF00000000L;
    }

    private final Map<Long, Double> exact = new HashMap<>();

    /** The Jaccard similarity of two groups' phrase sets, from their texts in the store. */
    private static long pairKey(Group a, Group b) {
        return ((long) Math.min(a.id, b.id) << 32) | Math.max(a.id, b.id);
    }

    private double exact(Group a, Group b) throws IOException {
        long key = pairKey(a, b);
        Double known = exact.get(key);
        if (known != null) return known;
        int[] sa = shingles(a), sb = shingles(b);
        double s = sa == null || sb == null ? 0 : TextPrints.jaccard(sa, sb);
        exact.put(key, s);
        return s;
    }

    /** Whether two groups hold reports of the same year or of consecutive years: only those can be copies here. */
    private static boolean yearsMeet(Group a, Group b) {
        return (a.years & (b.years | b.years << 1 | b.years >>> 1)) != 0;
    }

    /** Texts and phrase sets read back, for the most recently used groups only: all of them would not fit. */
    private final Map<Group, String> texts = lru(CACHED);
    private final Map<Group, int[]> phrases = lru(CACHED);
    static final int CACHED = 2000;

    private static <V> Map<Group, V> lru(int size) {
        return new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Group, V> eldest) {
                return size() > size;
            }
        };
    }

    private String text(Group g) throws IOException {
        String t = texts.get(g);
        if (t == null) {
            t = store.text(g.members.get(0).content(), g.kind);
            if (t != null) texts.put(g, t);
        }
        return t;
    }

    private int[] shingles(Group g) throws IOException {
        int[] s = phrases.get(g);
        if (s == null) {
            String t = text(g);
            if (t == null) return null;
            s = TextPrints.shingles(t);
            phrases.put(g, s);
        }
        return s;
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
