package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * An AsciiDoc table ({@code pandoc -t asciidoc}, documentation sites, note-takers): {@code [cols=",,,"]},
 * then the cells between two {@code |===} lines, each opened by a {@code |}. A row is not a line: it
 * is as many cells as the table has columns, however they are spread over lines (pandoc puts a row
 * with a long label over two lines, and a line of its own may hold cells of two rows). Read line by
 * line, the row {@code |四、结转下年度继续办理 | | | | | |0 | |0 |} lost its pads and put its two 0s one
 * column off, with nothing to notice it (red team 15b). Spans are written as cell specifiers
 * ({@code 2+|} across, {@code .2+|} down, {@code 3*|} repeated): a spanned position is an empty cell
 * here, as an HTML table's are, so every cell stands at its column.
 *
 * <p>Nor is a cell a line: it is everything from its opening to the next, whatever the lines. At a
 * narrow width ({@code --columns=40}) pandoc wraps a long label with a hard break ({@code " +"}) and
 * goes on with the next cells on the same line as the label's rest ({@code 数量 | | |83 |99 …});
 * taking that line for the label's rest alone dropped its cells and put the row one column off
 * (red team 15d). The hard breaks are dropped from the cells' text, their lines joined by {@code \n}.
 */
public final class AsciiDocTable implements TableFlattening {

    private static final Pattern DELIMITER = Pattern.compile("^\\|={3,}\\s*$");
    private static final Pattern COLS = Pattern.compile("^\\[.*\\bcols\\s*=\\s*\"([^\"]*)\".*\\]\\s*$");
    /** A cell's opening: an optional specifier (repeat {@code 3*}, span {@code 2.3+}, alignment, style), then {@code |}. */
    private static final Pattern CELL = Pattern.compile("(?:^|(?<=\\s))(?:(\\d+)\\*)?(?:(\\d+)?(?:\\.(\\d+))?\\+)?"
            + "(?:[<^>])?(?:\\.[<^>])?[adehlmsv]?\\|");
    /** An AsciiDoc hard line break closing a cell's line: pandoc writes a {@code <br>} so, and so it wraps a long cell. */
    private static final Pattern HARD_BREAK = Pattern.compile("(?<!\\s)\\s++\\+\\s*+$");
    /** Tables are short; a run longer than this without its closing delimiter is not one. */
    private static final int MAX_LINES = 2000;

    /** One cell as written: its text, where it stands, and how many columns and rows it spans. */
    private record Written(StringBuilder text, Location where, int across, int down) {
    }

    @Override
    public Optional<TextTable> recognise(List<String> lines, int from) {
        int open = from;
        int columns = 0;
        Matcher cols = COLS.matcher(lines.get(from).strip());
        if (cols.matches()) {
            columns = columns(cols.group(1));
            open = from + 1;
        }
        if (open >= lines.size() || !DELIMITER.matcher(lines.get(open)).matches()) {
            return Optional.empty();
        }
        int close = open + 1;
        while (close < lines.size() && close - open < MAX_LINES && !DELIMITER.matcher(lines.get(close)).matches()) {
            close++;
        }
        if (close >= lines.size() || close - open >= MAX_LINES) {
            return Optional.empty();
        }
        List<Written> cells = new ArrayList<>();
        int firstLineCells = -1;
        for (int i = open + 1; i < close; i++) {
            String line = lines.get(i);
            Matcher first = CELL.matcher(line);
            int opening = first.find() ? first.start() : line.length();
            String carried = line.substring(0, opening).strip();
            if (!carried.isEmpty() && !cells.isEmpty()) {
                // the rest of the cell the line above opened: a wrapped or hard-broken cell
                continued(cells.get(cells.size() - 1).text(), carried);
            }
            List<Written> onLine = cells(line, opening, new Location.Line(i + 1));
            if (onLine.isEmpty()) {
                continue;
            }
            if (firstLineCells < 0) {
                firstLineCells = onLine.stream().mapToInt(Written::across).sum();
            }
            cells.addAll(onLine);
        }
        cells.forEach(c -> withoutHardBreak(c.text()));
        if (columns == 0) {
            columns = firstLineCells; // no cols attribute: the first line is the first row
        }
        if (columns <= 0 || cells.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TextTable.of(rows(cells, columns), Positions.EXACT, close + 1));
    }

