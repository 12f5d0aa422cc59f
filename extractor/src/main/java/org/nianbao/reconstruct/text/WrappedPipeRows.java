package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Python {@code html2text} (Markdown): cells joined by {@code |} with no outer pipes, a rule
 * {@code ---|---} after the first row, and each row ended by two trailing spaces (a Markdown hard
 * break). A paragraph inside a cell breaks the row over several lines with blank lines between, so
 * a row runs on until its hard break, across blank lines as long as a pipe touches the break
 * ({@code 规章| 0|}, blank, {@code 733}, blank, {@code |}). Every cell keeps its pipes, blank ones
 * included, but merged cells are not written out, so positions are flattened.
 */
public final class WrappedPipeRows implements TableFlattening {

    /** Rows are short; a run longer than this without its hard break is not a row. */
    private static final int MAX_ROW_LINES = 80;
    private static final Pattern RULE = Pattern.compile("^\\s*:?-{3,}:?(\\s*\\|\\s*:?-{3,}:?)*\\s*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])");

    /** A row: its lines' indices (blank ones excluded) and where it ends. */
    private record Row(List<Integer> lines, int end, boolean closed) {
    }

    private final Predicate<String> isValue;

    /** @param isValue tells value cells (numbers, blanks, dashes) from label text */
    public WrappedPipeRows(Predicate<String> isValue) {
        this.isValue = isValue;
    }

    @Override
    public Optional<TextTable> recognise(List<String> lines, int from) {
        if (lines.get(from).isBlank() || RULE.matcher(lines.get(from)).matches()) {
            return Optional.empty();
        }
        Row header = row(lines, from);
        int rule = header.end;
        while (rule < lines.size() && lines.get(rule).isBlank() && !lines.get(rule).isEmpty()) {
            rule++; // the hard break of an empty paragraph closing the cell: "  "
        }
        if (!header.closed || rule >= lines.size() || !isRule(lines.get(rule))) {
            return Optional.empty();
        }
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(cells(lines, header));
        int i = rule + 1;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            Row r = row(lines, i);
            boolean piped = r.lines.stream().anyMatch(k -> lines.get(k).contains("|"));
            if (!r.closed && !piped || RULE.matcher(lines.get(i)).matches()) {
                break;
            }
            rows.add(cells(lines, r));
            i = r.end;
        }
        // the lines after the last row that were only skipped as blank belong to nobody
        int end = i;
        while (end > rule + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return Optional.of(TextTable.of(rows, Positions.FLATTENED, end));
    }

    /**
     * html2text's rule: {@code ---|---}, or {@code ---} with the two trailing spaces of a hard break
     * under a one-cell first row (a merged title row); a bare {@code ---} is a Markdown thematic break.
     */
    private static boolean isRule(String line) {
        return RULE.matcher(line).matches() && (line.contains("|") || line.endsWith("  "));
    }

    /** The row starting at {@code from}: its pieces, joined across the hard breaks a {@code <br>} made. */
    private Row row(List<String> lines, int from) {
        Row row = piece(lines, from);
        while (row.closed && row.end < lines.size() && continues(lines, row)) {
            Row next = piece(lines, row.end);
            List<Integer> joined = new ArrayList<>(row.lines);
            joined.addAll(next.lines);
            row = new Row(joined, next.end, next.closed);
        }
        return row;
    }

    private boolean continues(List<String> lines, Row row) {
        String last = lines.get(row.lines.get(row.lines.size() - 1));
        String cell = last.substring(last.lastIndexOf('|') + 1).strip();
        String next = lines.get(row.end);
        String head = next.strip().split("\\|", -1)[0].strip();
        if (cell.isEmpty() || isValue.test(cell) || next.isBlank() || isRule(next) || next.strip().startsWith("|")
                || head.isEmpty() || isValue.test(head) || SingleSpacedRow.NUMBERED.matcher(head).find()) {
            return false;
        }
        boolean piped = row.lines.stream().anyMatch(k -> lines.get(k).contains("|"));
        return piped != hasValue(lines, piece(lines, row.end));
    }

    private boolean hasValue(List<String> lines, Row piece) {
        return piece.lines.stream().flatMap(k -> Arrays.stream(lines.get(k).split("\\|")))
                .map(String::strip).anyMatch(c -> !c.isEmpty() && isValue.test(c));
    }

    /** Lines from {@code from} up to a hard break, or to a blank line no pipe touches. */
    private static Row piece(List<String> lines, int from) {
        List<Integer> taken = new ArrayList<>();
        int i = from;
        while (i < lines.size() && i - from < MAX_ROW_LINES) {
            String line = lines.get(i);
            if (line.isBlank()) {
                int next = i;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                boolean joined = !taken.isEmpty() && lines.get(taken.get(taken.size() - 1)).strip().endsWith("|")
                        || next < lines.size() && lines.get(next).strip().startsWith("|");
                if (!joined || next >= lines.size()) {
                    return new Row(taken, i, false);
                }
                i = next;
                continue;
            }
            taken.add(i);
            i++;
            if (line.endsWith("  ")) {
                return new Row(taken, i, true);
            }
        }
        return new Row(taken, i, false);
    }

    private static List<GridCell> cells(List<String> lines, Row r) {
        List<GridCell> row = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int at = -1;
        for (int k : r.lines) {
            String line = lines.get(k);
            int start = 0;
            for (int c = 0; c <= line.length(); c++) {
                if (c == line.length() || line.charAt(c) == '|' && (c == 0 || line.charAt(c - 1) != '\\')) {
                    String part = line.substring(start, c).strip();
                    if (!part.isEmpty()) {
                        text.append(text.length() == 0 ? "" : "\n").append(part);
                        at = at < 0 ? k : at;
                    }
                    if (c < line.length()) {
                        row.add(cell(text, at < 0 ? k : at));
                        text.setLength(0);
                        at = -1;
                    }
                    start = c + 1;
                }
            }
        }
        row.add(cell(text, at < 0 ? r.lines.get(r.lines.size() - 1) : at));
        return row;
    }

    private static GridCell cell(CharSequence text, int line) {
        return GridCell.of(ESCAPE.matcher(text).replaceAll("$1"), new Location.Line(line + 1));
    }
}
