package org.nianbao.reconstruct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.text.AppealsFiguresPastText;
import org.nianbao.reconstruct.text.AsciiDocTable;
import org.nianbao.reconstruct.text.BlankLinesDropped;
import org.nianbao.reconstruct.text.BlockOrderedText;
import org.nianbao.reconstruct.text.BoxDrawnTable;
import org.nianbao.reconstruct.text.CellParagraphs;
import org.nianbao.reconstruct.text.EmptyParagraphLine;
import org.nianbao.reconstruct.text.CountedActiveRowPieces;
import org.nianbao.reconstruct.text.CountedRowPieces;
import org.nianbao.reconstruct.text.CutAppealsRow;
import org.nianbao.reconstruct.text.LabelledRowPieces;
import org.nianbao.reconstruct.text.LeadingTabsLost;
import org.nianbao.reconstruct.text.TrimmedAppealsRow;
import org.nianbao.reconstruct.text.TrimmedRequestsRow;
import org.nianbao.reconstruct.text.CutRequestsRow;
import org.nianbao.reconstruct.text.ColumnsLost;
import org.nianbao.reconstruct.text.DisplayColumns;
import org.nianbao.reconstruct.text.FigureSides;
import org.nianbao.reconstruct.text.FormRows;
import org.nianbao.reconstruct.text.GluedValues;
import org.nianbao.reconstruct.text.LabelsBeforeFigures;
import org.nianbao.reconstruct.text.LostLeftMargin;
import org.nianbao.reconstruct.text.MarksAmongFigures;
import org.nianbao.reconstruct.text.PageLines;
import org.nianbao.reconstruct.text.RequesterHeaderOrder;
import org.nianbao.reconstruct.text.RespacedBlankRuns;
import org.nianbao.reconstruct.text.RightTrimmedParagraphRow;
import org.nianbao.reconstruct.text.SingleSpacedRow;
import org.nianbao.reconstruct.text.TabifiedLayout;
import org.nianbao.reconstruct.text.TableFlattening;
import org.nianbao.reconstruct.text.TextTable;
import org.nianbao.reconstruct.text.UnderscorePaddedTable;
import org.nianbao.reconstruct.text.ReflowedLayout;
import org.nianbao.reconstruct.text.SoftLineBreaks;
import org.nianbao.reconstruct.text.RequestsHeaderInReadingOrder;
import org.nianbao.reconstruct.text.WrappedLayout;
import org.nianbao.reconstruct.text.WrappedPipeRows;

/**
 * Rebuilds table rows from text whose tables were flattened on the way to the web. Each line is
 * read by its shape, so styles can mix within one document:
 * <ul>
 *   <li>tab-separated rows, with merged cells as extra or missing tabs (甘肃省, 盐池县, 夏邑县);</li>
 *   <li>Markdown pipe tables;</li>
 *   <li>columns laid out with spaces (pdftotext {@code -layout}): runs of two or more spaces separate
 *       cells; a blank cell leaves no trace there, so rows with blanks are read as ambiguous;</li>
 *   <li>one tab-indented cell per line, rows separated by blank lines, a cell's second line without
 *       the tab (积石山县);</li>
 *   <li>one cell per paragraph with no row boundaries at all (康乐县): a row is a run of label
 *       cells followed by value cells, and a blank cell shows as an extra blank line;</li>
 *   <li>a row on one line with single spaces between cells ({@code pdftotext -raw}, {@code lynx}):
 *       {@link SingleSpacedRow}.</li>
 * </ul>
 * Tables that a tool prints with a syntax of its own are recognised first, each by its
 * {@link TableFlattening} (w3m and links box drawing, Debian and Python html2text), and become
 * grids of their own; the lines between them go into flattened grids. The mapper finds the tables
 * in the grids, in document order.
 */
public final class FlattenedTextReconstructor {

    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern PIPE_RULE = Pattern.compile("^\\s*+\\|?(?:\\s*+:?-{3,}+:?\\s*+\\|)++\\s*+(?::?-{3,}+:?\\s*+)?\\|?\\s*+$");

    private enum Kind { BLANK, RULE, TAB_ROW, SPACE_ROW, TAB_CELL, PIPE, TEXT }

    /**
     * A Markdown pipe table's header row with no text in any cell, above its rule: a pipe table must
     * open with a header, so pandoc ({@code -t gfm}, {@code markdown}) writes one of empty cells for a
     * table that has none (table 四 of a Word report, whose headers are body rows). It is syntax, not
     * a row of the table: read as a row of blanks, it stood between the title and the header rows.
     */
    private static boolean emptyHeader(List<String> lines, int i) {
        return i + 1 < lines.size() && PIPE_RULE.matcher(lines.get(i + 1)).matches()
                && lines.get(i).chars().allMatch(c -> c == '|' || Character.isWhitespace(c));
    }

    /**
     * A rule drawn with dashes: pandoc's simple tables ({@code ------- -------}), a long underline.
     * It is layout, never a row: the value parser would read each run of dashes as a blank cell.
     * One short run ({@code ---}) may be a blank cell of its own and is not taken for a rule.
     */
    private static final Pattern DASH_RULE = Pattern.compile("^\\s*([-=─━═]{3,}(\\s+[-=─━═]{3,})+|[-=─━═]{10,})\\s*$");

