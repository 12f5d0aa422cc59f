package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * {@code pdftotext}'s default-mode text as it was printed: blocks of lines (a blank line or a form
 * feed ends one), and each line's pieces as a label naming a row of the form, other text, or a
 * value ({@link PrintedItem}), in print order. Also tells whether text has this shape at all.
 */
final class PrintedBlocks {

    /** Lines that are one value alone: most table cells in this mode. */
    private static final int MIN_VALUE_BLOCKS = 20;
    /** A header wrapped in its narrow cell breaks after a few characters ({@code 本年处理} / {@code 决定数量}); prose and titles run longer. */
    private static final int WRAPPED_HEADER = 8;
    /** Markdown's marks: a table's pipe, a heading, bold, a hard line break (two spaces at the end). */
    private static final Pattern MARKDOWN = Pattern.compile("\\||^\\s*#|\\*\\*| {2}$");

    private final Predicate<String> isValue;
    private final SingleSpacedRow singleSpaced;
    private final FormRows form;

    PrintedBlocks(Predicate<String> isValue, FormRows form) {
        this.isValue = isValue;
        this.singleSpaced = new SingleSpacedRow(isValue);
        this.form = form;
    }

    /** Line indexes of each block: runs of non-blank lines; a form feed ends a page and a block. */
    static List<List<Integer>> blocks(List<String> lines) {
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\f') >= 0 && !open.isEmpty()) {
                blocks.add(open);
                open = new ArrayList<>();
            }
            if (text(line).isBlank()) {
                if (!open.isEmpty()) {
                    blocks.add(open);
                    open = new ArrayList<>();
                }
                continue;
            }
            open.add(i);
        }
        if (!open.isEmpty()) {
            blocks.add(open);
        }
        return blocks;
    }

    static String text(String line) {
        return line.replace("\f", "");
    }

    boolean blockOrdered(List<String> lines, List<List<Integer>> blocks) {
        if (lines.stream().noneMatch(l -> l.indexOf('\f') >= 0) && !pagesWithoutFormFeeds(lines, blocks)) {
            return false; // pdftotext ends every page with a form feed, unless told not to (-nopgbrk)
        }
        int single = 0;
        int valueLines = 0;
        for (List<Integer> b : blocks) {
            for (int i : b) {
                long values = cells(lines.get(i), i).stream().filter(c -> isValue.test(c.text())).count();
                valueLines += values > 0 ? 1 : 0;
                // a cell alone on its line, whether or not a blank line follows it (Chromium's PDF of
                // a page with narrow cells prints a row's values as one block of lines)
                if (values == 1 && cells(lines.get(i), i).size() == 1) {
                    single++;
                }
            }
        }
        return single >= MIN_VALUE_BLOCKS && single * 10 >= valueLines * 6;
    }

    /**
     * True when text without form feeds still has the default mode's shape ({@code pdftotext
     * -nopgbrk}, red team 15b): the cells in short blocks (at least one block in four lines), no
     * line indented, prose wrapped at the page's width (a long line with a comma that stops
     * mid-sentence, its text going on on the next line of its block) or a header's wrapped labels
     * printed among each other's pieces ({@link PageLines}: a report whose prose fits the page's
     * width, red team 18b), and no Markdown mark on any line. Pasted text with a cell or a paragraph
     * a line keeps each paragraph on one line (康乐县,
     * docx2txt, a crawler's page), lynx and w3m indent their lines, and Python html2text
     * (html2markdown), whose cells are short blocks of unindented lines and whose prose is wrapped
     * at 78 columns too, writes its tables with pipes and its hard line breaks as two spaces.
     */
    private boolean pagesWithoutFormFeeds(List<String> lines, List<List<Integer>> blocks) {
        int textLines = 0;
        int indented = 0;
        int wrapped = 0;
        for (List<Integer> block : blocks) {
            for (int k = 0; k < block.size(); k++) {
                String line = lines.get(block.get(k));
                if (MARKDOWN.matcher(line).find()) {
                    return false;
                }
                textLines++;
                indented += Character.isWhitespace(line.charAt(0)) ? 1 : 0;
                if (k + 1 < block.size() && PageLines.cutProse(line) && !isValue.test(lines.get(block.get(k + 1)).strip())) {
                    wrapped++;
                }
            }
        }
        return (wrapped > 0 || PageLines.headerPiecesAmongEachOther(lines)) && blocks.size() * 4 >= textLines
                && indented * 10 < textLines;
    }

    private List<GridCell> cells(String line, int index) {
        Location at = new Location.Line(index + 1);
        String s = text(line).strip();
        return singleSpaced.cells(s, at).orElse(List.of(GridCell.of(s, at)));
    }

    /**
     * The blocks as labels and values; a block's label may be wrapped over its lines. A label of a
     * row only the other form has is text where the table's labels show its form.
     */
    List<PrintedItem> items(List<String> lines, List<List<Integer>> blocks) {
        List<PrintedItem> items = new ArrayList<>();
        for (List<Integer> block : blocks) {
            List<List<GridCell>> split = new ArrayList<>();
            StringBuilder label = new StringBuilder();
            boolean textSeen = false;
            for (int i : block) {
                List<GridCell> cells = cells(lines.get(i), i);
                split.add(cells);
                for (GridCell c : cells) {
                    if (!isValue.test(c.text())) {
                        label.append(label.length() == 0 ? "" : "\n").append(c.text());
                        textSeen = true;
                    }
                }
            }
            // two rows' labels printed as one block of lines ((七)总计 / 四、结转下年度继续办理): the text
            // joined may still match one of them, and the other row would be lost with its values
            Optional<FormRow> whole = textSeen && !labelsOfRows(split) ? form.row(label.toString()) : Optional.empty();
            String[] sides = whole.isEmpty() && block.size() > 1 ? sideBySide(split) : null;
            // only table 三 has group labels in a column of their own beside its rows' labels; table 四's
            // two-level header printed as one block (MuPDF: …总计 未经复议直接起诉 / 复议后起诉) is no such pair,
            // and read as one it put 复议后起诉 before 未经复议直接起诉
            Optional<FormRow> right = sides == null ? Optional.empty()
                    : form.row(sides[1]).filter(r -> r.table() == TableId.REQUESTS);
            boolean labelDone = false;
            if (right.isPresent() && form.row(sides[0]).isEmpty()) {
                // a group label wrapped beside a row label, both in one block: （六）其他处 2.申请人逾期未按… / 理 费用、…
                Location at = split.get(0).get(0).where();
                items.add(PrintedItem.text(GridCell.of(sides[0], at)));
                items.add(PrintedItem.row(GridCell.of(sides[1], at), right.get()));
                whole = right;
                labelDone = true;
            }
            int withinLabel = whole.isPresent() ? valueWithinLabel(split) : -1;
            boolean rowBlock = whole.isPresent() && rowBlock(split, whole.get());
            for (int l = 0; l < split.size(); l++) {
                List<GridCell> cells = split.get(l);
                boolean lineHasText = cells.stream().anyMatch(c -> !isValue.test(c.text()));
                // a value shares its line with its label, or has a block of its own; a value on a
                // line of its own inside a longer block is another row's, or a number cut in two,
                // unless it stands between the lines of its row's label (below)
                boolean suspect = block.size() > 1 && !lineHasText && l != withinLabel && !rowBlock;
                if (whole.isPresent()) {
                    if (!labelDone && lineHasText) {
                        items.add(PrintedItem.row(GridCell.of(label.toString(), cells.get(0).where()), whole.get()));
                        labelDone = true;
                    }
                } else {
                    String lineText = cells.stream().filter(c -> !isValue.test(c.text())).map(GridCell::text)
                            .collect(Collectors.joining(" "));
                    if (lineHasText) {
                        addText(items, lineText, cells, l > 0 && split.get(l - 1).size() == 1);
                    }
                }
                for (GridCell c : cells) {
                    if (isValue.test(c.text())) {
                        items.add(new PrintedItem(Kind.VALUE, c, null, suspect, lineHasText || l == withinLabel));
                    }
                }
            }
        }
        demoteRowsOfOtherForm(items);
        return items;
    }

    /**
     * The line of a block holding one row's wrapped label that is one value alone, between two of the
     * label's lines ({@code 2.申请人逾期未按收费通知要} / {@code 31} / {@code 求缴纳费用、…} / {@code 信息公开申请});
     * -1 when there is none or more than one. Poppler joined to the label's block the cell beside it,
     * whose baseline lies within the label's lines: the row's cell nearest the label, its first value,
     * as a value printed on the label's line is. Such a value is read like one beside its label
     * ({@link PrintedItem#besideText()}: first where the label stands right before the row's other
     * values, its window flagged otherwise), no longer as a stray line that flags its window and the
     * windows beside it (branch def16: 121 cells of seed 2024's 60 documents, {@code 0056-2021}'s
     * 42 flagged cells among them, every one right). A value line above the label's first line or
     * below its last may be a neighbouring row's, and two value lines may be a number cut in two: both
     * stay suspect.
     */
    private int valueWithinLabel(List<List<GridCell>> split) {
        int firstText = -1;
        int lastText = -1;
        int valueLine = -1;
        for (int l = 0; l < split.size(); l++) {
            List<GridCell> cells = split.get(l);
            boolean text = cells.stream().anyMatch(c -> !isValue.test(c.text()));
            if (text) {
                firstText = firstText < 0 ? l : firstText;
                lastText = l;
            } else if (valueLine >= 0 || cells.size() != 1) {
                return -1;
            } else {
                valueLine = l;
            }
        }
        return valueLine > firstText && valueLine < lastText && firstText >= 0 ? valueLine : -1;
    }

    /**
     * True when the block is one of table 三's rows whole, as MuPDF prints a table row ({@code mutool draw
     * -F txt}, PyMuPDF's {@code get_text()}): the row's label, then its seven cells each on a line of its
     * own, keeping the row identity. Seven lines could also be a number cut in two beside a cell that
     * printed nothing; the pieces of a number do not keep the identity where the whole did. Rows of
     * tables 二 and 四 have no identity of their own and stay suspect.
     */
    private boolean rowBlock(List<List<GridCell>> split, FormRow row) {
        if (row.table() != TableId.REQUESTS) {
            return false;
        }
        List<GridCell> values = new ArrayList<>();
        for (List<GridCell> cells : split) {
            boolean text = cells.stream().anyMatch(c -> !isValue.test(c.text()));
            if (text && !values.isEmpty() || !text && cells.size() != 1) {
                return false; // text after a value, or values sharing a line
            }
            if (!text) {
                values.add(cells.get(0));
            }
        }
        return RequestsRowIdentity.appliesTo(values.size())
                && RequestsRowIdentity.holds(values.stream().map(RequestsRowIdentity::term).toList());
    }

    /**
     * True when the block's lines of text are two or more, and each names a row of the form on its
     * own, each a row further down the form than the line before.
     */
    private boolean labelsOfRows(List<List<GridCell>> split) {
        int lines = 0;
        int order = Integer.MIN_VALUE;
        for (List<GridCell> cells : split) {
            String text = cells.stream().filter(c -> !isValue.test(c.text())).map(GridCell::text)
                    .collect(Collectors.joining(" "));
            if (text.isEmpty()) {
                continue;
            }
            Optional<FormRow> row = form.row(text);
            if (row.isEmpty() || row.get().order() <= order) {
                return false;
            }
            order = row.get().order();
            lines++;
        }
        return lines > 1;
    }

    /**
     * The block's text read as two cells printed side by side, each wrapped over the lines: the
     * left one the text before each line's last space (a line without a space is all left), the
     * right one the rest. Null when no line has a space.
     */
    private String[] sideBySide(List<List<GridCell>> split) {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (List<GridCell> cells : split) {
            String text = cells.stream().filter(c -> !isValue.test(c.text())).map(GridCell::text)
                    .collect(Collectors.joining(" ")).strip();
            int space = text.lastIndexOf(' ');
            left.append(space < 0 ? text : text.substring(0, space));
            right.append(space < 0 ? "" : text.substring(space + 1));
        }
        return right.length() == 0 || left.length() == 0 ? null : new String[] {left.toString(), right.toString()};
    }

    /**
     * One line's text: a row's label, several labels, or other text (headers, titles, prose). A line
     * that goes on from a short line before it in the same block is the same header cell, wrapped
     * ({@code 本年处理} / {@code 决定数量}).
     */
    private void addText(List<PrintedItem> items, String lineText, List<GridCell> cells, boolean goesOn) {
        Location at = cells.get(0).where();
        Optional<FormRow> row = form.row(lineText);
        if (row.isPresent()) {
            items.add(PrintedItem.row(GridCell.of(lineText, at), row.get()));
            return;
        }
        PrintedItem last = items.isEmpty() ? null : items.get(items.size() - 1);
        if (goesOn && cells.size() == 1 && last != null && last.kind() == Kind.TEXT
                && last.cell().text().length() - last.cell().text().lastIndexOf('\n') - 1 <= WRAPPED_HEADER
                && !SingleSpacedRow.NUMBERED.matcher(lineText).find()) {
            items.set(items.size() - 1, PrintedItem.text(GridCell.of(last.cell().text() + "\n" + lineText, last.cell().where())));
            return;
        }
        for (GridCell c : cells) {
            if (!isValue.test(c.text())) {
                Optional<FormRow> r = cells.size() > 1 ? form.row(c.text()) : Optional.empty();
                items.add(r.map(f -> PrintedItem.row(c, f)).orElse(PrintedItem.text(c)));
            }
        }
    }

    /**
     * A table whose labels include rows of only one form is that form's: a label of a row the other
     * form has alone ({@code （六）其他处理}, a row in 2019, a group over three rows in 2021) is text.
     * Where both forms' own rows appear, the form with more of them wins.
     */
    private static void demoteRowsOfOtherForm(List<PrintedItem> items) {
        Map<TableId, Map<Template, Integer>> only = new HashMap<>();
        for (PrintedItem it : items) {
            if (it.kind() == Kind.ROW && it.row().widths().size() == 1) {
                only.computeIfAbsent(it.row().table(), t -> new HashMap<>())
                        .merge(it.row().widths().keySet().iterator().next(), 1, Integer::sum);
            }
        }
        Map<TableId, Template> forms = new HashMap<>();
        only.forEach((table, counts) -> counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(best -> counts.values().stream().filter(c -> c.equals(best.getValue())).count() == 1)
                .ifPresent(best -> forms.put(table, best.getKey())));
        for (int i = 0; i < items.size(); i++) {
            PrintedItem it = items.get(i);
            Template form = it.kind() == Kind.ROW ? forms.get(it.row().table()) : null;
            if (form != null && !it.row().widths().containsKey(form)) {
                items.set(i, PrintedItem.text(it.cell()));
            }
        }
    }
}
