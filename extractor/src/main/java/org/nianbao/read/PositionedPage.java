package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.TextLine;

/**
 * A page made of absolutely positioned text ({@code pdftohtml -s -i}: one {@code <p>} per text
 * block with its {@code top} and {@code left} in pixels, no table) laid out as space-aligned text,
 * the way {@code pdftotext -layout} prints a PDF: blocks with the same {@code top} on one line,
 * each at the character column of its {@code left}, pages separated by a form feed. The flattened
 * text reader then reads it by character column like any space-aligned text.
 */
final class PositionedPage {

    /** Pixels per character column: about the width of a digit at the 12–15 px such pages use. */
    private static final double PX_PER_COLUMN = 6.0;
    /**
     * Blocks whose tops differ by at most this many pixels stand on one line. The top of a block is
     * the top of its font's box, not of its glyphs: in LibreOffice's PDF of a Word table a label in a
     * CJK font starts 3–4 px below the digits of the same row at 17 px (a narrow label cell wrapped
     * over five lines, `3.危及` / `“三安` / …), while the lines of a page stand 15 px or more apart.
     */
    private static final double SAME_LINE_PX = 5;
    private static final Pattern TOP = Pattern.compile("top:\\s*(\\d+(?:\\.\\d+)?)px");
    private static final Pattern LEFT = Pattern.compile("left:\\s*(\\d+(?:\\.\\d+)?)px");
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");
    /** Fewer positioned blocks than this is a page with a few floating elements, not a laid-out document. */
    private static final int MIN_BLOCKS = 20;
    /** Blocks starting at one left that make it a column of a table. */
    private static final int STOP_BLOCKS = 5;

    private PositionedPage() {
    }

    /** The page laid out as lines of text, or empty when it is not a positioned page. */
    static Optional<List<TextLine>> lines(Document page) {
        List<Element> blocks = page.select("p[style*=position:absolute]");
        if (blocks.size() < MIN_BLOCKS || !page.select("table").isEmpty()) {
            return Optional.empty();
        }
        List<TextLine> out = new ArrayList<>();
        List<Element> pages = page.select("div[id~=^page\\d+-div$]");
        boolean first = true;
        TreeMap<Integer, Integer> stops = columnStops(page);
        for (Element p : pages.isEmpty() ? List.of(page.body()) : pages) {
            TreeMap<Double, List<Block>> rows = new TreeMap<>();
            for (Element b : p.select("p[style*=position:absolute]")) {
                Matcher top = TOP.matcher(b.attr("style"));
                Matcher left = LEFT.matcher(b.attr("style"));
                if (!top.find() || !left.find()) {
                    continue;
                }
                double y = Double.parseDouble(top.group(1));
                int column = (int) Math.round(Double.parseDouble(left.group(1)) / PX_PER_COLUMN);
                int line = b.sourceRange().isTracked() ? b.sourceRange().start().lineNumber() : 0;
                List<String> texts = blockLines(b);
                // a label and its values can stand a few pixels apart (different fonts): one line,
                // whichever of them comes first in the file
                double key = sameLine(rows, y).orElse(y);
                int px = (int) Math.round(Double.parseDouble(left.group(1)));
                for (int k = 0; k < texts.size(); k++) {
                    // a block's later lines go just below its first, before the next row of blocks
                    List<Block> row = rows.computeIfAbsent(key + k * 0.01, t -> new ArrayList<>());
                    List<String> words = texts.size() == 1 ? mergedHeaderWords(texts.get(0), stops, px) : List.of();
                    if (words.isEmpty()) {
                        row.add(new Block(column, texts.get(k), line));
                        continue;
                    }
                    int at = px;
                    for (String w : words) {
                        row.add(new Block((int) Math.round(at / PX_PER_COLUMN), w, line));
                        at = stops.higherKey(at) == null ? at : stops.higherKey(at);
                    }
                }
            }
            boolean pageStart = !first;
            first = false;
            for (Map.Entry<Double, List<Block>> row : rows.entrySet()) {
                List<Block> bs = row.getValue();
                bs.sort((a, b) -> Integer.compare(a.column, b.column));
                StringBuilder sb = new StringBuilder(pageStart ? "\f" : "");
                pageStart = false;
                List<TextLine.Part> parts = new ArrayList<>();
                for (Block b : bs) {
                    int pad = sb.length() == 0 || sb.toString().equals("\f") ? b.column : Math.max(2, b.column - width(sb));
                    sb.append(" ".repeat(Math.max(0, pad)));
                    parts.add(new TextLine.Part(b.text, new Location.Line(b.line), sb.length() - (sb.indexOf("\f") == 0 ? 1 : 0)));
                    sb.append(b.text);
                }
                // each value keeps the source line of its own block, not of the label beside it
                out.add(new TextLine(sb.toString(), new Location.Line(bs.get(0).line), parts));
            }
        }
        return Optional.of(out);
    }

