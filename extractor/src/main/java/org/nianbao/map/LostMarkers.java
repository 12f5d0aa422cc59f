package org.nianbao.map;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.Catalog;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.validate.Identities;
import org.nianbao.validate.Identity;

/**
 * Footnote markers that plain text may have run into the numbers. A raised footnote digit
 * ({@code 20<sup>1</sup>}) loses its raised place when a page is copied as text (a browser's
 * innerText), printed by {@code pdftotext -layout}, or kept by a crawler: {@code 20¹} becomes
 * {@code 201}, {@code 4555.7¹} becomes {@code 4555.71}, or a {@code 1} on a line of its own takes a
 * blank cell's place. Nothing in the number shows it; the only trace is the note the marker points
 * to ({@link FootnoteNotes}).
 *
 * <p>So when the text holds footnote notes numbered with digits, a value read from a line of text
 * (a {@code line:L} location: plain text, and pages rebuilt from text blocks such as
 * {@code pdftohtml}'s, which join the raised digit to the number; marked-up tables and PDFs keep
 * the raise, see {@code read/Superscript}) whose last digits are a note's number after at least one
 * digit of its own ({@code 201}: 201, or 20 with marker 1; {@code 4555.71}: 4555.71, or 4555.7 with
 * marker 1) is in doubt, flagged {@value #RULE} naming both readings; the value stays as printed,
 * since either reading may be the true one. In table 二 nothing can lift the doubt: no identity
 * checks it. In tables 三 and 四 an identity lifts it when it holds as printed and would fail
 * however the doubted cells in it are read, this one without its digit: a report's own sums do not
 * come out right by a marker's chance. That the identity fails when this cell alone loses its digit
 * is no proof: a note that marks a part and its total alike ({@code 3¹ + 0 = 3¹}) keeps the sum
 * with both digits and without both. A failing identity is flagged by its own rule already, but it
 * proves nothing either (the source's sums may be wrong), so the cell's doubt is said too.
 * And in table 二, a value that is a note's number alone right after a number in its row
 * ({@code 3724 / 1}: the marker on its own line, and a blank cell lost) flags the whole row, whose
 * values may stand in other columns.
 */
public final class LostMarkers {

    public static final String RULE = "footnote-ambiguous";