    /** Columns laid out with spaces (pdftotext -layout): two or more spaces separate cells. */
    private static final Pattern SPACE_RUN = Pattern.compile("[ \u3000]{2,}");
    /** A cell of a space-aligned line: text whose words are separated by single spaces. */
    private static final Pattern WORD = Pattern.compile("[^ \u3000]+");
    // possessive: a line of thousands of single-spaced words is one step a word, not one nested call (stack overflow)
    private static final Pattern CELL = Pattern.compile("[^ \u3000]++(?:[ \u3000][^ \u3000]++)*+");
    /** A plain count, half- or full-width, as narrow columns print it. */
    private static final Pattern NUMBER = Pattern.compile("^[-+－＋]?[0-9０-９][0-9０-９,，.．]*$");
    /** A blank cell written as a dash or slash. */
    private static final Pattern MARK = Pattern.compile("^[-—–−―－/／]+$");
    /** Blank marks that are never a number's sign, run into counts: {@code —0}, {@code ———0}. */
    private static final String GLUED_MARK = "—–―/／";
    /**
     * Full-width digits of cells run together behind a 0 ({@code ００}, {@code ０７}): no count is printed
     * with a leading zero, so each 0 before other digits is a cell of its own (Chromium's narrow cells at
     * 125 %, {@code pdftotext -layout}: {@code ００} was read as one 0, the next cell blank). Not ASCII
     * digits: {@code 01} on a line of pieces is the end of a number wrapped in its cell ({@code 20} /
     * {@code 01}), which {@code map.WrappedNumbers} joins; a full-width piece so cut is split and left
     * unjoined, hence flagged.
     */
    private static final Pattern ZEROS_RUN_IN = Pattern.compile("^０[０-９]+$");
    private static final Pattern GLUED = Pattern.compile("^[—–―/／0-9０-９]+$");
    /** A full-width hyphen run into a count ({@code －1}): a blank mark where the line has standalone ones. */
    private static final Pattern GLUED_DASH = Pattern.compile("^－[0-9０-９]+$");
    private static final Pattern UNIT = Pattern.compile("^[万亿]?元$");
    /** A page number between dashes, as word processors print it at a page's foot. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－―]+\\s*[0-9０-９]{1,3}\\s*[-—–－―]+$");

    private final Predicate<String> isValue;
    private final SingleSpacedRow singleSpaced;
    private final BoxDrawnTable boxDrawn = new BoxDrawnTable();
    private final WrappedPipeRows wrappedPipes;
    private final AsciiDocTable asciiDoc = new AsciiDocTable();
    private final BlockOrderedText blockOrdered;
    /**
     * Whether the lines are a text file's, which line tools may have wrapped after it was written
     * ({@link SoftLineBreaks}); lines laid out from a positioned page ({@code pdftohtml}) are the page's
     * own, and a block of them may end in a blank.
     */
    private final boolean fileText;
    private final RequestsHeaderInReadingOrder requestsHeader;
    private final FigureSides figureSides;
    private final MarksAmongFigures marksAmongFigures;
    private final LabelsBeforeFigures labelsBeforeFigures;
    private final AppealsFiguresPastText appealsPastText;
    /** The form's rows, for the widths of table 二's rows ({@link CountedActiveRowPieces}). */
    private final FormRows form;

    /** @param isValue tells value cells (numbers, blanks, dashes) from label text */
    public FlattenedTextReconstructor(Predicate<String> isValue) {
        this(isValue, FormRows.NONE);
    }

    /**
     * @param isValue tells value cells (numbers, blanks, dashes) from label text
     * @param form the form's rows, to rebuild rows from text that printed them cell by cell
     */
    public FlattenedTextReconstructor(Predicate<String> isValue, FormRows form) {
        this(isValue, form, false);
    }

    /**
     * @param isValue tells value cells (numbers, blanks, dashes) from label text
     * @param form the form's rows, to rebuild rows from text that printed them cell by cell
     * @param fileText whether the lines are a text file's, which tools may have wrapped after it was written
     */
    public FlattenedTextReconstructor(Predicate<String> isValue, FormRows form, boolean fileText) {
        this.fileText = fileText;
        this.isValue = isValue;
        this.form = form;
        this.blockOrdered = new BlockOrderedText(isValue, form);
        this.requestsHeader = new RequestsHeaderInReadingOrder(isValue, form);
        this.singleSpaced = new SingleSpacedRow(isValue);
        this.wrappedPipes = new WrappedPipeRows(isValue);
        this.figureSides = new FigureSides(isValue, form);
        this.marksAmongFigures = new MarksAmongFigures(isValue, form);
        this.labelsBeforeFigures = new LabelsBeforeFigures(isValue, form);
        this.appealsPastText = new AppealsFiguresPastText(isValue, form);
    }

    /** The document's grids in reading order: tables a tool printed its own way, and the text around them. */
    public List<CellGrid> reconstruct(List<String> printed) {
        return reconstruct(printed, List.of());
    }