    /**
     * The lines of one block. A block whose lines are all digits is one number wrapped in a narrow
     * cell ({@code 54<br/>1} is 541): pdftohtml keeps a cell's lines in one block, so the block
     * proves they belong together.
     */
    private static List<String> blockLines(Element b) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (Node n : b.childNodes()) {
            if (n instanceof Element e && e.normalName().equals("br")) {
                lines.add(cur.toString().strip());
                cur.setLength(0);
            } else if (n instanceof TextNode t) {
                cur.append(t.getWholeText().replace('\u00A0', ' '));
            } else if (n instanceof Element e) {
                cur.append(e.wholeText().replace('\u00A0', ' '));
            }
        }
        lines.add(cur.toString().strip());
        lines.removeIf(String::isEmpty);
        if (lines.size() > 1 && lines.stream().allMatch(l -> DIGITS.matcher(l).matches())) {
            return List.of(String.join("", lines));
        }
        return lines;
    }

    /**
     * The words of a block that pdftohtml merged from header cells side by side
     * ({@code 商业企业&#160;科研机构&#160;社会公益} at the left of 商业企业's column, the values of the
     * three columns under it), when the block starts at a column stop and there are stops enough to
     * its right for each further word: each word is then placed at the next stop, as the page shows
     * it. Empty for any other block (text with digits, one word, a block not at a column stop).
     * Left merged, 法律服务机构 at the next column took 商业企业's place in the header, commercial and
     * legal_service swapped with no finding ({@code corpus/redteam/pdftohtml-landscape-merged-header-2019.html}).
     */
    private static List<String> mergedHeaderWords(String text, TreeMap<Integer, Integer> stops, int px) {
        if (!stops.containsKey(px)) {
            return List.of();
        }
        List<String> words = List.of(text.split("\\s+"));
        if (words.size() < 2 || words.stream().anyMatch(w -> w.length() < 2 || w.chars().anyMatch(Character::isDigit))
                || stops.tailMap(px, false).size() < words.size() - 1) {
            return List.of();
        }
        return words;
    }

    /**
     * The lefts (px) at which at least {@link #STOP_BLOCKS} blocks of the document start: the columns
     * of a table, where a header cell and the values under it start alike. Counted over all pages:
     * a browser prints a table's columns at the same lefts on every page, and the page of table 三's
     * header may hold only two rows of values (red team 12a's landscape print).
     */
    private static TreeMap<Integer, Integer> columnStops(Element page) {
        TreeMap<Integer, Integer> count = new TreeMap<>();
        for (Element b : page.select("p[style*=position:absolute]")) {
            Matcher left = LEFT.matcher(b.attr("style"));
            if (left.find()) {
                count.merge((int) Math.round(Double.parseDouble(left.group(1))), 1, Integer::sum);
            }
        }
        count.values().removeIf(n -> n < STOP_BLOCKS);
        return count;
    }

    /** The line already started (a block's first line, at a whole pixel) that a block at {@code y} stands on. */
    private static Optional<Double> sameLine(TreeMap<Double, List<Block>> rows, double y) {
        Optional<Double> best = Optional.empty();
        for (double key : rows.subMap(y - SAME_LINE_PX, true, y + SAME_LINE_PX, true).keySet()) {
            if (key == Math.floor(key) && (best.isEmpty() || Math.abs(key - y) < Math.abs(best.get() - y))) {
                best = Optional.of(key);
            }
        }
        return best;
    }

    /** Character columns of the line so far (a form feed takes none). */
    private static int width(StringBuilder sb) {
        return sb.length() - (sb.length() > 0 && sb.charAt(0) == '\f' ? 1 : 0);
    }

    private record Block(int column, String text, int line) {
    }
}
