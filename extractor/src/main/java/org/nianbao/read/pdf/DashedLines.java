package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines a dotted or dashed border makes. Chromium prints a {@code dotted} or {@code dashed} CSS border as
 * one small filled box per dot or dash (0.75 pt squares, or 2.25 × 0.75 pt dashes 1.5 pt apart), not as a
 * stroked line with a dash pattern: each piece is shorter than any border, so taken one by one a dotted table
 * has no lines at all and is read as a stream of text (red team rty: 64 % of cells, half of them flagged).
 * A run of at least {@link #MIN_PIECES} pieces of one thickness, on one line, each no further from the next
 * than twice the longer of the two, is one line from the first piece's start to the last one's end.
 * Boxes are in PDF space, each {@code x0, y0, x1, y1}.
 */
final class DashedLines {

    /** Fewer pieces in a row are a mark or two (a bullet, a tick), not a border. */
    static final int MIN_PIECES = 3;
    /** Pieces of one line stand this close across it (points), and differ this little in thickness. */
    private static final float ALIGN = 0.3f;

    /** A piece's box, its extent along the run's direction and across it. */
    private record Piece(float[] box, float start, float end, float across0, float across1) {
        float centre() {
            return (across0 + across1) / 2;
        }

        float thickness() {
            return across1 - across0;
        }

        float length() {
            return end - start;
        }
    }

    /** The joined lines, each {@code x0, y0, x1, y1} through the middle of its pieces. */
    record Joined(List<float[]> lines, List<float[]> unjoined) {
    }

    /**
     * Joins the pieces into lines, horizontal runs and vertical runs alike (a square dot at a corner may
     * belong to both); the pieces in no run are handed back as they were.
     */
    Joined join(List<float[]> pieces) {
        List<float[]> lines = new ArrayList<>();
        boolean[] used = new boolean[pieces.size()];
        runs(pieces, true, lines, used);
        runs(pieces, false, lines, used);
        List<float[]> unjoined = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (!used[i]) {
                unjoined.add(pieces.get(i));
            }
        }
        return new Joined(lines, unjoined);
    }

    private static void runs(List<float[]> boxes, boolean horizontal, List<float[]> lines, boolean[] used) {
        List<Integer> order = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (float[] b : boxes) {
            float x0 = Math.min(b[0], b[2]);
            float x1 = Math.max(b[0], b[2]);
            float y0 = Math.min(b[1], b[3]);
            float y1 = Math.max(b[1], b[3]);
            pieces.add(horizontal ? new Piece(b, x0, x1, y0, y1) : new Piece(b, y0, y1, x0, x1));
            order.add(order.size());
        }
        // by the line they stand on, then along it: a run is a stretch of this order
        order.sort(Comparator.<Integer>comparingDouble(i -> Math.round(pieces.get(i).centre() / ALIGN))
                .thenComparingDouble(i -> pieces.get(i).start()));
        int from = 0;
        for (int k = 1; k <= order.size(); k++) {
            if (k == order.size() || !continues(pieces.get(order.get(k - 1)), pieces.get(order.get(k)))) {
                if (k - from >= MIN_PIECES) {
                    Piece first = pieces.get(order.get(from));
                    Piece last = pieces.get(order.get(k - 1));
                    float at = first.centre();
                    lines.add(horizontal ? new float[] {first.start(), at, last.end(), at}
                            : new float[] {at, first.start(), at, last.end()});
                    for (int j = from; j < k; j++) {
                        used[order.get(j)] = true;
                    }
                }
                from = k;
            }
        }
    }

    /** Whether {@code next} is the piece after {@code piece} on one dotted or dashed line. */
    private static boolean continues(Piece piece, Piece next) {
        float gap = next.start() - piece.end();
        return Math.abs(next.centre() - piece.centre()) <= ALIGN
                && Math.abs(next.thickness() - piece.thickness()) <= ALIGN
                && gap >= -ALIGN && gap <= 2 * Math.max(piece.length(), next.length());
    }
}
