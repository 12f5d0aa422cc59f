package org.nianbao.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.TextLine;

/**
 * Footnote markers that plain text may have run into the numbers. A raised footnote digit
 * ({@code 20<sup>1</sup>}) loses its raised place when a page is copied as text (a browser's
 * innerText), printed by {@code pdftotext -layout}, or kept by a crawler: {@code 20¹} becomes
 * {@code 201}, or a {@code 1} on a line of its own that takes a blank cell's place. Nothing in
 * the number shows it; the only trace is the note the marker points to ({@code 注：1含上级部门…}).
 *
 * <p>So when the text holds footnote notes numbered with digits, each value of table 二 (the one
 * table no identity checks; a digit added in tables 三 and 四 breaks their sums) read from a line
 * of text (a {@code line:L} location: plain text, and pages rebuilt from text blocks such as
 * {@code pdftohtml}'s, which join the raised digit to the number; marked-up tables and PDFs keep
 * the raise, see {@code read/Superscript}) that could hold a
 * lost marker is flagged {@value #RULE}, naming both readings; the value stays as printed, since
 * either reading may be the true one. Two shapes: a number whose last digits are a note's number
 * ({@code 201}: 201, or 20 with marker 1; decimals only past two places, {@code 467.011}); and a
 * value that is a note's number alone right after a number in its row ({@code 3724 / 1}: the
 * marker on its own line, and a blank cell lost, so the whole row may stand in other columns).
 */
public final class LostMarkers {

    public static final String RULE = "footnote-ambiguous";

    /** What follows a number that makes it a date or a quantity, not a note's number ({@code 2021年}, {@code 1项}). */
    private static final String NOT_NOTE = "(?!\\d|[.．]\\d|\\s*[年月日号%万元件个项次条名人家余])";
    /** A note line: {@code 注：1含…}, {@code 注1：…}, {@code 注（1）…}, {@code 备注：1.…}, {@code 说明：1.…}. */
    private static final Pattern NOTE = Pattern.compile("^\\s*(?:(?:注释|备注|注)\\s*[（(]?\\s*[：:]?|说明\\s*[：:])"
            + "\\s*[（(]?(\\d{1,2})" + NOT_NOTE);
    /**
     * A note whose raised number lost its place too: the number right against a sentence
     * ({@code 1含上级部门委托实施的事项。}, {@code ^1含…} as lynx and pandoc write it). A list item of
     * the prose ({@code 1.加强组织领导。}) has a stop or a comma after its number, and a label no 。.
     */
    private static final Pattern BARE_NOTE = Pattern.compile("^\\s*\\^?(\\d{1,2})" + NOT_NOTE + "[ \\t]{0,2}(?=\\p{IsHan})[^\\d]*[。；]\\s*$");
    /**
     * A note whose number is marked as a note's: {@code [1] 含…} ({@code ［1］}, {@code 【1】}),
     * {@code *1 含…}, {@code 脚注1：含…} — a footnote number in brackets, after a star or the word
     * 脚注, then a sentence (a Han character next). Body text does not number its paragraphs so.
     */
    private static final Pattern MARKED_NOTE = Pattern.compile("^\\s*(?:[\\[【]\\s*(\\d{1,2})\\s*[\\]】]|\\*\\s*(\\d{1,2})"
            + "|脚注\\s*(\\d{1,2})\\s*[：:]?)" + NOT_NOTE + "\\s*(?=\\p{IsHan})");
    /** A note's number alone on its line, its sentence on the next (a crawler keeps {@code <sup>1</sup>} as a text node). */
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\s*\\^?(\\d{1,2})\\s*$");
    private static final Pattern SENTENCE = Pattern.compile("^\\s*\\p{IsHan}[^\\d]*[。；]\\s*$");
    /** A note line that holds only the heading ({@code 注：}), its numbered notes on the lines after it. */
    private static final Pattern NOTE_HEADING = Pattern.compile("^\\s*(?:注释|备注|注|说明)\\s*[：:]\\s*$");
    /** A numbered note under such a heading: {@code 1.含…}, {@code 2、…}, {@code （3）…}. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*[（(]?(\\d{1,2})[）).、．:：]?\\s*[^\\d\\s.．]");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.(\\d+))?");

    /** The footnote numbers the text's notes carry, in order of appearance; empty when it has none. */
    static Set<String> noteNumbers(List<TextLine> text) {
        Set<String> numbers = new LinkedHashSet<>();
        boolean underHeading = false;
        String previous = "";
        for (TextLine line : text) {
            String s = Normalizer.normalize(line.text(), Normalizer.Form.NFKC);
            Matcher note = NOTE.matcher(s);
            Matcher bare = BARE_NOTE.matcher(s);
            Matcher marked = MARKED_NOTE.matcher(s);
            Matcher lone = LONE_NUMBER.matcher(previous);
            Matcher numbered = NUMBERED.matcher(s);
            if (note.find()) {
                numbers.add(Integer.toString(Integer.parseInt(note.group(1))));
                underHeading = true;
            } else if (marked.find()) {
                String n = marked.group(1) != null ? marked.group(1) : marked.group(2) != null ? marked.group(2) : marked.group(3);
                numbers.add(Integer.toString(Integer.parseInt(n)));
            } else if (bare.find()) {
                numbers.add(Integer.toString(Integer.parseInt(bare.group(1))));
            } else if (lone.matches() && SENTENCE.matcher(s).matches()) {
                numbers.add(Integer.toString(Integer.parseInt(lone.group(1))));
            } else if (NOTE_HEADING.matcher(s).matches()) {
                underHeading = true;
            } else if (underHeading && numbered.find()) {
                numbers.add(Integer.toString(Integer.parseInt(numbered.group(1))));
            } else {
                underHeading = false;
            }
            previous = s;
        }
        numbers.remove("0");
        return numbers;
    }

