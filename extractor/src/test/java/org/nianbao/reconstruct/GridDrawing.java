package org.nianbao.reconstruct;

import java.util.List;

/** A grid drawn as text for compact expectations: cells separated by |, a spanned position as ^. */
public final class GridDrawing {

    private GridDrawing() {
    }

    public static String draw(CellGrid g) {
        StringBuilder sb = new StringBuilder();
        for (List<GridCell> row : g.rows()) {
            sb.append(String.join("|", row.stream().map(c -> c.spanned() ? "^" : c.text()).toList())).append('\n');
        }
        return sb.toString();
    }
}