    /**
     * @param bytes each line as the file's bytes, where decoding replaced some of them (U+FFFD), else
     *     empty: a replaced byte may be the middle of a character or its start, which Debian
     *     html2text's cells tell apart ({@link UnderscorePaddedTable}); a line whose tabs were expanded
     *     or that a wrap was joined to is no longer its bytes, and is read from its text alone
     */
    public List<CellGrid> reconstruct(List<String> printed, List<byte[]> bytes) {
        // a browser's copy of cells holding paragraphs: each row's pieces joined back first; then table 四's row
        // cut by a <div> or <br> in a cell, where its tabs prove the pieces one row (in a copy trimmed on the right,
        // where its pieces count its cells: RightTrimmedParagraphRow), and table 三's rows cut after
        // their label's <div> likewise, and table 四's row in a copy whose lines were trimmed, where the tabs that ended
        // its pieces are gone; in a copy whose blank lines were dropped, tables 二 and 三's rows whose pieces the tabs prove
        // (or whose empty lines alone were, its lone-tab lines kept); in a copy trimmed of trailing whitespace, table
        // 三's rows the trim left whole (TrimmedRequestsRow); in a copy trimmed at either edge, table 三's rows whose
        // printed cells are the seven columns (CountedRowPieces), and table 二's whose are their block's
        // (CountedActiveRowPieces); where such a copy also lost its empty lines (column -t, sed '/^$/d'), the pieces
        // standing right under each other are counted and joined the same way
        boolean blankLinesDropped = BlankLinesDropped.in(printed);
        boolean leadingTabsLost = LeadingTabsLost.in(printed);
        boolean trailingTrimmed = TrimmedRequestsRow.trimmed(printed);
        boolean emptyLinesDropped = TrimmedRequestsRow.emptyLinesDropped(printed);
        TabifiedLayout.Untabified untabified = TabifiedLayout.of(fileText ? CutRequestsRow.of(TrimmedRequestsRow.of(
                CountedActiveRowPieces.of(CountedRowPieces.of(LabelledRowPieces.of(TrimmedAppealsRow.of(
                        CutAppealsRow.of(RightTrimmedParagraphRow.of(CellParagraphs.of(printed))), blankLinesDropped), blankLinesDropped,
                        BlankLinesDropped.emptyOnesIn(printed)), trailingTrimmed || leadingTabsLost, emptyLinesDropped),
                        trailingTrimmed || leadingTabsLost, form, emptyLinesDropped), trailingTrimmed, emptyLinesDropped))
                : printed);
        SoftLineBreaks.Joined unbroken = fileText ? SoftLineBreaks.of(untabified.lines())
                : new SoftLineBreaks.Joined(untabified.lines(), false);
        WrappedLayout.Unwrapped unwrapped = WrappedLayout.of(unbroken.lines());
        List<String> lines = WrappedClosingBracket.of(unwrapped.lines());
        List<byte[]> asPrinted = bytes.size() != lines.size() || printed.size() != lines.size() ? List.of()
                : java.util.stream.IntStream.range(0, lines.size())
                        .mapToObj(i -> lines.get(i).equals(printed.get(i)) ? bytes.get(i) : new byte[0]).toList();
        List<TableFlattening> flattenings = List.of(boxDrawn, new UnderscorePaddedTable(asPrinted), wrappedPipes,
                asciiDoc);
        Optional<CellGrid> blocks = blockOrdered.read(lines);
        if (blocks.isPresent()) {
            return List.of(blocks.get());
        }
        // laid-out text whose lines no longer stand in the page's columns (their leading spaces lost,
        // wrapped: the header's lines broken too, or cut where they had no blank, re-flowed by fmt, tabified at a stop the text leaves in doubt,
        // or its blank runs re-spaced so that table 三's header stands out of its order, or tabified at one
        // width and expanded at a wider one: RespacedBlankRuns) is read as text
        // without columns
        // without columns on the pages the change reached (ColumnsLost); the other pages keep theirs
        ColumnsLost columnsLost = (!unwrapped.broken().isEmpty() || unbroken.hardBreaks() || untabified.inDoubt()
                ? ColumnsLost.EVERYWHERE
                : ColumnsLost.NONE).or(LostLeftMargin.of(lines)).or(ReflowedLayout.of(lines))
                .or(RequesterHeaderOrder.of(lines));
        // table 三 of text tabified at one width and expanded at a wider one: its rows read in the order printed
        Set<Integer> respaced = RespacedBlankRuns.linesOf(lines);
        // table 三's rows of a copy trimmed on the right that print fewer than their seven cells: their gaps place nothing
        Set<Integer> shortRowPieces = CountedRowPieces.shortRowPieces(lines, fileText && trailingTrimmed);
        // lines of <p>&nbsp;</p> that may be a cell or a figure's second paragraph, where no count proves the row
        Set<Integer> emptyParagraphs = EmptyParagraphLine.inDoubt(lines);
        // a PDF page's lines in poppler's order (a page's words one a line, pdftotext's default mode not
        // told by its blocks): a row's marks and figures on different lines are in no proven order
        boolean pageLines = PageLines.of(lines, isValue);
        List<CellGrid> grids = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < lines.size()) {
            Optional<TextTable> table = recognised(flattenings, lines, i);
            if (table.isEmpty()) {
                i++;
                continue;
            }
            if (i > from) {
                grids.add(flattened(lines, from, i, columnsLost, respaced, shortRowPieces, emptyParagraphs, pageLines,
                        leadingTabsLost));
            }
            grids.add(table.get().grid());
            i = Math.max(table.get().end(), i + 1);
            from = i;
        }
        if (from < lines.size() || grids.isEmpty()) {
            grids.add(flattened(lines, from, lines.size(), columnsLost, respaced, shortRowPieces, emptyParagraphs,
                    pageLines, leadingTabsLost));
        }
        return grids;
    }

    private static Optional<TextTable> recognised(List<TableFlattening> flattenings, List<String> lines, int from) {
        for (TableFlattening f : flattenings) {
            Optional<TextTable> t = f.recognise(lines, from);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /**
     * Lines {@code [from, to)} read by their shapes; locations count from the document's first line.
     *
     * @param columnsLost the pages whose lines no longer stand in the page's columns: they lost their
     *     leading spaces ({@link LostLeftMargin}), were re-flowed ({@link ReflowedLayout}) or re-spaced
     *     ({@link RequesterHeaderOrder}), or the whole text was wrapped ({@link WrappedLayout}); the cells
     *     there keep no character columns
     * @param respaced the indexes of the lines ({@code all}'s) that also keep no columns: table 三 of text
     *     re-spaced by tabs ({@link RespacedBlankRuns}), its lines whole
     * @param shortRowPieces the indexes of the lines ({@code all}'s) that are pieces of a table 三 row printing fewer
     *     than its seven cells in a copy trimmed on the right ({@link CountedRowPieces#shortRowPieces}): a gap before
     *     one counts no blank cells
     * @param emptyParagraphs the indexes of the lines ({@code all}'s) holding only a non-breaking space whose row no
     *     count proves ({@link EmptyParagraphLine#inDoubt}): the cells after one are in doubt
     * @param pageLines whether the text is a PDF page's lines in poppler's order ({@link PageLines})
     */
    /** @param leadingTabsLost {@link LeadingTabsLost#in} the text as read: a row's figures on lines apart are not placed */
    private CellGrid flattened(List<String> all, int from, int to, ColumnsLost columnsLost, Set<Integer> respaced,
            Set<Integer> shortRowPieces, Set<Integer> emptyParagraphs, boolean pageLines, boolean leadingTabsLost) {
        List<String> lines = all.subList(from, to);
        Kind[] kinds = new Kind[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            kinds[i] = kind(lines.get(i));
        }
        List<List<GridCell>> split = new ArrayList<>(lines.size());
        int multiValueLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<GridCell> cells = kinds[i] == Kind.TEXT
                    ? singleSpaced.cells(lines.get(i), new Location.Line(from + i + 1)).orElse(null) : null;
            split.add(cells);
            if (cells != null && cells.stream().filter(c -> isValue.test(c.text())).count() >= 2) {
                multiValueLines++;
            }
        }
        // a stray "电话 0931 8123456" does not make a document space-separated; rows of values do
        boolean spaceSeparated = multiValueLines >= 3;
        // where rows share lines cell by cell, blank lines are layout, never blank cells
        ParagraphGaps gaps = spaceSeparated ? new ParagraphGaps(0, true) : paragraphGaps(kinds);
        // rows in which a gap's blank cells cannot be counted ({@link ParagraphGaps#doubt})
        Map<List<GridCell>, GapInDoubt> doubts = new IdentityHashMap<>();
        List<List<GridCell>> rows = new ArrayList<>();
        List<GridCell> open = null;       // the row being filled by cell-per-line styles
        boolean openHasValue = false;      // paragraph rows: a label after a value starts a new row
        Kind openKind = null;
        int blanks = 0;
        // pages before this part of the text: columns are compared within one page only
        int page = (int) all.subList(0, from).stream().flatMapToInt(String::chars).filter(c -> c == '\f').count();
        boolean display = displayAligned(lines, kinds);
        // blank cells written as a standalone full-width hyphen: a －1 is then that mark run into a count
        boolean dashMarks = lines.stream().anyMatch(FlattenedTextReconstructor::dashBlankMarks);
        // a PDF's pages laid out as text (pdftotext -layout, pdftohtml): its lines are the page's
        // lines, and its cells stand apart by two spaces or more on lines of values
        boolean pages = all.stream().anyMatch(l -> l.indexOf('\f') >= 0) && java.util.stream.IntStream
                .range(0, lines.size()).filter(i -> kinds[i] == Kind.SPACE_ROW && SPACE_RUN.matcher(lines.get(i).strip())
                        .results().count() >= 2).count() >= 3;
        // a cell a line with no blank lines: table 二's one-figure rows may print each figure before its label
        FigureSides.Reading sides = figureSides.read(lines);
        for (int k = 0; k < lines.size(); k++) {
            int i = sides.order()[k];
            String line = lines.get(i);
            Location at = new Location.Line(from + i + 1);
            if (line.indexOf('\f') >= 0) {
                // pdftotext ends each page with a form feed; columns are comparable within a page only
                page += (int) line.chars().filter(c -> c == '\f').count();
                line = line.replace("\f", "");
            }
            switch (kinds[i]) {
                case BLANK -> {
                    blanks++;
                    if (openKind == Kind.TAB_CELL) {
                        rows.add(open);
                        open = null;
                        openKind = null;
                    }
                    continue;
                }
                case RULE -> {
                    continue;
                }
                case TAB_ROW, SPACE_ROW, PIPE -> {
                    if (open != null) {
                        rows.add(open);
                        open = null;
                        openKind = null;
                    }
                    if (kinds[i] == Kind.TAB_ROW) {
                        rows.add(split(line.split("\t", -1), at));
                    } else if (kinds[i] == Kind.SPACE_ROW) {
                        rows.add(spaceAligned(line, page, display, dashMarks, at));
                    } else if (!PIPE_RULE.matcher(line).matches() && !emptyHeader(lines, i)) {
                        String s = line.strip();
                        // the spaces around a Markdown cell are table syntax, not cell text
                        rows.add(split(s.substring(1, s.length() - 1).strip().split("\\s*\\|\\s*", -1), at));
                    }
                }
                case TAB_CELL -> {
                    if (openKind != Kind.TAB_CELL) {
                        if (open != null) {
                            rows.add(open);
                        }
                        open = new ArrayList<>();
                        openKind = Kind.TAB_CELL;
                    }
                    open.add(GridCell.of(line.substring(line.indexOf('\t') + 1), at));
                }
                case TEXT -> {
                    if (pages && (valuesOnly(line) || split.get(i) != null
                            && split.get(i).stream().anyMatch(c -> isValue.test(c.text())))) {
                        // a line of a PDF page's text with values and single spaces only: pieces of
                        // numbers wrapped in narrow columns (272 / 69), a row's values pushed below
                        // its label, a label one space from its values; a row of its own, each cell
                        // with the columns it stands in
                        if (open != null) {
                            rows.add(open);
                            open = null;
                            openKind = null;
                        }
                        rows.add(spaceAligned(line, page, display, dashMarks, at));
                        break;
                    }
                    if (openKind == Kind.TAB_CELL && blanks == 0 && !open.isEmpty()) {
                        // the second line of a tab-indented cell (积石山县: "本年新" / "制作数量")
                        GridCell last = open.remove(open.size() - 1);
                        open.add(GridCell.of(last.text() + "\n" + line, last.where()));
                        break;
                    }
                    if (openKind != Kind.TEXT) {
                        if (open != null) {
                            rows.add(open);
                        }
                        open = new ArrayList<>();
                        openKind = Kind.TEXT;
                        openHasValue = false;
                    } else {
                        // extra blank lines between paragraph cells stand for blank cells (康乐县: "24", "", "", "24")
                        int first = open.size();
                        for (int b = 0; b < gaps.blankCells(blanks); b++) {
                            open.add(GridCell.of("", new Location.Line(from + i + 1 - blanks + gaps.separator() + b)));
                            openHasValue = true;
                        }
                        List<GridCell> row = open;
                        gaps.doubt(blanks).ifPresent(why -> doubts.putIfAbsent(row, new GapInDoubt(first, why)));
                        if (leadingTabsLost && blanks > 0) {
                            // the tabs that began this piece are gone: its gap counts no columns
                            doubts.putIfAbsent(row, new GapInDoubt(first, LeadingTabsLost.WHY));
                        }
                        if (blanks > 0 && shortRowPieces.contains(from + i)) {
                            // a trim on the right emptied the lines of tabs: the gap hides how many bare cells
                            doubts.putIfAbsent(row, new GapInDoubt(first, CountedRowPieces.SHORT_ROW_WHY));
                        }
                        if (emptyParagraphs.contains(from + i)) {
                            // <p>&nbsp;</p>: an empty cell or a figure's second paragraph, the copy does not say
                            doubts.putIfAbsent(row, new GapInDoubt(open.size(), EmptyParagraphLine.WHY));
                        }
                    }
                    // on a PDF's page a line cut into cells at single spaces keeps each cell's columns:
                    // a group label one space from a row label's first piece ((四)无 1、本机关不掌握相)
                    List<GridCell> cells = split.get(i) == null ? List.of(textCell(line, page, display, pages, at))
                            : pages ? placed(line, 0, line.length(), split.get(i), page, display, at) : split.get(i);
                    String doubt = sides.doubts().get(i);
                    for (GridCell cell : cells) {
                        cell = doubt == null || !isValue.test(cell.text()) ? cell : cell.noted(CellNote.unplaced(doubt));
                        // values run together (`—0 ——`) are a row's values too, never the next row's label
                        boolean value = isValue.test(cell.text()) || GluedValues.in(cell.text());
                        if (!value && openHasValue) {
                            rows.add(open);
                            open = new ArrayList<>();
                            openHasValue = false;
                        }
                        open.add(cell);
                        openHasValue |= value;
                    }
                }
                default -> throw new IllegalStateException("unknown line kind");
            }
            blanks = 0;
        }
        if (open != null) {
            rows.add(open);
        }
        rows.replaceAll(row -> doubts.containsKey(row) ? unplacedFrom(row, doubts.get(row)) : row);
        List<List<GridCell>> read = pageLines
                ? appealsPastText.flagged(labelsBeforeFigures.flagged(marksAmongFigures.flagged(rows))) : rows;
        return new CellGrid(labelColumnsApart(withoutColumns(read, columnsLost, respaced)), Positions.FLATTENED);
    }

    /** The first gap of a row whose blank cells could not be counted: the index of its first blank cell, and why. */
    private record GapInDoubt(int first, String why) {
    }

    /**
     * The row with its label noted as unplaced, when a value stands after the gap whose blank cells
     * could not be counted ({@link ParagraphGaps#doubt}): which column each value after it is in cannot
     * be told, and the mapper flags the row as a whole. The values stay as read, so the table's
     * identities still weigh them (noting the cells themselves would withdraw them from the column
     * sums, and a value misplaced before the gap would go unseen). A row without a label cell has its
     * cells from the gap on noted. Blank cells that end a row move no value: the row is left as it is; so is
     * a row with no value after the gap, table 三's header wrapped in its cells (a stripped copy's
     * {@code 商 业 企 业} / {@code 科 研 机 构} paragraphs): its labels name their columns by what they say, not
     * by where they stand, and noting them made the mapper assume the whole table's order (rta's innerText
     * copies trimmed by {@code strip()}: every row of table 三 flagged, its cells right).
     */
    private List<GridCell> unplacedFrom(List<GridCell> row, GapInDoubt gap) {
        int first = gap.first();
        String why = gap.why();
        if (row.subList(first, row.size()).stream().noneMatch(c -> isValue.test(c.text()))) {
            return row;
        }
        List<GridCell> out = new ArrayList<>(row);
        if (first > 0 && !isValue.test(row.get(0).text()) && !row.get(0).isBlank()) {
            // every piece of a label wrapped over lines: the mapper joins them, and the note must survive the join
            for (int c = 0; c < first && !isValue.test(row.get(c).text()) && !row.get(c).isBlank(); c++) {
                out.set(c, row.get(c).noted(CellNote.unplaced(why)));
            }
            return out;
        }
        for (int c = first; c < out.size(); c++) {
            out.set(c, out.get(c).noted(CellNote.unplaced(why)));
        }
        return out;
    }

    /**
     * The rows with no character columns where a row has a cell on a page that lost them: its cells in the
     * order printed, as text that keeps no columns, and table 三's header there joined in reading order
     * ({@link RequestsHeaderInReadingOrder}). A row on a page the change never reached keeps them.
     */
    private List<List<GridCell>> withoutColumns(List<List<GridCell>> rows, ColumnsLost lost, Set<Integer> respaced) {
        if (!lost.any() && respaced.isEmpty()) {
            return rows;
        }
        Set<List<GridCell>> without = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<GridCell>> out = new ArrayList<>(rows.size());
        for (List<GridCell> r : rows) {
            if (r.stream().noneMatch(c -> c.span().filter(s -> lost.on(s.page())).isPresent()
                    || c.where() instanceof Location.Line l && c.span().isPresent() && respaced.contains(l.line() - 1))) {
                out.add(r);
                continue;
            }
            List<GridCell> cells = r.stream().map(c -> new GridCell(c.text(), c.where(), c.spanned(), c.notes())).toList();
            without.add(cells);
            out.add(cells);
        }
        // a header's pieces are joined by the lines they stand on only where each line is still whole
        return lost.linesWhole() ? requestsHeader.joined(out, without) : out;
    }

    /**
     * The rows with each label cell of a line of values that runs two label columns together split
     * into them. Cells too narrow for their labels print a group's label and its first row's label
     * side by side, one space apart, a few characters a line ({@code （六） 1.申} over {@code 其他处 请人}
     * over {@code 理   无正}); a run whose every word starts where a label cell of the line just above
     * or below starts is those columns' pieces, not one label ({@code 其他处 请人} read as one
     * matched the 2019 row 其他处理; red-team chromium-narrow-group-other-2021.txt).
     */
    private List<List<GridCell>> labelColumnsApart(List<List<GridCell>> rows) {
        Map<Integer, List<GridCell>> labelsByLine = new HashMap<>();
        for (List<GridCell> row : rows) {
            for (GridCell c : row) {
                if (c.where() instanceof Location.Line l && c.span().isPresent() && !isValue.test(c.text())) {
                    labelsByLine.computeIfAbsent(l.line(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<List<GridCell>> out = new ArrayList<>(rows.size());
        for (List<GridCell> row : rows) {
            boolean numbers = row.stream().anyMatch(c -> isValue.test(c.text()) && c.text().chars().anyMatch(Character::isDigit));
            if (!numbers) {
                out.add(row);
                continue;
            }
            List<GridCell> cells = new ArrayList<>(row.size());
            for (GridCell c : row) {
                cells.addAll(labelColumns(c, labelsByLine));
            }
            out.add(cells);
        }
        return out;
    }

    /** {@code cell} as the label columns it runs together, or itself (see {@link #labelColumnsApart}). */
    private List<GridCell> labelColumns(GridCell cell, Map<Integer, List<GridCell>> labelsByLine) {
        if (cell.span().isEmpty() || !(cell.where() instanceof Location.Line line) || isValue.test(cell.text())
                || cell.text().indexOf(' ') < 0) {
            return List.of(cell);
        }
        TextSpan span = cell.span().get();
        if (span.end() - span.start() != cell.text().length()) {
            return List.of(cell); // measured in display columns: word offsets are not columns
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(cell.text());
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int step : new int[] {-1, 1}) {
            Set<Integer> starts = new HashSet<>();
            for (GridCell n : labelsByLine.getOrDefault(line.line() + step, List.of())) {
                if (n.span().get().page() == span.page()) {
                    starts.add(n.span().get().start());
                }
            }
            if (starts.size() >= 2 && words.stream().allMatch(x -> starts.contains(span.start() + x[0]))) {
                return words.stream().map(x -> GridCell.at(cell.text().substring(x[0], x[1]), cell.where(),
                        new TextSpan(span.page(), span.start() + x[0], span.start() + x[1]))).toList();
            }
        }
        return List.of(cell);
    }

    /**
     * A line of text read as one cell. Indented and holding no value (a header line of space-aligned
     * text: {@code 商 业 企 业 科 研 机 构 社会公益 法律服务 其 他} over {@code 组织   机构}), it keeps the
     * columns it stands in, so the header's fragments can be put together by column.
     */
    private GridCell textCell(String line, int page, boolean display, boolean pages, Location at) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        String text = line.substring(start).stripTrailing();
        if (start < 2 && !pages || text.isEmpty() || java.util.Arrays.stream(text.split(" +")).anyMatch(isValue)) {
            return GridCell.of(line, at);
        }
        int[] column = display ? DisplayColumns.of(line) : null;
        int end = start + text.length();
        return GridCell.at(text, at, new TextSpan(page, display ? column[start] : start, display ? column[end] : end));
    }

    /**
     * The cells of a space-aligned line, each with the character columns it stood in. A tool that
     * lays text out by position separates cells by two or more spaces, except where a cell runs
     * into its neighbour: a wrapped label overflowing onto the first value ({@code 不计其他情 8})
     * and numbers or blank marks in narrow columns ({@code 8 12}, {@code － 9}). Those are split at
     * the single space, each part keeping its own columns, since no count has a space inside it.
     * Any other part that is itself a single-spaced row ({@code （一）予以公开 12 3}: lynx pads some
     * columns and not others) is split as {@link SingleSpacedRow} splits it, never read as one number.
     */
    private List<GridCell> spaceAligned(String line, int page, boolean display, boolean dashMarks, Location at) {
        int[] column = display ? DisplayColumns.of(line) : null;
        java.util.function.IntUnaryOperator col = i -> column == null ? i : column[i];
        List<GridCell> row = new ArrayList<>();
        Predicate<String> glued = w -> gluedMarks(w) || dashMarks && GLUED_DASH.matcher(w).matches();
        Matcher m = CELL.matcher(line);
        while (m.find()) {
            String text = m.group();
            int start = m.start();
            String[] words = text.split("[ \u3000]", -1);
            if (Arrays.stream(words).anyMatch(w -> glued.test(w) || ZEROS_RUN_IN.matcher(w).matches())
                    && Arrays.stream(words).allMatch(w -> NUMBER.matcher(w).matches() || MARK.matcher(w).matches() || glued.test(w))) {
                for (int[] piece : markedPieces(text, dashMarks)) {
                    row.add(GridCell.at(text.substring(piece[0], piece[1]), at,
                            new TextSpan(page, col.applyAsInt(start + piece[0]), col.applyAsInt(start + piece[1]))));
                }
                continue;
            }
            boolean split = words.length > 1 && isValue.test(words[words.length - 1])
                    && (words.length == 2 && !isValue.test(words[0]) && !isUnit(words[1])
                        || java.util.Arrays.stream(words).allMatch(w -> NUMBER.matcher(w).matches() || MARK.matcher(w).matches()));
            if (!split) {
                Optional<List<GridCell>> parts = words.length > 1 ? singleSpaced.cells(text, at) : Optional.empty();
                if (parts.isEmpty()) {
                    row.add(GridCell.at(text, at, new TextSpan(page, col.applyAsInt(start), col.applyAsInt(m.end()))));
                    continue;
                }
                row.addAll(placed(line, start, m.end(), parts.get(), page, display, at));
                continue;
            }
            int from = start;
            String head = words.length == 2 && !isValue.test(words[0]) ? words[0] : null;
            for (String w : head == null ? words : new String[] {head, words[1]}) {
                row.add(GridCell.at(w, at, new TextSpan(page, col.applyAsInt(from), col.applyAsInt(from + w.length()))));
                from += w.length() + 1;
            }
        }
        return row;
    }

    /**
     * A blank mark run into a count ({@code —0}, {@code ———0}, {@code 0—}): {@code pdftotext -layout}
     * prints the cells of columns narrower than a character and a space with nothing between them.
     * No cell holds such text (a dash is no sign: {@code -5} and {@code －5} are numbers and stay whole).
     */
    private static boolean gluedMarks(String word) {
        return GLUED.matcher(word).matches() && word.chars().anyMatch(c -> GLUED_MARK.indexOf(c) >= 0)
                && word.chars().anyMatch(c -> GLUED_MARK.indexOf(c) < 0);
    }

    /**
     * Whether a line writes a blank cell as a full-width hyphen {@code －} standing alone (a word of
     * its own). In a table with such lines, {@code －1} is that mark run into the next column's count,
     * not minus one: a count is never negative, and the row reads one cell short if it is taken for a
     * sign (pdftotext {@code -layout} of a 150 % print, where the one-character 其他 column ends where
     * 总计 begins). A {@code －5} in a table with no standalone {@code －} stays a number (a negative
     * count is flagged by its range); a split that leaves a row a cell too many is flagged by the row.
     */
    static boolean dashBlankMarks(String line) {
        Matcher word = WORD.matcher(line);
        while (word.find()) {
            if (word.group().equals("\uFF0D")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cells of a run of counts and blank marks in which some mark is run into a count: each mark
     * character is a cell of its own (the tool separates none of these cells, so {@code ——} beside
     * {@code —0} is two blank cells, not one), each run of digits one count; as {@code [start, end)}
     * offsets in {@code text}.
     */
    static List<int[]> markedPieces(String text, boolean dashMarks) {
        List<int[]> pieces = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (NUMBER.matcher(word.group()).matches() && !ZEROS_RUN_IN.matcher(word.group()).matches()
                    && !(dashMarks && GLUED_DASH.matcher(word.group()).matches())) {
                pieces.add(new int[] {word.start(), word.end()});
                continue;
            }
            int i = word.start();
            while (i < word.end()) {
                int end = i + 1;
                // a count never starts with 0: a full-width 0 before other digits is a cell of its own
                while (Character.isDigit(text.charAt(i)) && text.charAt(i) != '０'
                        && end < word.end() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                pieces.add(new int[] {i, end});
                i = end;
            }
        }
        return pieces;
    }

    /**
     * The parts a run of a line {@code [start, end)} was cut into, each at the columns its text
     * stands in; one not found there keeps the whole run's.
     */
    private static List<GridCell> placed(String line, int start, int end, List<GridCell> parts, int page,
                                         boolean display, Location at) {
        int[] column = display ? DisplayColumns.of(line) : null;
        java.util.function.IntUnaryOperator col = i -> column == null ? i : column[i];
        List<GridCell> out = new ArrayList<>(parts.size());
        int from = start;
        for (GridCell c : parts) {
            int i = line.indexOf(c.text(), from);
            boolean found = i >= 0 && i + c.text().length() <= end;
            out.add(GridCell.at(c.text(), at, found
                    ? new TextSpan(page, col.applyAsInt(i), col.applyAsInt(i + c.text().length()))
                    : new TextSpan(page, col.applyAsInt(start), col.applyAsInt(end))));
            from = found ? i + c.text().length() : from;
        }
        return out;
    }

    /**
     * Whether the space-aligned lines align their values in display columns (a wide character
     * counted twice: pandoc, w3m, lynx) rather than in characters (pdftotext {@code -layout}): the
     * measure under which the numbers of the lines start at fewer distinct columns. A table's values
     * share a few columns under the measure its tool used and scatter under the other one, by the
     * number of wide characters in each label.
     */
    private static boolean displayAligned(List<String> lines, Kind[] kinds) {
        Set<Integer> byChar = new HashSet<>();
        Set<Integer> byDisplay = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] != Kind.SPACE_ROW) {
                continue;
            }
            String line = lines.get(i).replace("\f", "");
            int[] column = DisplayColumns.of(line);
            Matcher m = CELL.matcher(line);
            while (m.find()) {
                if (NUMBER.matcher(m.group()).matches()) {
                    byChar.add(m.start());
                    byDisplay.add(column[m.start()]);
                }
            }
        }
        return byDisplay.size() < byChar.size();
    }

    /** An indented line holding numbers and blank marks only, and not a page number ({@code — 2 —}). */
    private static boolean valuesOnly(String line) {
        String text = line.strip();
        return line.startsWith("  ") && !text.isEmpty() && !PAGE_NUMBER.matcher(text).matches()
                && java.util.Arrays.stream(text.split("[ \u3000]+"))
                .allMatch(w -> NUMBER.matcher(w).matches() || MARK.matcher(w).matches() || gluedMarks(w));
    }

    private static boolean isUnit(String word) {
        return UNIT.matcher(word).matches();
    }

    private static List<GridCell> split(String[] parts, Location at) {
        List<GridCell> row = new ArrayList<>(parts.length);
        for (String p : parts) {
            row.add(GridCell.of(p, at));
        }
        return row;
    }

    private static Kind kind(String line) {
        if (line.indexOf('\t') < 0) {
            if (line.isBlank() || line.strip().isEmpty()) {
                return Kind.BLANK;
            }
            if (DASH_RULE.matcher(line).matches()) {
                return Kind.RULE;
            }
            if (PIPE_ROW.matcher(line).matches() && line.chars().filter(c -> c == '|').count() >= 2) {
                return Kind.PIPE;
            }
            return SPACE_RUN.matcher(line.strip()).find() ? Kind.SPACE_ROW : Kind.TEXT;
        }
        int leading = 0;
        while (leading < line.length() && line.charAt(leading) == '\t') {
            leading++;
        }
        // one leading tab and no other: a cell of its own line; any other tab separates cells
        return leading == 1 && line.indexOf('\t', 1) < 0 ? Kind.TAB_CELL : Kind.TAB_ROW;
    }

    /** The empty lines between each two consecutive lines of text, weighed ({@link ParagraphGaps}). */
    private static ParagraphGaps paragraphGaps(Kind[] kinds) {
        List<Integer> gaps = new ArrayList<>();
        int blanks = 0;
        boolean afterText = false;
        for (Kind k : kinds) {
            if (k == Kind.BLANK) {
                blanks++;
                continue;
            }
            if (k == Kind.TEXT && afterText) {
                gaps.add(blanks);
            }
            afterText = k == Kind.TEXT;
            blanks = 0;
        }
        return ParagraphGaps.of(gaps);
    }
}
