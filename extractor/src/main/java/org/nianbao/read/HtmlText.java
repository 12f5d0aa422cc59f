package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.TextLine;

/**
 * Text of HTML as a reader sees it: whitespace runs collapsed to one space, {@code &nbsp;} read
 * as a space, a line break at {@code <br>} and at each block element (Word writes every cell's
 * content as {@code <p class=MsoNormal>} paragraphs, with empty {@code <o:p>} tags), lines trimmed
 * and blank lines dropped. Scripts, styles and the like are not text. What the page does not show
 * or shows struck out ({@link HtmlVisibility}) is not text either: a cell notes it instead.
 * Raised text ({@code <sup>}) is written in superscript characters, lowered text ({@code <sub>})
 * in subscript characters, a form control as the text it shows ({@code <input value>}, a
 * {@code <textarea>}'s text, a list box's selected option), and zero-width characters are dropped.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "caption", "thead", "tbody", "tfoot", "blockquote",
            "pre", "section", "article", "header", "footer", "aside", "nav", "main", "center", "address", "hr",
            "form", "fieldset", "figure", "figcaption", "title", "details", "summary");
    /**
     * Elements whose text a browser does not draw: code, metadata, and the fallback content of
     * embedded content ({@code canvas}, {@code video}, {@code audio}: a browser that supports the
     * element never shows it, red team 20a's stale digit in a canvas).
     */
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "head", "object",
            "embed", "iframe", "option", "svg", "math", "rp", "canvas", "video", "audio");
    /**
     * MathML that shows its text as written, left to right: numbers, identifiers, operators, text
     * and rows of them ({@code <math><mn>859</mn></math>}, red team 16a). Fractions, scripts, roots
     * and annotations lay text out in ways running text cannot say: such a formula is noted instead.
     */
    private static final Set<String> PLAIN_MATH = Set.of("math", "mrow", "mn", "mi", "mo", "mtext", "ms", "mstyle",
            "mspace");

    /**
     * What a list box shows: the selected option (the first when none is), or every option of a
     * box that shows several at once ({@code multiple}, {@code size} over 1), which then reads as
     * more than one value.
     */
    private static String shownOptions(Element select) {
        List<Element> options = select.getElementsByTag("option");
        if (options.isEmpty()) {
            return "";
        }
        boolean several = select.hasAttr("multiple") || select.attr("size").strip().matches("0*[2-9]\\d*|0*1\\d+");
        if (several) {
            return String.join(" ", options.stream().map(Element::text).toList());
        }
        return options.stream().filter(o -> o.hasAttr("selected")).findFirst().orElse(options.get(0)).text();
    }

    /** Characters that take no room: zero-width space and joiners, word joiner, BOM, soft hyphen. */
    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";

    private HtmlText() {
    }

    /** The text of one table cell, its lines joined with {@code \n}. */
    static CellText cell(Element cell, HtmlVisibility visibility) {
        return cell(cell, visibility, HtmlVisibility.Seen.SHOWN);
    }

    /**
     * The text of one table cell whose inherited colour, size or visibility hides it ({@code around},
     * from {@link HtmlVisibility#around}, settable): text inside an element of the cell that sets
     * that property for itself is judged by it, the rest is hidden and noted.
     */
    static CellText cell(Element cell, HtmlVisibility visibility, HtmlVisibility.Seen around) {
        return cell(cell, visibility, around, false);
    }

    /** The text of one item of a CSS grid whose placement the reader worked out ({@link GridTables}). */
    static CellText gridItem(Element item, HtmlVisibility visibility) {
        return cell(item, visibility, HtmlVisibility.Seen.SHOWN, true);
    }

    private static CellText cell(Element cell, HtmlVisibility visibility, HtmlVisibility.Seen around,
                                 boolean placedByItsGrid) {
        Lines lines = new Lines(Set.of(), visibility);
        lines.inCell = true;
        lines.placed = placedByItsGrid ? cell : null;
        lines.around = around.verdict() == HtmlVisibility.Verdict.HIDDEN && around.settable() ? around : null;
        cell.filter(lines);
        lines.flush();
        if (lines.unseen.length() > 0 && !lines.unseen.toString().isBlank()) {
            lines.notes.add(CellNote.hidden(lines.unseen.toString().strip(), around.how()));
        }
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines.out) {
            sb.append(sb.length() == 0 ? "" : "\n").append(l.text());
        }
        List<CellNote> notes = new ArrayList<>(lines.notes);
        if (sb.toString().isBlank()) {
            picture(cell, visibility).ifPresent(what -> notes.add(CellNote.covered(what
                    + " is the cell's only content: it may show the value, which has no text to read")));
        }
        return new CellText(sb.toString(), notes);
    }

    /** Pictures that can show a value: an image, an inline SVG drawing, a canvas, an image button. */
    private static final Set<String> PICTURES = Set.of("img", "svg", "canvas", "picture", "object", "embed");

    /**
     * The first picture shown in the cell ({@code <img>} and the like, not removed or hidden, not a
     * 1-2 px spacer or tracking pixel), in words; empty when none.
     */
    private static java.util.Optional<String> picture(Element cell, HtmlVisibility visibility) {
        for (Element e : cell.getAllElements()) {
            String tag = e.normalName();
            boolean imageInput = tag.equals("input") && e.attr("type").equalsIgnoreCase("image");
            if (!PICTURES.contains(tag) && !imageInput) {
                continue;
            }
            if (tiny(e.attr("width")) || tiny(e.attr("height"))) {
                continue;
            }
            boolean shown = true;
            for (Element a = e; a != null && shown; a = a == cell ? null : a.parent()) {
                shown = visibility.seen(a).verdict().read();
            }
            if (shown) {
                return java.util.Optional.of("a picture (<" + tag + ">)");
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean tiny(String size) {
        String s = size.strip().replace("px", "");
        try {
            return !s.isEmpty() && Double.parseDouble(s) <= 2;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The running text of {@code root}: every line outside the given tables (whose cells become
     * grids), each located at the line of the page's source where it starts.
     */
    static List<TextLine> running(Element root, Set<Element> skipped, HtmlVisibility visibility) {
        Lines lines = new Lines(skipped, visibility);
        root.filter(lines);
        lines.flush();
        return lines.out;
    }

    /** Collects lines while walking the tree; a block boundary ends the current line. */
    private static final class Lines implements NodeFilter {
        private final Set<Element> skipped;
        private final HtmlVisibility visibility;
        private final List<TextLine> out = new ArrayList<>();
        private final List<CellNote> notes = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int sourceLine = -1;
        /** Inside pre, whitespace is kept and newlines end lines (tab-separated rows survive). */
        private int pre;
        /** The inherited verdict that hides the cell's text where nothing inside sets the property back; null when none. */
        private HtmlVisibility.Seen around;
        /** How many open elements set {@code around}'s property for themselves. */
        private int setBack;
        /**
         * The element inside the cell whose inherited verdict is {@code around} while its content is read
         * ({@code <span style="visibility:hidden">8<span style="visibility:initial">…}); null when {@code
         * around} is the cell's own or there is none.
         */
        private Element hider;
        /** The innermost block element open, whose direction is the line's ({@link BidiLine}); null at the root. */
        private Element paragraph;
        /** The elements whose pieces were noted as moved ({@link #movedPiece}): one note each. */
        private final Set<Element> moved = new HashSet<>();
        /** The text {@code around} hides. */
        private final StringBuilder unseen = new StringBuilder();
        /** Whether the text is a table cell's, where a list's drawn number may stand before a figure. */
        private boolean inCell;
        /** The grid item whose text this is, its grid placement followed ({@link #gridItem}); null otherwise. */
        private Element placed;

        Lines(Set<Element> skipped, HtmlVisibility visibility) {
            this.skipped = skipped;
            this.visibility = visibility;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (around != null && setBack == 0) {
                    unseen.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                String text = drawn(t);
                squeezed(t);
                if (pre > 0) {
                    appendPreformatted(t, text);
                    return FilterResult.CONTINUE;
                }
                boolean item = reversed(t.parentElement());
                if (item && t.isBlank()) {
                    return FilterResult.CONTINUE; // white space between a flex or grid box's items is not drawn
                }
                int before = line.length();
                line.append(item ? isolate(t.parentElement()) : "");
                append(text);
                line.append(item ? String.valueOf(BidiLine.PDI) : "");
                if (sourceLine < 0 && line.length() > before && !line.toString().isBlank()) {
                    sourceLine = firstVisibleLine(t);
                }
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("math") && !plainMath(e) && e.text().chars().anyMatch(Character::isDigit)) {
                    notes.add(CellNote.covered("a MathML formula (<math>) lays out \"" + e.text().strip()
                            + "\" in a way the reader does not work out: it may show the value"));
                }
                if (NOT_TEXT.contains(tag) && !(tag.equals("math") && plainMath(e)) || skipped.contains(e)) {
                    flushIfBlock(tag);
                    if (skipped.contains(e)) {
                        // a data table's cells become its grid, but its caption is running text printed over it
                        // (a web editor's 表格标题, where portals put a red correction note)
                        e.children().stream().filter(c -> c.normalName().equals("caption")).forEach(c -> {
                            c.filter(this);
                            flush();
                        });
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                HtmlVisibility.Seen seen = visibility.seen(e);
                if (seen.verdict() != HtmlVisibility.Verdict.HIDDEN) { // a piece not drawn is left out, wherever it goes
                    movedPiece(e);
                }
                if (seen.verdict() == HtmlVisibility.Verdict.DOUBTED && e.text().chars().anyMatch(Character::isDigit)) {
                    notes.add(CellNote.doubtful(e.text().strip(), "it is drawn in " + seen.how()
                            + ", so whether it shows is not known"));
                }
                if (seen.verdict() == HtmlVisibility.Verdict.HIDDEN && seen.settable() && around == null) {
                    // an inherited colour, size or visibility: a descendant may set it back and show
                    around = seen;
                    hider = e;
                    flushIfBlock(tag);
                    return FilterResult.CONTINUE;
                }
                if (seen.verdict() == HtmlVisibility.Verdict.HIDDEN && seen.settable() && around != null && setBack == 0
                        && seen.inherited().equals(around.inherited())) {
                    // hidden already by the same inherited property (the cell's own white, <td class=w>): its text
                    // goes with the rest that property hides, and a descendant setting it back still shows
                    flushIfBlock(tag);
                    return FilterResult.CONTINUE;
                }
                if (!seen.verdict().read()) {
                    String unseen = e.normalName().equals("input") ? e.attr("value").strip() : e.text().strip();
                    if (!unseen.isEmpty()) {
                        notes.add(seen.verdict() == HtmlVisibility.Verdict.STRUCK ? CellNote.struck(unseen, seen.how())
                                : CellNote.hidden(unseen, seen.how()));
                    }
                    flushIfBlock(tag);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("details") && !e.hasAttr("open")) {
                    closedDetails(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                // asked before the element's text is taken: a form field's own colour (fieldtext) shows its
                // value inside a white cell, as a span's own black shows its text
                boolean setsBack = around != null && visibility.setsOwn(e, around.inherited());
                String whole = null;
                if (visibility.raised(e) || visibility.smaller(e) && smallDigitsAfterDigit(e)) {
                    whole = Superscript.of(e.text().strip());
                } else if (visibility.lowered(e)) {
                    whole = Subscript.of(e.text().strip());
                } else if (tag.equals("input") && !e.attr("type").equalsIgnoreCase("checkbox")
                        && !e.attr("type").equalsIgnoreCase("radio")) {
                    whole = " " + e.attr("value") + " ";
                } else if (tag.equals("textarea") || tag.equals("select")) {
                    whole = " " + (tag.equals("select") ? shownOptions(e) : e.text()) + " ";
                }
                setBack += setsBack ? 1 : 0;
                boolean item = reversed(e.parent());
                if (whole != null) {
                    line.append(item ? isolate(e) : "");
                    append(whole); // read whole: no tail comes for a skipped element
                    line.append(item ? String.valueOf(BidiLine.PDI) : "");
                    setBack -= setsBack ? 1 : 0;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (inCell && tag.equals("li")) {
                    listNumber(e);
                }
                if (tag.equals("br")) {
                    flush();
                } else {
                    flushIfBlock(tag);
                }
                if (BLOCKS.contains(tag)) {
                    paragraph = e;
                }
                pre += tag.equals("pre") ? 1 : 0;
                line.append(item ? isolate(e) : "");
                line.append(visibility.bidi(e, BLOCKS.contains(tag)).opening());
                if (reversed(e)) {
                    line.append(BidiLine.RLO);
                    generatedItem(e, "before");
                } else {
                    append(visibility.generated(e, "before"));
                }
            }
            return FilterResult.CONTINUE;
        }

        /**
         * Whether the element lays out its items right to left in one row ({@link HtmlVisibility#itemOrder}):
         * its content is then written between a right-to-left override and each item in an isolate of
         * its own, which {@link BidiLine} draws as the layout does — the items reversed, each one's text
         * in its own order.
         */
        private boolean reversed(Element box) {
            return box != null && visibility.itemOrder(box) == HtmlVisibility.ItemOrder.REVERSED;
        }

        /** The isolate an item of a reversed box is written in: of the item's own direction. */
        private String isolate(Element item) {
            Boolean rtl = visibility.rightToLeft(item);
            return String.valueOf(rtl == null ? BidiLine.FSI : rtl ? BidiLine.RLI : BidiLine.LRI);
        }

        /** A reversed box's {@code ::before} or {@code ::after} text: an item of its own. */
        private void generatedItem(Element box, String which) {
            String text = visibility.generated(box, which);
            if (!text.isBlank()) {
                line.append(isolate(box));
                append(text);
                line.append(BidiLine.PDI);
            }
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e == hider) {
                if (!unseen.toString().isBlank()) {
                    notes.add(CellNote.hidden(unseen.toString().strip(), around.how()));
                }
                unseen.setLength(0);
                around = null;
                hider = null;
                flushIfBlock(e.normalName());
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element e) {
                if (reversed(e)) {
                    generatedItem(e, "after");
                    line.append(BidiLine.PDF);
                } else {
                    append(visibility.generated(e, "after"));
                }
                line.append(visibility.bidi(e, BLOCKS.contains(e.normalName())).closing());
                line.append(reversed(e.parent()) ? String.valueOf(BidiLine.PDI) : "");
                if (around != null && visibility.setsOwn(e, around.inherited())) {
                    setBack--;
                }
                flushIfBlock(e.normalName());
                if (e == paragraph) {
                    paragraph = e.parents().stream().filter(a -> BLOCKS.contains(a.normalName())).findFirst().orElse(null);
                }
                pre -= e.normalName().equals("pre") ? 1 : 0;
            }
            return FilterResult.CONTINUE;
        }

        /**
         * One or two digits set smaller right after a digit on the line: a footnote mark left on
         * the baseline ({@code 519} then a smaller {@code 1}), which read as printed would be 5191.
         */
        private boolean smallDigitsAfterDigit(Element e) {
            String last = line.toString().stripTrailing();
            return e.text().strip().matches("[0-9]{1,2}") && !last.isEmpty()
                    && Character.isDigit(last.charAt(last.length() - 1));
        }

        /**
         * An ordered list's item in a cell: the browser draws the item's number before its text
         * ({@code <ol><li>250</li></ol>} shows {@code 1. 250}; pandoc writes a Word cell's list number so,
         * LibreOffice's HTML of the DOCX too), and the number is not in the text. Where it stands
         * before a figure or alone, the figure the cell shows is not known (Word showed {@code 1250}):
         * the cell is doubted, as a DOCX's list number is ({@link WordNumbering}). An item of words
         * ({@code 1. 规章}) is not a figure's, and a list that draws no digit (bullets, letters, none) is none.
         */
        private void listNumber(Element li) {
            visibility.listNumber(li).ifPresent(number -> {
                String item = li.text().strip();
                if (item.isEmpty() || Character.isDigit(item.charAt(0))) {
                    notes.add(CellNote.doubtful(item, "an ordered list (<ol>) draws its item number '" + number
                            + "' before it, which is not in the text"));
                }
            });
        }

        /** A {@code <math>} made only of numbers, identifiers, operators, text and rows: shown as its text reads. */
        private static boolean plainMath(Element math) {
            return math.getAllElements().stream().allMatch(m -> PLAIN_MATH.contains(m.normalName()));
        }

        /** A closed {@code <details>} shows its summary only; the rest is noted as hidden. */
        private void closedDetails(Element details) {
            flush();
            Element summary = details.children().stream().filter(c -> c.normalName().equals("summary")).findFirst()
                    .orElse(null);
            if (summary != null) {
                summary.filter(this);
            }
            String unseen = (summary == null ? details.text() : details.text().replaceFirst(Pattern.quote(summary.text()), ""))
                    .strip();
            if (!unseen.isEmpty()) {
                notes.add(CellNote.hidden(unseen, "inside a closed <details>"));
            }
            flush();
        }

        /** The source line of the node's first visible character (a text node often starts with a newline). */
        private static int firstVisibleLine(TextNode t) {
            int start = t.sourceRange().start().lineNumber();
            if (start < 1) {
                return -1;
            }
            String raw = t.getWholeText();
            int i = 0;
            while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
                start += raw.charAt(i) == '\n' ? 1 : 0;
                i++;
            }
            return start;
        }

        /**
         * The text node's characters as its font draws them: a page's web font that is proved to draw
         * other digits than its map gives is read as drawn (noted), one whose digits cannot be checked
         * leaves them as written, in doubt ({@link WebFontDigits}).
         */
        private String drawn(TextNode t) {
            String raw = t.getWholeText();
            Element parent = t.parentElement();
            if (parent == null || raw.chars().noneMatch(c -> WebFontDigits.DIGITS.indexOf(c) >= 0)) {
                return raw;
            }
            WebFontDigits font = visibility.digitsDrawn(parent);
            if (font instanceof WebFontDigits.Reread r) {
                String shown = r.shown(raw);
                if (!shown.equals(raw)) {
                    notes.add(CellNote.reread(shown.strip(), r.why()));
                }
                return shown;
            }
            if (font instanceof WebFontDigits.Doubted d) {
                notes.add(CellNote.doubtful(raw.strip(), "its digits are drawn in " + d.why()));
            }
            return raw;
        }

        /**
         * Notes a figure split into boxes the layout moves ({@link HtmlVisibility#movedBox}): a piece
         * holding digits beside other digits of its parent's text may be drawn before or after them, so
         * the order read is not the order shown. The piece's box may be an element inside it holding all
         * its digits; a box holding none moves the digits after it only by a negative margin. A whole
         * figure moved alone keeps its order.
         */
        private void movedPiece(Element e) {
            Element parent = e.parent();
            if (parent == null || moved.contains(parent)) {
                return;
            }
            long own = digits(e.text());
            Optional<String> pulled = own == 0 ? visibility.pulledBack(e) : Optional.empty(); // asked first: it is cheap
            if (own == 0 && pulled.isEmpty()) {
                return;
            }
            long all = digits(parent.text());
            if (all == own) {
                return;
            }
            if (own == 0) {
                long before = parent.childNodes().subList(0, e.siblingIndex()).stream()
                        .mapToLong(n -> digits(n instanceof TextNode t ? t.text() : n instanceof Element x ? x.text() : ""))
                        .sum();
                if (before == 0 || before == all) {
                    return; // an empty box pulls back only what comes after it, over what is before it
                }
            }
            Optional<String> box = own == 0 ? pulled : e.getAllElements().stream()
                    .filter(d -> digits(d.text()) == own).map(d -> visibility.movedBox(d, d == placed)).flatMap(Optional::stream)
                    .findFirst();
            box.ifPresent(how -> {
                moved.add(parent);
                notes.add(CellNote.doubtful(parent.text().strip(), "its digits sit in boxes the layout moves (" + how
                        + "), so the order they are drawn in is not known"));
            });
        }

        /** Notes digits drawn over or before one another by their spacing ({@link HtmlVisibility#squeezed}). */
        private void squeezed(TextNode t) {
            Element parent = t.parentElement();
            if (parent == null || moved.contains(parent)) {
                return;
            }
            // the spacing falls between the text's pieces too: the parent's whole text is judged
            visibility.squeezed(parent, parent::text).ifPresent(how -> {
                moved.add(parent);
                notes.add(CellNote.doubtful(parent.text().strip(), "its characters are drawn over or before one another ("
                        + how + "), so the order they are drawn in is not known"));
            });
        }

        private static long digits(String text) {
            return text.chars().filter(c -> WebFontDigits.DIGITS.indexOf(c) >= 0).count();
        }

        /** Text inside pre ({@code raw}, as drawn): kept as written, each source line its own line. */
        private void appendPreformatted(TextNode t, String raw) {
            int at = t.sourceRange().start().lineNumber();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\n') {
                    flush();
                    at += at > 0 ? 1 : 0;
                } else if (c != '\r') {
                    sourceLine = line.length() == 0 ? at : sourceLine;
                    line.append(c == '\u00A0' ? ' ' : c);
                }
            }
        }

        private void append(String raw) {
            if (around != null && setBack == 0) {
                unseen.append(raw); // generated text, a superscript, a field's value where the inherited verdict hides them
                return;
            }
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
                if (ZERO_WIDTH.indexOf(c) >= 0) {
                    continue;
                }
                if (!space) {
                    line.append(c);
                } else if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            }
        }

        private void flushIfBlock(String tag) {
            if (BLOCKS.contains(tag)) {
                flush();
            }
        }

        void flush() {
            String s = pre > 0 ? line.toString().stripTrailing() : line.toString().strip();
            Boolean rtl = paragraph == null ? Boolean.FALSE : visibility.rightToLeft(paragraph);
            if (!s.isEmpty() && BidiLine.needed(s, rtl)) {
                BidiLine.Shown shown = BidiLine.of(s, rtl);
                if (!shown.certain() && shown.text().chars().anyMatch(Character::isDigit)) {
                    notes.add(CellNote.doubtful(shown.text().strip(), "its characters are drawn in another order than"
                            + " written (right-to-left text, a dir or direction), which a reader may read either way"));
                }
                s = pre > 0 ? shown.text().stripTrailing() : shown.text().strip();
            }
            if (!s.isEmpty()) {
                out.add(new TextLine(s, sourceLine > 0 ? new Location.Line(sourceLine) : Location.none()));
            }
            line.setLength(0);
            sourceLine = -1;
        }
    }
}
