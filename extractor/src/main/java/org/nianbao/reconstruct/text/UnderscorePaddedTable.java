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
    /**
     * Half-width digits run into full-width ones ({@code 1５}): the cell's own {@code 1} and the last
     * character of {@code １３５} to its left, which ran on past its column and lost its middle bytes to
     * the separator and to this cell's {@code 1}. A report printing one number in two widths cannot be
     * ruled out, so neither reading is taken.
     */
    private static final Pattern MIXED_WIDTH = Pattern.compile("^[+\\-]?\\d++[０-９].*");
    /** Padding, full-width digits, then one replaced byte: {@code ０�}. */
    private static final Pattern FULL_WIDTH_CUT = Pattern.compile("^([_\\s]*+)([０-９]++)(\uFFFD)[_\\s]*+");
    private static final Pattern TOP = Pattern.compile("^\\s*_{3,}\\s*$");

    /** Each line of the document as the file's bytes, where decoding replaced some; else empty. */
    private final List<byte[]> bytes;

    /** Reads the decoded text only. */
    public UnderscorePaddedTable() {
        this(List.of());
    }

    /**
     * @param bytes each line of the document as the file's bytes (empty when none were replaced in
     *     decoding): a cell whose number one replaced byte follows is read where that byte is the
     *     middle of a character, which only another cell's bytes can be ({@link SpilledBytes})
     */
    public UnderscorePaddedTable(List<byte[]> bytes) {
        this.bytes = List.copyOf(bytes);
    }

    @Override
    public Optional<TextTable> recognise(List<String> lines, int from) {
        if (!TOP.matcher(lines.get(from)).matches() || from + 1 >= lines.size() || !isRow(lines.get(from + 1))) {
            return Optional.empty();
        }
        List<List<GridCell>> rows = new ArrayList<>();
        int i = from + 1;
        for (; i < lines.size() && isRow(lines.get(i)); i++) {
            rows.add(row(lines.get(i), i < bytes.size() ? bytes.get(i) : new byte[0], new Location.Line(i + 1)));
        }
        return Optional.of(TextTable.of(rows, Positions.FLATTENED, i));
    }

    private static boolean isRow(String line) {
        String s = line.strip();
        return s.length() > 1 && s.charAt(0) == '|' && s.indexOf('|', 1) > 0;
    }

    private static List<GridCell> row(String line, byte[] lineBytes, Location at) {
        String s = line.strip();
        int last = s.lastIndexOf('|');
        String[] parts = s.substring(1, last).split("\\|", -1);
        List<byte[]> partBytes = cells(lineBytes, parts.length);
        List<GridCell> row = new ArrayList<>(parts.length + 1);
        String tail = s.substring(last + 1);
        boolean afterValue = false;
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            int index = k;
            String text = unpadded(p);
            Optional<SpilledBytes.Own> own = SpilledBytes.read(p, partBytes.isEmpty() ? new byte[0] : partBytes.get(k),
                    afterValue).or(() -> fullWidthBeforeSpill(p, partBytes, index));
            if (own.isPresent()) {
                row.add(GridCell.of(own.get().text(), at, List.of(CellNote.spilled(own.get().spill(), "Debian "
                        + "html2text writes each cell's text from its column's first byte and leaves the bytes of a "
                        + "longer cell to its left standing after it"))));
            } else if (MIXED_WIDTH.matcher(text).matches()) {
                row.add(GridCell.of(text, at, List.of(CellNote.doubtful(text, "Debian html2text writes each cell's "
                        + "text from its column's first byte, and full-width digits after half-width ones may be "
                        + "the last bytes of a longer value to its left, still standing after the cell's own number"))));
            } else {
                boolean whole = k + 1 < parts.length ? startsWithPadding(parts[k + 1]) : tail.isEmpty();
                row.add(fillsWithFullWidth(p, text) && !whole ? GridCell.of(text, at, List.of(CellNote.filled(text, "Debian "
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
     * The cell's own full-width number when one byte in the middle of a character follows it
     * ({@code ０} then {@code 0xBD}, printed {@code ０�}), and no full-width value to its left could have
     * run on to put that number there. The own text is written from the column's first byte and goes
     * on with a character's first byte, so the byte is another cell's; but a full-width value to the
     * left may itself run on over this column and print a whole digit at its first byte, where its
     * characters fall on that byte: a cell {@code j} showing full-width digits, whose value (at most
     * as many characters as its column is bytes wide, three bytes each) reaches past this cell's first
     * character, with a whole number of characters between the two columns' starts. Empty otherwise.
     */
    private static Optional<SpilledBytes.Own> fullWidthBeforeSpill(String cell, List<byte[]> bytes, int k) {
        java.util.regex.Matcher m = FULL_WIDTH_CUT.matcher(cell);
        if (bytes.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        int end = m.group(1).length() + m.group(2).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        byte[] own = bytes.get(k);
        if (end >= own.length || (own[end] & 0xC0) != 0x80) {
            return Optional.empty();
        }
        int start = 0;
        int[] starts = new int[k + 1];
        for (int j = 0; j <= k; j++) {
            starts[j] = start;
            start += bytes.get(j).length + 1;
        }
        for (int j = 0; j < k; j++) {
            String left = new String(bytes.get(j), java.nio.charset.StandardCharsets.UTF_8).replaceAll("^[_\\s]+", "");
            boolean fullWidth = !left.isEmpty() && left.charAt(0) >= '０' && left.charAt(0) <= '９';
            int distance = starts[k] - starts[j];
            if (fullWidth && starts[j] + 3 * bytes.get(j).length >= starts[k] + 3 && distance % 3 == 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new SpilledBytes.Own(m.group(2), m.group(3)));
    }

    /**
     * The bytes of the line's cells between its first and last separator, as {@link #row} splits its
     * text; empty when the bytes are not known or do not split into as many cells. A separator byte
     * never occurs inside a UTF-8 character, so the two splits agree wherever the bytes are the line's.
     */
    private static List<byte[]> cells(byte[] line, int count) {
        int first = 0;
        int last = line.length - 1;
        while (first < line.length && line[first] != '|') {
            first++;
        }
        while (last > first && line[last] != '|') {
            last--;
        }
        List<byte[]> out = new ArrayList<>(count);
        int from = first + 1;
        for (int i = from; i <= last && last > first; i++) {
            if (line[i] == '|') {
                out.add(java.util.Arrays.copyOfRange(line, from, i));
                from = i + 1;
            }
        }
        return out.size() == count ? out : List.of();
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

    /**
     * True when the cell right of a value that fills its column shows that the value ended there.
     * Another full-width character of the value would be written over the separator and the next
     * column's first two bytes; the cell to the right, written after it, replaces them only with its
     * own text, a value, which never holds padding. So padding ({@code _} or a space: bytes nobody
     * wrote) in either of those two bytes proves the value printed whole ({@code |１６|0___|}); past
     * the last separator, nothing at all does ({@code |３|} at the line's end).
     */
    private static boolean startsWithPadding(String next) {
        return !next.isEmpty() && (isPadding(next.charAt(0))
                || next.charAt(0) < 0x80 && next.length() > 1 && isPadding(next.charAt(1)));
    }

    private static boolean isPadding(char c) {
        return c == '_' || c == ' ';
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
