package org.nianbao.reconstruct.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Groups a page's ruling lines into tables: lines that touch, directly or through others, belong
 * to one table. Also turns a table's lines into its distinct edge positions.
 */
final class RulingClusters {

    private static final float T = LatticeReconstructor.TOLERANCE;
    /** Shorter strokes are underlines, tick marks or text decoration, not borders. */
    private static final float MIN_LENGTH = 4f;

    /** Groups of touching lines that hold at least two horizontal and two vertical ones. */
    List<List<Ruling>> connected(List<Ruling> all) {
        List<Ruling> lines = all.stream().filter(r -> (r.horizontal() || r.vertical()) && r.length() >= MIN_LENGTH)
                .toList();
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // sweeps over lines sorted by position instead of comparing every pair: pages that draw each
        // cell's four borders separately have thousands of lines; the relation is touch() exactly
        Integer[] hs = IntStream.range(0, n).filter(i -> lines.get(i).horizontal()).boxed()
                .sorted(Comparator.comparingDouble(i -> lines.get(i).position())).toArray(Integer[]::new);
        Integer[] vs = IntStream.range(0, n).filter(i -> !lines.get(i).horizontal()).boxed()
                .sorted(Comparator.comparingDouble(i -> lines.get(i).position())).toArray(Integer[]::new);
        joinCollinear(lines, hs, parent);
        joinCollinear(lines, vs, parent);
        float[] vertical = new float[vs.length];
        for (int k = 0; k < vs.length; k++) {
            vertical[k] = lines.get(vs[k]).position();
        }
        SortedPositions vpos = new SortedPositions(vertical);
        for (int h : hs) {
            Ruling hr = lines.get(h);
            for (int k = vpos.firstAtLeast(hr.start() - T), end = vpos.endAtMost(hr.end() + T); k < end; k++) {
                if (touch(hr, lines.get(vs[k]))) {
                    union(parent, h, vs[k]);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(lines.get(i));
        }
        List<List<Ruling>> out = new ArrayList<>();
        for (List<Ruling> g : groups.values()) {
            long h = g.stream().filter(Ruling::horizontal).count();
            if (h >= 2 && g.size() - h >= 2) {
                out.add(g);
            }
        }
        return out;
    }

    /** The distinct positions of parallel lines, lines closer than the tolerance counted once. */
    static List<Float> positions(Collection<Ruling> parallel) {
        List<Float> ps = parallel.stream().map(Ruling::position).sorted().toList();
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int count = 0;
        for (float p : ps) {
            if (count > 0 && p - sum / count > T) {
                out.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += p;
            count++;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        return out;
    }

    /** Joins parallel lines (sorted by position) that are pieces of one border. */
    private static void joinCollinear(List<Ruling> lines, Integer[] sorted, int[] parent) {
        for (int a = 0; a < sorted.length; a++) {
            Ruling ra = lines.get(sorted[a]);
            for (int b = a + 1; b < sorted.length && lines.get(sorted[b]).position() - ra.position() <= T; b++) {
                if (touch(ra, lines.get(sorted[b]))) {
                    union(parent, sorted[a], sorted[b]);
                }
            }
        }
    }

    private static void union(int[] parent, int i, int j) {
        parent[root(parent, i)] = root(parent, j);
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() == b.horizontal()) {
            // collinear pieces of one border (each cell drawn separately)
            return Math.abs(a.position() - b.position()) <= T && a.start() <= b.end() + T && b.start() <= a.end() + T;
        }
        Ruling h = a.horizontal() ? a : b;
        Ruling v = a.horizontal() ? b : a;
        return v.position() >= h.start() - T && v.position() <= h.end() + T
                && h.position() >= v.start() - T && h.position() <= v.end() + T;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
