package org.nianbao.reconstruct.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Text drawn across a table's column borders, which is no cell's own. A cell's text wraps inside its
 * borders, so a run of touching glyphs that a drawn vertical border goes through was laid out for a wider
 * box: the rest of a merged cell that a page break cut. LibreOffice repeats a DOCX header row
 * ({@code w:tblHeader}) whose cell is merged down into rows that are not repeated; on the next page it
 * draws the text the cut cell no longer holds over the rows below it, through their borders, on a line
 * grid of its own (table 三's note cell 本列数据的勾稽关系为：… runs on over the labels of the first rows).
 * The lines of that paragraph above the crossing ones, at the same left edge and line pitch and in the
 * same row, are its too ({@code 为：}, too short to cross a border).
 *
 * <p>Runs with a digit or a dash are left where they are: a number or a blank's mark too wide for its cell
 * is a value, and the cells' checks flag what it does to them.
 */
final class OverflowingText {

    /** Glyphs whose baselines differ by at most this (points) are on one line of one paragraph. */
    private static final float SAME_BASELINE = 0.25f;
    /** Glyphs this close (fraction of the size) follow each other in one run. */
    private static final float TOUCHING = 0.15f;
    /**
     * A glyph reaching this far (fraction of its width) past a border on both sides is cut by it: text set
     * tight against its cell's border (Chromium's {@code cellpadding=0}) touches it, never goes through.
     */
    private static final float THROUGH = 0.2f;
    /** Line starts and pitches this close (points) are the same. */
    private static final float SAME_PLACE = 0.5f;

    /** One run of touching glyphs on one baseline. */
    private record Run(List<Glyph> glyphs) {
        float x0() {
            return glyphs.get(0).x0();
        }

        float x1() {
            return glyphs.get(glyphs.size() - 1).x1();
        }

        float baseline() {
            return glyphs.get(0).lineY();
        }

        float size() {
            return glyphs.get(0).size();
        }

        float centerY() {
            return glyphs.get(0).centerY();
        }

        boolean textOnly() {
            return glyphs.stream().allMatch(g -> g.text().codePoints().allMatch(OverflowingText::textCharacter));
        }
    }

    /**
     * The glyphs of {@code glyphs} that run across a drawn column border of the table whose column edges
     * are {@code xs} and row edges {@code ys}; {@code vAt} holds the vertical lines at each column edge.
     */
    Set<Glyph> find(List<Glyph> glyphs, List<Float> xs, List<Float> ys, List<List<Ruling>> vAt) {
        Set<Glyph> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (xs.size() < 3) {
            return out;
        }
        List<Run> runs = runs(glyphs.stream().filter(g -> g.dir() == 0 && !g.isSpace()
                && g.centerX() > xs.get(0) && g.centerX() < xs.get(xs.size() - 1)
                && g.centerY() > ys.get(0) && g.centerY() < ys.get(ys.size() - 1)).toList());
        List<Run> crossing = new ArrayList<>();
        for (Run r : runs) {
            if (r.glyphs().size() >= 2 && r.textOnly() && crosses(r, xs, vAt)) {
                crossing.add(r);
            }
        }
        List<Run> overflow = new ArrayList<>(crossing);
        for (Run c : crossing) {
            float pitch = pitch(c, crossing);
            if (Float.isNaN(pitch)) {
                continue;
            }
            // the paragraph's lines above and below the crossing ones, in the same row of the table
            int row = index(ys, c.centerY());
            for (int dir : new int[] {-1, 1}) {
                Run at = c;
                while (true) {
                    Run next = lineAt(runs, at, at.baseline() + dir * pitch);
                    if (next == null || index(ys, next.centerY()) != row || !next.textOnly()) {
                        break;
                    }
                    if (!overflow.contains(next)) {
                        overflow.add(next);
                    }
                    at = next;
                }
            }
        }
        for (Run r : overflow) {
            out.addAll(r.glyphs());
        }
        return out;
    }

    /** Runs of touching glyphs, each on one baseline, left to right. */
    private static List<Run> runs(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::lineY).thenComparingDouble(Glyph::lineX));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (line != null && Math.abs(g.lineY() - line.get(0).lineY()) <= SAME_BASELINE) {
                line.add(g);
            } else {
                lines.add(new ArrayList<>(List.of(g)));
            }
        }
        List<Run> runs = new ArrayList<>();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::lineX));
            List<Glyph> run = new ArrayList<>();
            for (Glyph g : line) {
                Glyph prev = run.isEmpty() ? null : run.get(run.size() - 1);
                if (prev != null && (g.lineX() - prev.lineEnd() > TOUCHING * Math.max(g.size(), prev.size())
                        || g.lineX() < prev.lineX() + prev.width() / 2)) { // overlapping glyphs are two layers
                    runs.add(new Run(List.copyOf(run)));
                    run.clear();
                }
                run.add(g);
            }
            runs.add(new Run(List.copyOf(run)));
        }
        return runs;
    }

    /** True when an inner column border drawn beside the run goes through one of its glyphs. */
    private static boolean crosses(Run r, List<Float> xs, List<List<Ruling>> vAt) {
        for (int i = 1; i < xs.size() - 1; i++) {
            float x = xs.get(i);
            boolean through = r.glyphs().stream().anyMatch(g -> g.x0() < x - THROUGH * (g.x1() - g.x0())
                    && g.x1() > x + THROUGH * (g.x1() - g.x0()));
            if (through && vAt.get(i).stream().anyMatch(l -> l.start() <= r.centerY() && l.end() >= r.centerY())) {
                return true;
            }
        }
        return false;
    }

    /** The line pitch of the crossing paragraph {@code c} belongs to: the nearest crossing line at its left edge. */
    private static float pitch(Run c, List<Run> crossing) {
        float best = Float.NaN;
        for (Run o : crossing) {
            float d = Math.abs(o.baseline() - c.baseline());
            if (o != c && Math.abs(o.x0() - c.x0()) <= SAME_PLACE && d > c.size() / 2 && (Float.isNaN(best) || d < best)) {
                best = d;
            }
        }
        return best;
    }

    /** The run starting at {@code from}'s left edge, in its size, on the baseline {@code baseline}. */
    private static Run lineAt(List<Run> runs, Run from, float baseline) {
        for (Run r : runs) {
            if (Math.abs(r.x0() - from.x0()) <= SAME_PLACE && Math.abs(r.baseline() - baseline) <= SAME_PLACE
                    && Math.abs(r.size() - from.size()) <= SAME_PLACE) {
                return r;
            }
        }
        return null;
    }

    /** Han characters and CJK punctuation other than dashes: never a value, nor a blank's mark. */
    private static boolean textCharacter(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && cp != '〇' && cp != '零'
                && cp != '无' && cp != '空'
                || LineAssembler.isCjk(cp) && !Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.DASH_PUNCTUATION
                && cp != '〇' && cp != '－' && cp != '—' && cp != '―' && cp != '／' && cp != '＼';
    }

    /** The row (or column) interval of the sorted edges holding {@code v}, or -1 outside them. */
    private static int index(List<Float> edges, float v) {
        for (int i = 0; i + 1 < edges.size(); i++) {
            if (v >= edges.get(i) && v <= edges.get(i + 1)) {
                return i;
            }
        }
        return -1;
    }
}
