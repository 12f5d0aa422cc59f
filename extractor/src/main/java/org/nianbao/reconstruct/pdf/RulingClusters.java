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
        Geometry g = new Geometry(lines);
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // sweeps over lines sorted by position instead of comparing every pair: pages that draw each
        // cell's four borders separately have hundreds of lines; the relation is touch() exactly
        int[] hs = g.sorted(true);
        int[] vs = g.sorted(false);
        joinCollinear(g, hs, parent);
        joinCollinear(g, vs, parent);
        float[] vertical = new float[vs.length];
        for (int k = 0; k < vs.length; k++) {
            vertical[k] = g.position[vs[k]];
        }
        SortedPositions vpos = new SortedPositions(vertical);
        for (int h : hs) {
            for (int k = vpos.firstAtLeast(g.start[h] - T), end = vpos.endAtMost(g.end[h] + T); k < end; k++) {
                if (g.touch(h, vs[k])) {
                    union(parent, h, vs[k]);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(lines.get(i));
        }
        List<List<Ruling>> out = new ArrayList<>();
        for (List<Ruling> group : groups.values()) {
            long h = group.stream().filter(Ruling::horizontal).count();
            if (h >= 2 && group.size() - h >= 2) {
                out.add(group);
            }
        }
        return out;
    }

    /**
     * The lines' orientation, position, start and end, worked out once: the sweeps compare each
     * line with many others, and a {@link Ruling} works them out on every call.
     */
    private static final class Geometry {
        final boolean[] horizontal;
        final float[] position;
        final float[] start;
        final float[] end;

        Geometry(List<Ruling> lines) {
            int n = lines.size();
            horizontal = new boolean[n];
            position = new float[n];
            start = new float[n];
            end = new float[n];
            for (int i = 0; i < n; i++) {
                Ruling r = lines.get(i);
                horizontal[i] = r.horizontal();
                position[i] = r.position();
                start[i] = r.start();
                end[i] = r.end();
            }
        }

        /** The horizontal (or vertical) lines' indices, by position. */
        int[] sorted(boolean horizontals) {
            return IntStream.range(0, horizontal.length).filter(i -> horizontal[i] == horizontals).boxed()
                    .sorted(Comparator.comparingDouble(i -> position[i])).mapToInt(Integer::intValue).toArray();
        }

        boolean touch(int a, int b) {
            if (horizontal[a] == horizontal[b]) {
                // collinear pieces of one border (each cell drawn separately)
                return Math.abs(position[a] - position[b]) <= T && start[a] <= end[b] + T && start[b] <= end[a] + T;
            }
            int h = horizontal[a] ? a : b;
            int v = horizontal[a] ? b : a;
            return position[v] >= start[h] - T && position[v] <= end[h] + T
                    && position[h] >= start[v] - T && position[h] <= end[v] + T;
        }
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
    private static void joinCollinear(Geometry g, int[] sorted, int[] parent) {
        for (int a = 0; a < sorted.length; a++) {
            for (int b = a + 1; b < sorted.length && g.position[sorted[b]] - g.position[sorted[a]] <= T; b++) {
                if (g.touch(sorted[a], sorted[b])) {
                    union(parent, sorted[a], sorted[b]);
                }
            }
        }
    }

    private static void union(int[] parent, int i, int j) {
        parent[root(parent, i)] = root(parent, j);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
