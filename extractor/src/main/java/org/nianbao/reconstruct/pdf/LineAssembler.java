package org.nianbao.reconstruct.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into lines and writes a line's text the way its author typed it. Never works from
 * PDFBox's own text output, which interleaves the lines of multi-line cells and inserts a space
 * where the font changes (积石山县 2020年).
 */
public final class LineAssembler {

    /** Glyphs whose baselines differ by less than this share a line (fraction of the font size). */
    private static final float SAME_LINE = 0.45f;
    /** A gap wider than this (fraction of the font size) is a space in the text. */
    private static final float WORD_GAP = 0.25f;
    /** A repeated glyph this close to the previous one is fake bold (fraction of its width). */
    private static final float FAKE_BOLD = 0.35f;

    /** The glyphs as lines in reading order, each line's glyphs left to right in its own direction. */
    public List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.removeIf(Glyph::isSpace);
        sorted.sort(Comparator.comparingInt(Glyph::dir).thenComparingDouble(Glyph::lineY));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float baseline = 0;
        for (Glyph g : sorted) {
            boolean same = !current.isEmpty() && current.get(0).dir() == g.dir()
                    && Math.abs(g.lineY() - baseline) <= SAME_LINE * Math.max(g.size(), current.get(0).size());
            if (!same && !current.isEmpty()) {
                lines.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
            baseline = (float) current.stream().mapToDouble(Glyph::lineY).average().orElse(g.lineY());
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        List<List<Glyph>> out = new ArrayList<>();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::lineX));
            out.add(withoutFakeBold(line));
        }
        return out;
    }

    /** A line's text: a space where there is a visible gap, except between Chinese characters. */
    public String text(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.lineX() - prev.lineEnd() > WORD_GAP * Math.max(g.size(), prev.size())
                    && !(isCjk(last(sb)) && isCjk(g.text().codePointAt(0)))) {
                sb.append(' ');
            }
            sb.append(g.text());
            prev = g;
        }
        return sb.toString();
    }

    /** The text of several lines of one cell, joined in reading order with line breaks. */
    public String cellText(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> line : lines(glyphs)) {
            sb.append(sb.length() == 0 ? "" : "\n").append(text(line));
        }
        return sb.toString();
    }

    /** Fake bold draws each glyph twice, a fraction of a point apart; keep one. */
    private static List<Glyph> withoutFakeBold(List<Glyph> line) {
        List<Glyph> out = new ArrayList<>(line.size());
        for (Glyph g : line) {
            Glyph prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.text().equals(g.text())
                    && Math.abs(g.lineX() - prev.lineX()) < FAKE_BOLD * Math.max(prev.width(), 0.1f * prev.size())) {
                continue;
            }
            out.add(g);
        }
        return out;
    }

    private static int last(StringBuilder sb) {
        return sb.length() == 0 ? ' ' : sb.codePointBefore(sb.length());
    }

    /**
     * Han characters and CJK/full-width punctuation: text in which a layout gap is never a space.
     * Full-width digits are not: a gap between two of them may separate two values.
     */
    static boolean isCjk(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F
                || cp >= 0xFF00 && cp <= 0xFFEF && !Character.isLetterOrDigit(cp)
                || cp >= 0x2E80 && cp <= 0x2FDF;
    }
}