    /** The number of columns a {@code cols} attribute gives: {@code ",,,"} is 4, {@code "3*"} is 3, {@code "1,2a"} is 2. */
    private static int columns(String spec) {
        Matcher repeated = Pattern.compile("^\\s*(\\d+)\\*").matcher(spec);
        if (repeated.find()) {
            return Integer.parseInt(repeated.group(1));
        }
        return spec.split(",", -1).length;
    }

    /** {@code more} joined to a cell's text on a line of its own, the hard break ({@code " +"}) that broke it dropped. */
    private static void continued(StringBuilder text, String more) {
        withoutHardBreak(text);
        text.append(text.length() == 0 ? "" : "\n").append(more);
    }

    private static void withoutHardBreak(StringBuilder text) {
        Matcher plus = HARD_BREAK.matcher(text);
        if (plus.find()) {
            text.setLength(plus.start());
        }
    }

    /** The cells opened on {@code line} from {@code from} on (where its first opening stands). */
    private static List<Written> cells(String line, int from, Location where) {
        List<Written> out = new ArrayList<>();
        Matcher m = CELL.matcher(line);
        m.region(from, line.length()).useTransparentBounds(true);
        List<int[]> starts = new ArrayList<>();
        List<Matcher> specs = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            specs.add(CELL.matcher(line).region(m.start(), m.end()));
        }
        for (int k = 0; k < starts.size(); k++) {
            Matcher spec = specs.get(k);
            spec.lookingAt();
            int repeat = spec.group(1) == null ? 1 : Integer.parseInt(spec.group(1));
            int across = spec.group(2) == null ? 1 : Integer.parseInt(spec.group(2));
            int down = spec.group(3) == null ? 1 : Integer.parseInt(spec.group(3));
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : line.length();
            String text = line.substring(starts.get(k)[1], end).strip();
            for (int r = 0; r < repeat; r++) {
                out.add(new Written(new StringBuilder(text), where, Math.max(1, across), Math.max(1, down)));
            }
        }
        return out;
    }

    /** The cells laid into rows of {@code columns}, spanned positions empty, as a browser lays out a table. */
    private static List<List<GridCell>> rows(List<Written> cells, int columns) {
        List<List<GridCell>> rows = new ArrayList<>();
        Map<Integer, Map<Integer, Location>> taken = new HashMap<>(); // row -> column -> the spanning cell's place
        int row = 0;
        int col = 0;
        List<GridCell> current = new ArrayList<>();
        for (Written w : cells) {
            while (col < columns && taken.getOrDefault(row, Map.of()).containsKey(col)) {
                current.add(GridCell.of("", taken.get(row).get(col)));
                col++;
            }
            if (col >= columns) {
                rows.add(current);
                current = new ArrayList<>();
                row++;
                col = 0;
                while (col < columns && taken.getOrDefault(row, Map.of()).containsKey(col)) {
                    current.add(GridCell.of("", taken.get(row).get(col)));
                    col++;
                }
            }
            current.add(GridCell.of(w.text().toString(), w.where()));
            for (int d = 0; d < w.down(); d++) {
                for (int a = 0; a < w.across(); a++) {
                    if (d > 0 || a > 0) {
                        taken.computeIfAbsent(row + d, r -> new HashMap<>()).put(col + a, w.where());
                    }
                }
            }
            for (int a = 1; a < w.across() && col + a < columns; a++) {
                current.add(GridCell.of("", w.where()));
            }
            col += w.across();
            if (col >= columns) {
                rows.add(current);
                current = new ArrayList<>();
                row++;
                col = 0;
            }
        }
        if (!current.isEmpty()) {
            rows.add(current);
        }
        return rows;
    }
}
