package org.nianbao.checker.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Digits of several cells written without separators, as crawled pages and one-line copies give them
 * ("291000030" for 29 | 1 | 0 | 0 | 0 | 0 | 30), with every reading of the run into those cells that the parser
 * could not rule out. A reading that keeps the row's own totals (the six applicant columns add up to 总计) is
 * preferred; when none does, every split is kept, so a check can still see that all of them fail.
 *
 * @param raw         the run as written, for evidence
 * @param cellKeys    the cells the run covers, as "ROW|COLUMN", in reading order
 * @param readings    each reading: one value per cell key, in the same order
 * @param keepsTotals the readings keep the row totals; false when no split did and all splits are listed
 */
public record GluedRun(String table, String raw, List<String> cellKeys, List<double[]> readings, boolean keepsTotals,
                       Location location) {

    public GluedRun {
        cellKeys = List.copyOf(cellKeys);
        readings = List.copyOf(readings);
    }

    /** Exactly one reading: the cells are known. */
    public boolean certain() {
        return readings.size() == 1;
    }

    /** The distinct values of each of {@code keys} together, one array per distinct combination. */
    public List<double[]> project(List<String> keys) {
        int[] at = new int[keys.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = cellKeys.indexOf(keys.get(i));
            if (at[i] < 0) throw new IllegalArgumentException(keys.get(i) + " is not in the run " + cellKeys);
        }
        Set<List<Double>> seen = new LinkedHashSet<>();
        for (double[] r : readings) {
            List<Double> t = new ArrayList<>(at.length);
            for (int i : at) t.add(r[i]);
            seen.add(t);
        }
        List<double[]> out = new ArrayList<>(seen.size());
        for (List<Double> t : seen) out.add(t.stream().mapToDouble(Double::doubleValue).toArray());
        return out;
    }

    /** The values one cell takes over the readings, in order of first appearance. */
    public List<Double> valuesOf(String cellKey) {
        List<Double> out = new ArrayList<>();
        for (double[] t : project(List.of(cellKey))) out.add(t[0]);
        return out;
    }
}
