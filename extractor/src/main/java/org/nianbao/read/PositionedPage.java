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
    /**
     * The widest gap, in ems, between two strings pdftohtml joins into one block: less than the
     * font's box height (about an em; a little more for fonts with tall boxes).
     */
    private static final double MAX_GAP_EM = 1.5;
    /** How far, in ems, a string may start before the end its characters' widths give the one before it. */
    private static final double GAP_SLACK_EM = 0.5;
    private static final Pattern FONT_SIZE = Pattern.compile("\\.ft(\\d+)\\s*\\{[^}]*?font-size:\\s*(\\d+(?:\\.\\d+)?)px");
    private static final Pattern PAGE_DIV = Pattern.compile("page(\\d+)-div");
    /** A plus or minus sign alone in a block, half- or full-width. */
    private static final Pattern SIGN = Pattern.compile("[-+−－＋]");
    private static final Pattern DIGIT_FIRST = Pattern.compile("[0-9０-９]");
    /** How far, in ems, past a sign's own width the figure it belongs to may start (the glyph's side bearings). */
    private static final double SIGN_SLACK_EM = 0.5;

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
        Map<String, Double> fontPx = fontSizes(page);
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
                double em = em(b, p, fontPx);
                for (int k = 0; k < texts.size(); k++) {
                    // a block's later lines go just below its first, before the next row of blocks
                    List<Block> row = rows.computeIfAbsent(key + k * 0.01, t -> new ArrayList<>());
                    Map<Integer, String> words = texts.size() == 1
                            ? mergedHeaderWords(b.wholeText(), stops, px, em) : Map.of();
                    if (words.isEmpty()) {
                        row.add(new Block(column, texts.get(k), line, px, em));
                        continue;
                    }
                    words.forEach((at, w) -> row.add(new Block((int) Math.round(at / PX_PER_COLUMN), w, line, at, em)));
                }
            }
            boolean pageStart = !first;
            first = false;
            for (Map.Entry<Double, List<Block>> row : rows.entrySet()) {
                List<Block> bs = signsJoined(row.getValue());
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
     * The line's blocks left to right, a sign joined to the figure it touches: pdftohtml starts a new
     * block where the font changes, and a browser may set a minus in another font than the full-width
     * digits after it ({@code -} in DejaVu Sans at left 647, {@code １} at 653: -1). Laid out apart, the
     * {@code -} read as a blank mark in the column before and the figure lost its sign. A figure starting
     * within the sign's width and half an em of the sign's left (a sign counted half an em wide, a
     * full-width one an em) touches it: the two are one string; a blank mark in a cell of its own
     * stands a cell's padding farther.
     */
    private static List<Block> signsJoined(List<Block> blocks) {
        List<Block> sorted = new ArrayList<>(blocks);
        sorted.sort((a, b) -> Integer.compare(a.column, b.column));
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Block sign = sorted.get(i);
            Block next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (next != null && SIGN.matcher(sign.text).matches() && sign.em > 0 && next.px >= sign.px
                    && next.px - sign.px <= width(sign.text, sign.em) + SIGN_SLACK_EM * sign.em
                    && DIGIT_FIRST.matcher(next.text).lookingAt()) {
                out.add(new Block(sign.column, sign.text + next.text, sign.line, sign.px, sign.em));
                i++;
                continue;
            }
            out.add(sign);
        }
        return out;
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
     * The pieces of a block that pdftohtml merged from header cells side by side
     * ({@code 商业 企业&#160;科研 机构&#160;社会公益} at the left of 商业企业's column, the values of the
     * three columns under it), each at the left (px) where the page shows it; empty for any other
     * block (text with digits, one piece, a string of one character, a block not at a column stop)
     * and wherever the page does not prove the places.
     *
     * <p>pdftohtml joins two strings of one line into a block with {@code &#160;} when the gap between
     * them is more than a tenth of the font's height and less than the whole height; a plain space is a
     * space inside one string, so {@code 商业 企业} is one cell's text, never two. A piece then starts
     * within that gap of where the piece before it ends, its width known from the font size (a CJK
     * character is one em): it is placed at the one column stop (a left where five or more blocks of
     * the document start) in that window; a piece with no stop there goes on the piece before it (two
     * strings of one cell); two stops there, or a stop out of order, leave the block unsplit. Placed at
     * the next stops in turn regardless, {@code 商业 企业 科研 机构 社会公益} put 社会公益组织 where
     * 其他 stands, and with its rest {@code 组织} a line below under its own column the header read
     * 社会公益组织 and 法律服务机构 swapped, every row's totals holding
     * ({@code corpus/redteam/pdftohtml-merged-org-block-wrapped-mixed.html}); left merged, 法律服务机构
     * took 商业企业's place ({@code corpus/redteam/pdftohtml-landscape-merged-header-2019.html}).
     */
    static Map<Integer, String> mergedHeaderWords(String raw, TreeMap<Integer, Integer> stops, int px, double em) {
        List<String> pieces = new ArrayList<>();
        for (String piece : raw.split("\u00A0+")) {
            if (!piece.isBlank()) {
                pieces.add(piece.strip());
            }
        }
        // one character a string is letter-spaced text: the gaps add up and no stop can be told from them
        if (em <= 0 || !stops.containsKey(px) || pieces.size() < 2
                || pieces.stream().anyMatch(w -> w.length() < 2 || w.chars().anyMatch(Character::isDigit))) {
            return Map.of();
        }
        Map<Integer, String> placed = new TreeMap<>();
        int at = px;
        StringBuilder word = new StringBuilder(pieces.get(0));
        String last = pieces.get(0);
        // where the last piece may start: exactly at a stop, or somewhere after the pieces joined to it
        double lo = px;
        double hi = px;
        for (String piece : pieces.subList(1, pieces.size())) {
            double width = width(last, em);
            last = piece;
            double from = lo + width - GAP_SLACK_EM * em;
            double to = hi + width + MAX_GAP_EM * em;
            List<Integer> candidates = List.copyOf(stops.subMap((int) Math.ceil(from), true, (int) Math.floor(to), true).keySet());
            if (candidates.size() > 1 || candidates.size() == 1 && candidates.get(0) <= at) {
                return Map.of();
            }
            if (candidates.isEmpty()) {
                word.append(' ').append(piece); // another string of the same cell
                lo += width;
                hi = to;
                continue;
            }
            placed.put(at, word.toString());
            at = candidates.get(0);
            word = new StringBuilder(piece);
            lo = at;
            hi = at;
        }
        placed.put(at, word.toString());
        return placed.size() < 2 ? Map.of() : placed;
    }

    /** Width in px of text at a font of {@code em} px: a CJK or full-width character one em, others half. */
    private static double width(String text, double em) {
        return text.codePoints().mapToDouble(c -> c >= 0x2E80 ? em : em / 2).sum();
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

    /**
     * The font sizes (px) of a pdftohtml page's font classes, by font number. pdftohtml names a
     * class {@code ft} + page number + font number and defines each font once, in the style of the
     * page it first appears on ({@code .ft12} on page 1 is font 2, used on page 2 as {@code ft22}).
     */
    private static Map<String, Double> fontSizes(Document page) {
        Map<String, Double> sizes = new java.util.HashMap<>();
        for (Element style : page.select("style")) {
            String pageNo = style.nextElementSiblings().stream().map(e -> PAGE_DIV.matcher(e.id()))
                    .filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElse("");
            Matcher m = FONT_SIZE.matcher(style.data());
            while (m.find()) {
                if (!pageNo.isEmpty() && m.group(1).startsWith(pageNo) && m.group(1).length() > pageNo.length()) {
                    sizes.putIfAbsent(m.group(1).substring(pageNo.length()), Double.parseDouble(m.group(2)));
                }
            }
        }
        return sizes;
    }

    /** The font size (px) of a block on a page of {@link #fontSizes}, or 0 when it is not known. */
    private static double em(Element block, Element pageDiv, Map<String, Double> fontPx) {
        Matcher page = PAGE_DIV.matcher(pageDiv.id());
        String cls = block.className();
        if (!page.matches() || !cls.startsWith("ft" + page.group(1))) {
            return 0;
        }
        return fontPx.getOrDefault(cls.substring(2 + page.group(1).length()), 0.0);
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

    private record Block(int column, String text, int line, double px, double em) {
    }
}
