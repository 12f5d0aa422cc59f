package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Debian's {@code html2text}: a table opens with a line of underscores, then one line per row,
 * cells between {@code |} and padded with {@code _} to the column's width. Underscores are
 * padding, never a value (the value parser would read {@code ____} as a blank).
 *
 * <p>With {@code -utf8} the tool measures columns in bytes: CJK text is cut mid-character
 * (U+FFFD) and a wrapped label spills into the cells to its right ({@code 0禁}) or past the last
 * separator. Where a cell's own text can be told from the spilled bytes ({@link SpilledBytes}) it is
 * read and the rest noted; other such cells are kept as printed, so the parser reports them
 * unreadable. Text past the last separator is kept as a cell only when it has a digit and is not the
 * rest of a cell the separator cut ({@link #runsOn}).
 * Merged cells are drawn once, not expanded, so the grid is marked flattened.
 */
public final class UnderscorePaddedTable implements TableFlattening {

    private static final Pattern VALUE = Pattern.compile("[+\\-]?[\\d０-９][\\d０-９,，.．]*|[/—－\\-]+");
    private static final Pattern TOP = Pattern.compile("^\\s*_{3,}\\s*$");

    @Override
    public Optional<TextTable> recognise(List<String> lines, int from) {
        if (!TOP.matcher(lines.get(from)).matches() || from + 1 >= lines.size() || !isRow(lines.get(from + 1))) {
            return Optional.empty();
        }
        List<List<GridCell>> rows = new ArrayList<>();
        int i = from + 1;
        for (; i < lines.size() && isRow(lines.get(i)); i++) {
            rows.add(row(lines.get(i), new Location.Line(i + 1)));
        }
        return Optional.of(TextTable.of(rows, Positions.FLATTENED, i));
    }

    private static boolean isRow(String line) {
        String s = line.strip();
        return s.length() > 1 && s.charAt(0) == '|' && s.indexOf('|', 1) > 0;
    }

    private static List<GridCell> row(String line, Location at) {
        String s = line.strip();
        int last = s.lastIndexOf('|');
        String[] parts = s.substring(1, last).split("\\|", -1);
        List<GridCell> row = new ArrayList<>(parts.length + 1);
        boolean afterValue = false;
        for (String p : parts) {
            String text = unpadded(p);
            Optional<SpilledBytes.Own> own = SpilledBytes.read(p, afterValue);
            if (own.isPresent()) {
                row.add(GridCell.of(own.get().text(), at, List.of(CellNote.spilled(own.get().spill(), "Debian "
                        + "html2text writes each cell's text from its column's first byte and leaves the bytes of a "
                        + "longer cell to its left standing after it"))));
            } else {
                row.add(fillsWithFullWidth(p, text) ? GridCell.of(text, at, List.of(CellNote.filled(text, "Debian "
                        + "html2text prints a cell's first bytes up to its column's width, and this one fills its "
                        + "column with full-width digits, which it cuts with no mark (１９ printed as １)")))
                        : GridCell.of(text, at));
            }
            afterValue |= isValue(row.get(row.size() - 1).text());
        }
        String spill = s.substring(last + 1).strip();
        if (spill.chars().anyMatch(Character::isDigit) && !runsOn(parts, spill)) {
            row.add(GridCell.of(spill, at));
        }
        return row;
    }

    /**
     * True when the text past the last separator is the rest of a cell the separator cut: it starts
     * inside a character (U+FFFD), and the last cell shows no padding, so bytes of a longer cell run on
     * under it to the line's end ({@code |１|��６} for １２６ in a column one character wide). Such text
     * is no cell of its own. The cell it was cut from fills its column: full-width digits are noted
     * {@code FILLED}, a cut inside a character is unreadable.
     */
    private static boolean runsOn(String[] parts, String spill) {
        String lastCell = parts.length == 0 ? "" : parts[parts.length - 1];
        return spill.charAt(0) == '\uFFFD' && !lastCell.isEmpty() && unpadded(lastCell).equals(lastCell);
    }

    /**
     * True when the cell holds full-width digits and no padding at all: the tool prints a cell's
     * first bytes up to the column's width (which it sizes by characters), so a value of full-width
     * digits, three bytes each, may have been cut there. A cut inside a character shows as U+FFFD
     * ({@code １�}, which the value parser reports unreadable, so it is not noted here); a cut between
     * two characters leaves no mark, and no padding either, which a value that was printed whole and
     * is shorter than its column always has.
     */
    private static boolean fillsWithFullWidth(String cell, String text) {
        return !text.isEmpty() && cell.equals(text) && text.indexOf('\uFFFD') < 0
                && text.chars().anyMatch(c -> c >= '０' && c <= '９');
    }

    /** A number or a blank mark, as a value cell holds (not empty: label columns leave cells empty). */
    private static boolean isValue(String text) {
        return VALUE.matcher(text).matches();
    }

    /** The cell without its underscore padding and surrounding spaces. */
    static String unpadded(String cell) {
        return cell.replaceAll("^[_\\s]+|[_\\s]+$", "");
    }
}
