package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cascade layer of a page's CSS ({@code @layer}, {@code @import … layer(…)}): a node in the tree
 * of layers the page declares, the root being the rules outside any layer. Layers are ordered by
 * where they are first declared ({@code @layer components, utilities;} declares both), a layer's
 * sublayers before the rules it holds directly; for normal declarations a later layer wins and the
 * rules outside layers win over all, for {@code !important} ones the order is reversed (CSS Cascade 5).
 */
final class CascadeLayer {

    private final CascadeLayer parent;
    /** Its place among its parent's sublayers, in the order they were first declared. */
    private final int index;
    private final Map<String, CascadeLayer> named = new HashMap<>();
    private int sublayers;

    private CascadeLayer(CascadeLayer parent, int index) {
        this.parent = parent;
        this.index = index;
    }

    /** The rules outside any layer. */
    static CascadeLayer outside() {
        return new CascadeLayer(null, 0);
    }

    /** The sublayer {@code name} ({@code a.b} is b inside a), declared here if it was not yet. */
    CascadeLayer named(String name) {
        CascadeLayer layer = this;
        for (String part : name.strip().split("\\s*\\.\\s*")) {
            CascadeLayer outer = layer;
            layer = outer.named.computeIfAbsent(part, k -> new CascadeLayer(outer, outer.sublayers++));
        }
        return layer;
    }

    /** A new sublayer without a name ({@code @layer { … }}, {@code @import … layer}): each is its own. */
    CascadeLayer anonymous() {
        return new CascadeLayer(this, sublayers++);
    }

    /**
     * Positive when this layer's normal declarations win over {@code other}'s, negative when they
     * lose, 0 when both are the same layer. A layer wins over its own sublayers; of two layers
     * neither inside the other, the one declared later (under their common ancestor) wins.
     */
    int compareTo(CascadeLayer other) {
        List<Integer> mine = path();
        List<Integer> theirs = other.path();
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            if (!mine.get(i).equals(theirs.get(i))) {
                return Integer.compare(mine.get(i), theirs.get(i));
            }
        }
        return Integer.compare(theirs.size(), mine.size()); // the shorter path holds the other
    }

    /** The indices from the root down to this layer. */
    private List<Integer> path() {
        List<Integer> path = new ArrayList<>();
        for (CascadeLayer l = this; l.parent != null; l = l.parent) {
            path.add(0, l.index);
        }
        return path;
    }
}