    /** At most this many sums of doubted cells are tried per identity; past it, the identity proves nothing. */
    private static final int MAX_SUMS = 4096;

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.(\\d+))?");

    private final Identities identities;

    public LostMarkers(Catalog catalog) {
        this.identities = new Identities(catalog);
    }

    /** The {@value #RULE} findings for the values of {@code report} read from lines of text, whose running text is {@code text}. */
    public List<Finding> check(CanonicalReport report, List<TextLine> text) {
        return check(report, text, false);
    }

    /**
     * The {@value #RULE} findings for the values of {@code report}, whose running text is {@code text}.
     *
     * @param textFile whether the document is a text file: then the cells of its raw HTML tables (a
     *     Markdown file's {@code <table>} blocks, {@code read/RawHtmlTables}) hold text a converter
     *     wrote already, which lost a raised digit as its lines did ({@code html2text --bypass-tables}
     *     writes {@code 859<sup>1</sup>} as {@code 8591}): their values are doubted by the same rule,
     *     unless the block kept the raise ({@code 859¹}, pandoc's {@code <sup>}). Each of their cells is
     *     a cell of its own, so the rule for a marker alone on its line (a blank cell lost) is not theirs.
     */
    public List<Finding> check(CanonicalReport report, List<TextLine> text, boolean textFile) {
        List<ExtractedCell> fromLines = report.cells().stream()
                .filter(c -> c.source().where() instanceof Location.Line).toList();
        List<ExtractedCell> flattened = report.cells().stream()
                .filter(c -> c.source().where() instanceof Location.Line
                        || textFile && c.source().where() instanceof Location.TableCell && !raised(c.source().raw()))
                .toList();
        if (flattened.isEmpty()) {
            return List.of();
        }
        int[] tables = tableLines(flattened, text);
        Set<String> notes = FootnoteNotes.numbers(text, tables[0], tables[1]);
        if (notes.isEmpty()) {
            return List.of();
        }
        String noteList = String.join(", ", notes);
        Map<CanonicalKey, ExtractedCell> cells = report.byKey();
        Map<CanonicalKey, String> markers = new LinkedHashMap<>();
        Map<CanonicalKey, BigDecimal> losses = new HashMap<>();
        for (ExtractedCell c : flattened) {
            String digits = digits(c.source().raw());
            String marker = digits.isEmpty() ? "" : endingNote(digits, notes);
            if (!marker.isEmpty() && c.value() instanceof CellValue.Numeric) {
                markers.put(c.key(), marker);
                // what the value loses read without the marker (31 → 3: 28)
                losses.put(c.key(), new BigDecimal(digits).subtract(new BigDecimal(digits.substring(0, digits.length() - marker.length()))));
            }
        }
        List<Identity> all = identities.all(cells.keySet());
        List<Finding> out = new ArrayList<>();
        Map<String, List<ExtractedCell>> activeRows = new LinkedHashMap<>();
        for (ExtractedCell c : fromLines) {
            if (c.key().table() == TableId.ACTIVE) {
                activeRows.computeIfAbsent(c.key().row(), r -> new ArrayList<>()).add(c);
            }
        }
        for (List<ExtractedCell> row : activeRows.values()) {
            ExtractedCell before = null;
            for (ExtractedCell c : row) {
                String digits = digits(c.source().raw());
                if (notes.contains(digits) && before != null) {
                    out.add(Finding.warning(RULE, Scope.row(TableId.ACTIVE, c.key().row()), "'" + digits
                            + "' after " + before.source().raw().strip() + " may be the footnote marker " + digits
                            + " (the text has notes numbered " + noteList + ") on a line of its own: if so, a blank "
                            + "cell of the row was lost and its values stand in other columns; read as printed: "
                            + reading(row), c.source().where()));
                    break;
                }
                before = c.value() instanceof CellValue.Numeric ? c : null;
            }
        }
        for (ExtractedCell c : flattened) {
            String marker = markers.get(c.key());
            if (marker == null || proved(c.key(), all, cells, losses)) {
                continue;
            }
            String digits = digits(c.source().raw());
            out.add(Finding.warning(RULE, Scope.cell(c.key()), "'" + digits + "' may be "
                    + digits.substring(0, digits.length() - marker.length())
                    + " with the footnote marker " + marker + " run into it (the text has notes numbered " + noteList
                    + "; plain text loses a marker's raised place" + (c.key().table() == TableId.ACTIVE ? ""
                    : "; no identity that holds rules it out") + "): read as " + digits, c.source().where()));
        }
        return out;
    }

    /**
     * An identity holding as printed proves {@code key}'s last digits are its own: it would fail with
     * {@code key} read without them, however the other doubted cells in it are read.
     */
    private static boolean proved(CanonicalKey key, List<Identity> identities, Map<CanonicalKey, ExtractedCell> cells,
                                  Map<CanonicalKey, BigDecimal> losses) {
        for (Identity id : identities) {
            if (!id.cells().contains(key) || !id.evaluate(cells).map(Identity.Sides::hold).orElse(false)) {
                continue;
            }
            // what the left side loses, less what the right side loses, for each doubted cell read without its digits
            Set<BigDecimal> sums = new HashSet<>(Set.of(BigDecimal.ZERO));
            BigDecimal mine = BigDecimal.ZERO;
            boolean bounded = true;
            for (CanonicalKey k : id.cells()) {
                BigDecimal loss = losses.get(k);
                if (loss == null) {
                    continue;
                }
                loss = id.left().contains(k) ? loss : loss.negate();
                if (k.equals(key)) {
                    mine = loss;
                    continue;
                }
                Set<BigDecimal> more = new HashSet<>(sums);
                for (BigDecimal s : sums) {
                    more.add(s.add(loss).stripTrailingZeros());
                }
                sums = more;
                if (sums.size() > MAX_SUMS) {
                    bounded = false;
                    break;
                }
            }
            if (bounded && !sums.contains(mine.negate().stripTrailingZeros())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first and last index in {@code text} of the lines that hold the cells' values, or -1, -1:
     * where the tables stand, and so their notes.
     */
    private static int[] tableLines(List<ExtractedCell> cells, List<TextLine> text) {
        Map<Location, Integer> index = new HashMap<>();
        for (int i = text.size() - 1; i >= 0; i--) {
            TextLine line = text.get(i);
            index.put(line.where(), i);
            for (TextLine.Part p : line.parts()) {
                index.put(p.where(), i);
            }
        }
        int first = -1;
        int last = -1;
        for (ExtractedCell c : cells) {
            Integer i = index.get(c.source().where());
            if (i != null) {
                first = first < 0 ? i : Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return new int[] {first, last};
    }

    /** Whether the text keeps a digit raised ({@code 859¹}): its marker did not run into the number. */
    private static boolean raised(String raw) {
        return raw.chars().anyMatch(ch -> "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(ch) >= 0);
    }

    /** The cell's text when it is one plain number (NFKC, thousands separators dropped), else "". */
    private static String digits(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replace(",", "");
        return NUMBER.matcher(s).matches() ? s : "";
    }

    /**
     * The note number {@code number} may end with as a marker run into it: at least one digit of
     * the value left before it ({@code 4555.71}: 4555.7 and 1; never {@code 4555.} and 1).
     */
    private static String endingNote(String number, Set<String> notes) {
        String unsigned = number.replaceFirst("^[+-]", "");
        for (String n : notes) {
            String rest = unsigned.substring(0, Math.max(0, unsigned.length() - n.length()));
            if (unsigned.endsWith(n) && !rest.isEmpty() && !rest.endsWith(".") && Character.isDigit(rest.charAt(0))) {
                return n;
            }
        }
        return "";
    }

    private static String reading(List<ExtractedCell> row) {
        StringBuilder sb = new StringBuilder();
        for (ExtractedCell c : row) {
            String v = c.value().render();
            sb.append(sb.length() == 0 ? "" : ", ").append(c.key().column()).append('=').append(v.isEmpty() ? "blank" : v);
        }
        return sb.toString();
    }
}