    /** The {@value #RULE} findings for the values of {@code report} read from lines of text, whose running text is {@code text}. */
    public List<Finding> check(CanonicalReport report, List<TextLine> text) {
        Set<String> notes = noteNumbers(text);
        if (notes.isEmpty()) {
            return List.of();
        }
        String noteList = String.join(", ", notes);
        Map<String, List<ExtractedCell>> rows = new LinkedHashMap<>();
        for (ExtractedCell c : report.cells()) {
            if (c.key().table() == TableId.ACTIVE && c.source().where() instanceof Location.Line) {
                rows.computeIfAbsent(c.key().row(), r -> new ArrayList<>()).add(c);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<ExtractedCell> row : rows.values()) {
            ExtractedCell before = null;
            boolean rowFlagged = false;
            for (ExtractedCell c : row) {
                String digits = digits(c.source().raw());
                String marker = digits.isEmpty() ? "" : endingNote(digits, notes);
                if (notes.contains(digits) && before != null && !rowFlagged) {
                    rowFlagged = true;
                    out.add(Finding.warning(RULE, Scope.row(TableId.ACTIVE, c.key().row()), "'" + digits
                            + "' after " + before.source().raw().strip() + " may be the footnote marker " + digits
                            + " (the text has notes numbered " + noteList + ") on a line of its own: if so, a blank "
                            + "cell of the row was lost and its values stand in other columns; read as printed: "
                            + reading(row), c.source().where()));
                } else if (!marker.isEmpty()) {
                    String without = digits.substring(0, digits.length() - marker.length());
                    out.add(Finding.warning(RULE, Scope.cell(c.key()), "'" + digits + "' may be " + without
                            + " with the footnote marker " + marker + " run into it (the text has notes numbered "
                            + noteList + "; plain text loses a marker's raised place): read as " + digits,
                            c.source().where()));
                }
                before = c.value() instanceof CellValue.Numeric ? c : null;
            }
        }
        return out;
    }

    /** The cell's text when it is one plain number (NFKC, thousands separators dropped), else "". */
    private static String digits(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replace(",", "");
        return NUMBER.matcher(s).matches() ? s : "";
    }

    /**
     * The note number {@code number} may end with as a marker run into it: at least one digit of
     * the value left before it; in a decimal, only past two decimal places (amounts have two).
     */
    private static String endingNote(String number, Set<String> notes) {
        Matcher m = NUMBER.matcher(number);
        m.matches();
        String fraction = m.group(1);
        if (fraction != null && fraction.length() <= 2) {
            return "";
        }
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
