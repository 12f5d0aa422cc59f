package org.nianbao.corpus.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which rendering document {@code i} of a corpus gets: a function of {@code i} alone, so a document
 * does not change when the count does.
 *
 * <p>Without weights ({@code --formats text,html}) every selected rendering is taken in turn. With
 * weights ({@code --formats html:40,pdf:25,docx:20,text:15}) each named group gets that share of
 * the documents, spread evenly through the corpus (smooth weighted round robin over a cycle of the
 * weights' sum), and the renderings within a group are taken in turn: any prefix of the corpus has
 * close to the stated proportions, so a batch stopped half-way is still mixed.
 */
public final class RenderingMix {

    private final List<List<Rendering>> groups;
    /** Per position in the cycle, its group. */
    private final int[] cycle;
    /** Per position in the cycle, how many earlier positions of the cycle have the same group. */
    private final int[] earlier;
    private final int[] weights;

    private RenderingMix(List<List<Rendering>> groups, int[] weights) {
        this.groups = groups;
        this.weights = weights;
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        cycle = new int[total];
        earlier = new int[total];
        int[] credit = new int[weights.length];
        int[] seen = new int[weights.length];
        for (int p = 0; p < total; p++) {
            int best = 0;
            for (int g = 0; g < weights.length; g++) {
                credit[g] += weights[g];
                if (credit[g] > credit[best]) {
                    best = g;
                }
            }
            credit[best] -= total;
            cycle[p] = best;
            earlier[p] = seen[best]++;
        }
    }

    /**
     * The mix a {@code --formats} list names (see {@link Rendering#select}), each item optionally
     * followed by {@code :weight}, a positive whole number; either every item has a weight or none.
     */
    public static RenderingMix parse(List<String> items) {
        boolean weighted = items.stream().anyMatch(s -> s.contains(":"));
        if (!weighted) {
            return inTurn(Rendering.select(items));
        }
        List<List<Rendering>> groups = new ArrayList<>();
        int[] weights = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            int colon = item.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + item + "' has no weight; give every item one (html:40) or none");
            }
            try {
                weights[i] = Integer.parseInt(item.substring(colon + 1));
            } catch (NumberFormatException e) {
                weights[i] = 0;
            }
            if (weights[i] < 1 || weights[i] > 10_000) {
                throw new IllegalArgumentException("the weight of '" + item + "' is not a whole number from 1 to 10000");
            }
            groups.add(Rendering.select(List.of(item.substring(0, colon))));
        }
        return new RenderingMix(groups, weights);
    }

    /** Each rendering taken in turn, unweighted. */
    public static RenderingMix inTurn(List<Rendering> renderings) {
        return new RenderingMix(renderings.stream().map(List::of).toList(), ones(renderings.size()));
    }

    private static int[] ones(int n) {
        int[] w = new int[n];
        Arrays.fill(w, 1);
        return w;
    }

    /** The rendering of document {@code i} (from 0). */
    public Rendering rendering(int i) {
        int p = i % cycle.length;
        int g = cycle[p];
        int k = (i / cycle.length) * weights[g] + earlier[p];
        List<Rendering> group = groups.get(g);
        return group.get(k % group.size());
    }

    /** Every rendering the mix can give, in the order of its groups. */
    public List<Rendering> renderings() {
        return groups.stream().flatMap(List::stream).distinct().toList();
    }
}
