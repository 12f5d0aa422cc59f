package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The column grid of a binary Word table, rebuilt from its cells' left and right edges (twips):
 * every distinct edge of any row is a column boundary, edges closer than {@link #TOLERANCE} being
 * the same boundary drawn slightly apart. A cell covers the columns between its two edges.
 */
final class DocColumns {

    /** About 1.5 mm: rows of one table drawn by hand rarely align better. */
    static final int TOLERANCE = 85;
    private static final int MAX_COLUMNS = 63;

    private final List<Integer> boundaries;

    private DocColumns(List<Integer> boundaries) {
        this.boundaries = boundaries;
    }

    static DocColumns of(Table t) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        return of(edges);
    }

    /** Boundaries from raw edges, merging those within the tolerance of the previous one kept. */
    static DocColumns of(TreeSet<Integer> edges) {
        List<Integer> kept = new ArrayList<>();
        for (int e : edges) {
            if (kept.isEmpty() || e - kept.get(kept.size() - 1) > TOLERANCE) {
                kept.add(e);
            }
            if (kept.size() > MAX_COLUMNS + 1) {
                break;
            }
        }
        return new DocColumns(kept);
    }

    /** The 0-based boundary nearest to {@code edge}: a cell starting there starts in that column. */
    int index(int edge) {
        int best = 0;
        for (int i = 1; i < boundaries.size(); i++) {
            if (Math.abs(boundaries.get(i) - edge) < Math.abs(boundaries.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }
}
