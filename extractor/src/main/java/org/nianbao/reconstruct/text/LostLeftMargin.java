package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Laid-out text ({@code pdftotext -layout}) whose lines lost their leading spaces: a scraper's
 * {@code line.strip()}, {@code sed 's/^ &#42;//'}, a CMS or an editor that trims pasted lines. The
 * spaces inside a line are kept, so a line's cells still stand apart, but every line now starts at
 * column 0: a header printed over the value columns moves left under other columns, and rows whose
 * labels were indented (a group's rows beside its label) move left by their indent. Character
 * columns then say nothing about which column a figure or a header cell stands in across lines,
 * and read by them table 三's whole rows were placed under the moved header one or more columns off,
 * every row identity holding (red team 15b, 97 silent cells).
 *
 * <p>Often only part of the text was trimmed: the first page selected in an editor and trimmed, the
 * rest left as printed (red team 16b): table 三's sub-header then stands at column 0 over figures
 * that kept their columns, every row one column right. So the margin is judged block by block, a
 * block being the lines between two indented ones, never for the whole text alone.
 *
 * <p>Told by the page text's shape: laid-out pages (form feeds, lines of cells apart by runs of
 * spaces) with a block of many lines, several of them laid out, none indented but one that starts a
 * page (a form feed keeps the spaces after it). A PDF's laid-out page indents some lines every few
 * lines where it lays out cells: a centred title, a header over the value columns, a group's rows,
 * a line of a number's wrapped pieces.
 */
public final class LostLeftMargin {

    /** Two or more runs of two spaces inside a line: cells laid out apart. */
    private static final Pattern LAID_OUT = Pattern.compile("\\S {2,}\\S.* {2,}\\S");
    /** Laid-out lines the text needs before it counts as a page's layout. */
    private static final int MIN_LAID_OUT = 5;
    /** A figure or a blank mark standing alone between blanks. */
    private static final Pattern FIGURE = Pattern.compile("(?<=^|\\s)(?:[0-9０-９][0-9０-９,，.]*|[/／—－-])(?=\\s|$)");
    /** Figures on a line of table 三's (seven) or 四's (fifteen) value columns. */
    private static final int ROW_FIGURES = 5;
    /**
     * Rows of table 三 a block at column 0 needs: the form's first two rows (一、本年新收, 二、上年结转)
     * stand at column 0 on a page, the rest are indented beside their group's label.
     */
    private static final int MIN_ROWS = 3;
    /** Lines at column 0 a block needs before their margin counts as lost rather than never there. */
    private static final int MIN_LINES = 10;
    /**
     * Table 三's sub-header over the legal persons' columns: on a page it stands right of the label
     * column and of 自然人, never at the left edge.
     */
    private static final Pattern REQUESTER_HEADER = Pattern.compile("^(?:商业\\s*企业|科研\\s*机构)\\s");

    private LostLeftMargin() {
    }

    /**
     * The pages of {@code lines}, a PDF's laid-out pages, that hold a block (all of the text, one page, the
     * first half) whose every line lost its leading spaces; none when no block did. Only those pages lost
     * their columns: the rest keep the margin they were printed with.
     */
    public static ColumnsLost of(List<String> lines) {
        if (lines.stream().noneMatch(l -> l.indexOf('\f') >= 0)
                || lines.stream().filter(l -> LAID_OUT.matcher(l).find()).count() < MIN_LAID_OUT) {
            return ColumnsLost.NONE;
        }
        List<Integer> lost = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        boolean stripped = false;
        int atZero = 0;
        int rows = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("\f")) {
                continue; // a page's first line keeps the spaces after its form feed
            }
            char c = line.charAt(0);
            if (c == ' ' || c == '\u3000' || c == '\t' || c == '\u00a0') {
                if (stripped) {
                    lost.addAll(block);
                }
                block.clear();
                stripped = false;
                atZero = 0;
                rows = 0;
                continue;
            }
            block.add(i);
            atZero++;
            if (FIGURE.matcher(line).results().count() >= ROW_FIGURES) {
                rows++;
            }
            stripped |= REQUESTER_HEADER.matcher(line).find() || atZero >= MIN_LINES && rows >= MIN_ROWS;
        }
        if (stripped) {
            lost.addAll(block);
        }
        return ColumnsLost.onPagesOf(lines, lost, true);
    }
}
