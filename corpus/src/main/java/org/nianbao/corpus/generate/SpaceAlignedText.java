package org.nianbao.corpus.generate;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.corpus.generate.Layout.Block;
import org.nianbao.corpus.generate.Layout.Cell;
import org.nianbao.corpus.generate.Layout.Paragraph;
import org.nianbao.corpus.generate.Layout.Slot;
import org.nianbao.corpus.generate.Layout.SlotKind;
import org.nianbao.corpus.generate.Layout.Table;

/**
 * Imitates {@code pdftotext -layout}: cells placed by spaces in columns as wide as their widest
 * text (every character one column, as pdftotext counts them), a wrapped label's second line on a line of its own,
 * a cell merged over several rows printed on its middle row, and form feeds with page numbers
 * where a page ends.
 */
final class SpaceAlignedText {

    private static final int GAP = 3;

    String render(Layout.Document doc) {
        StringBuilder out = new StringBuilder();
        out.append("        ").append(doc.title()).append("\n\n");
        int page = 2;
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                out.append(p.heading() ? "" : "    ").append(p.text()).append("\n\n");
            } else if (b instanceof Table t) {
                int[] widths = widths(t);
                List<List<Slot>> grid = t.grid();
                for (int r = 0; r < grid.size(); r++) {
                    if (t.breaksBefore().contains(r)) {
                        out.append("\n").append(" ".repeat(30)).append("— ").append(page).append(" —\n\f");
                        page++;
                    }
                    row(grid, r, widths, out);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void row(List<List<Slot>> grid, int r, int[] widths, StringBuilder out) {
        List<Slot> row = grid.get(r);
        int lines = 1;
        List<String[]> texts = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            String[] t = shownHere(grid, r, c, spanned(widths, c, row.get(c).cell().colSpan()));
            texts.add(t);
            lines = Math.max(lines, t.length);
        }
        for (int l = 0; l < lines; l++) {
            StringBuilder line = new StringBuilder();
            int col = 0;
            for (int c = 0; c < row.size(); c++) {
                Slot s = row.get(c);
                if (!s.firstColumn()) {
                    continue;
                }
                int width = spanned(widths, c, s.cell().colSpan());
                String[] t = texts.get(c);
                String text = l < t.length ? t[l] : "";
                pad(line, col);
                line.append(text);
                col += width + GAP;
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** The lines a slot prints on this row: a cell merged down several rows prints on its middle row. */
    private static int spanned(int[] widths, int c, int span) {
        int width = 0;
        for (int k = c; k < c + span && k < widths.length; k++) {
            width += widths[k] + (k > c ? GAP : 0);
        }
        return width;
    }

    private static String[] shownHere(List<List<Slot>> grid, int r, int c, int width) {
        Slot s = grid.get(r).get(c);
        if (!s.firstColumn()) {
            return new String[0];
        }
        Cell cell = s.cell();
        int top = r;
        while (top > 0 && grid.get(top - 1).get(c).cell() == cell) {
            top--;
        }
        int middle = top + (cell.rowSpan() - 1) / 2;
        return r == middle ? wrapped(cell.text(), cell.colSpan() == 1 ? Integer.MAX_VALUE : width) : new String[0];
    }

    /** A merged cell's text broken to the width of the columns it spans, as a PDF cell wraps it. */
    private static String[] wrapped(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            StringBuilder cur = new StringBuilder();
            for (char ch : line.toCharArray()) {
                if (width(cur.toString() + ch) > width && cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(ch);
            }
            out.add(cur.toString());
        }
        return out.toArray(new String[0]);
    }


    private static int[] widths(Table t) {
        int[] w = new int[t.columns()];
        java.util.Arrays.fill(w, 2);
        for (List<Slot> row : t.grid()) {
            for (int c = 0; c < row.size(); c++) {
                Slot s = row.get(c);
                if (s.kind() == SlotKind.ORIGIN && s.cell().colSpan() == 1) {
                    for (String line : s.cell().text().split("\n")) {
                        w[c] = Math.max(w[c], width(line));
                    }
                }
            }
        }
        return w;
    }

    private static void pad(StringBuilder line, int col) {
        int have = width(line.toString());
        line.append(" ".repeat(Math.max(have == 0 ? col : 1, col - have)));
    }

    /**
     * Character columns, as pdftotext counts them: it places each glyph at the column its x
     * position maps to, one character per column whatever its width, so a CJK character takes one
     * column like a digit (a terminal would show it two wide).
     */
    static int width(String s) {
        return s.length();
    }
}
