package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Text written another way than the page's and laid across it: a watermark or a stamp printed down the
 * page (CSS {@code writing-mode: vertical-rl}: Chinese characters upright one under the other, digits and
 * Latin letters on their side in the same column) or turned a quarter or a half turn ({@code transform:
 * rotate}), put over a report's pages by {@code qpdf --overlay}. Its glyphs are drawn one after the other,
 * each next to the last along the run. Such a run is not the table's text when it crosses a table border
 * between two of its glyphs (a cell's own text stays inside its cell) or stacks upright and sideways glyphs
 * in one column (text wrapped in a narrow cell never turns its digits): its year, {@code 2021}, would
 * otherwise be read as the value of the empty cell it runs through, and its first characters, above the
 * table, as a table of their own that keeps the table's two pages apart. A vertical header (one character
 * a line, or turned) is a run too, but inside its cell and of one kind: it is kept.
 */
final class AcrossPageText {

    /** Glyph centres this far apart across the run (share of the larger size) stand in one line. */
    private static final float IN_LINE = 0.3f;
    /** Glyph boxes at most this far apart along the run (share of the larger size) follow each other. */
    private static final float NEXT = 0.6f;
    /** Glyph boxes overlapping this much along the run (share of the larger size) still follow each other. */
    private static final float OVERLAP = 0.3f;
    /** Sizes further apart than this factor are not one run. */
    private static final float SAME_SIZE = 1.25f;
    /** A run has at least this many glyphs to be told by where it runs or how its glyphs stand. */
    private static final int LEAST = 3;

    /** The way a run goes in the reading frame. */
    private enum Axis { DOWN, ACROSS }

    private AcrossPageText() {
    }

    /**
     * The glyphs of {@code drawn} (in drawing order) that are such text, by identity.
     *
     * @param rulings the page's rulings in the reading frame
     */
    static Set<TextPosition> of(List<TextPosition> drawn, PageTurn turn, List<Ruling> rulings) {
        Set<TextPosition> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Placed> run = new ArrayList<>();
        Axis axis = null;
        for (TextPosition p : drawn) {
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                continue; // the space between a run's words
            }
            Placed here = new Placed(p, turn.box(p), turn.dir(p), PageTurn.size(p));
            Axis next = run.isEmpty() ? null : follows(run.get(run.size() - 1), here);
            if (next != null && (axis == null || axis == next)) {
                run.add(here);
                axis = next;
                continue;
            }
            if (across(run, axis, rulings)) {
                run.forEach(g -> out.add(g.glyph()));
            }
            run = new ArrayList<>(List.of(here));
            axis = null;
        }
        if (across(run, axis, rulings)) {
            run.forEach(g -> out.add(g.glyph()));
        }
        return out;
    }

    /** A glyph with its box in the reading frame {x0, y0, x1, y1}, its direction there and its size. */
    private record Placed(TextPosition glyph, float[] box, int dir, float size) {
        float cx() {
            return (box[0] + box[2]) / 2;
        }

        float cy() {
            return (box[1] + box[3]) / 2;
        }
    }

    /**
     * The way {@code b} follows {@code a} in a run, or null: down the frame when they stand one under the
     * other (upright glyphs stacked, or glyphs turned a quarter turn), across it when both are upside down.
     * Upright glyphs side by side are the page's own lines, never such a run.
     */
    private static Axis follows(Placed a, Placed b) {
        float size = Math.max(a.size(), b.size());
        if (size <= 0 || Math.max(a.size(), b.size()) > SAME_SIZE * Math.min(a.size(), b.size())) {
            return null;
        }
        if (a.dir() != 180 && b.dir() != 180 && Math.abs(a.cx() - b.cx()) <= IN_LINE * size
                && next(a.box()[1], a.box()[3], b.box()[1], b.box()[3], size)) {
            return Axis.DOWN;
        }
        if (a.dir() == 180 && b.dir() == 180 && Math.abs(a.cy() - b.cy()) <= IN_LINE * size
                && next(a.box()[0], a.box()[2], b.box()[0], b.box()[2], size)) {
            return Axis.ACROSS;
        }
        return null;
    }

    /** Two spans along a run are next to each other: a small gap or a small overlap. */
    private static boolean next(float a0, float a1, float b0, float b1, float size) {
        float gap = Math.max(b0 - a1, a0 - b1);
        return gap <= NEXT * size && gap >= -OVERLAP * size;
    }

    /** The run is laid across the page: it crosses a border, or stacks upright and sideways glyphs. */
    private static boolean across(List<Placed> run, Axis axis, List<Ruling> rulings) {
        if (run.size() < LEAST) {
            return false;
        }
        boolean upright = run.stream().anyMatch(g -> g.dir() == 0);
        boolean turned = run.stream().anyMatch(g -> g.dir() != 0);
        if (axis == Axis.DOWN && upright && turned) {
            return true;
        }
        for (int i = 1; i < run.size(); i++) {
            if (crossed(run.get(i - 1), run.get(i), axis, rulings)) {
                return true;
            }
        }
        return false;
    }

    /** A ruling across the run's way passes between the two glyphs' centres. */
    private static boolean crossed(Placed a, Placed b, Axis axis, List<Ruling> rulings) {
        for (Ruling r : rulings) {
            if (axis == Axis.DOWN && r.horizontal()) {
                float x = (a.cx() + b.cx()) / 2;
                if (x >= r.x0() && x <= r.x1() && between(r.position(), a.cy(), b.cy())) {
                    return true;
                }
            } else if (axis == Axis.ACROSS && r.vertical()) {
                float y = (a.cy() + b.cy()) / 2;
                if (y >= r.y0() && y <= r.y1() && between(r.position(), a.cx(), b.cx())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean between(float v, float a, float b) {
        return v > Math.min(a, b) && v < Math.max(a, b);
    }
}
