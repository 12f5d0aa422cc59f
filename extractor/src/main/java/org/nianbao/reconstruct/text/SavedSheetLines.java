package org.nianbao.reconstruct.text;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A browser's copy of a page ({@code innerText}) pasted into a spreadsheet, each tab a new cell, and saved back as
 * tab-separated text (LibreOffice Calc's "Text CSV" with a tab, Excel's "Text (Tab delimited)", Google Sheets' TSV):
 * every row is written as wide as the sheet's widest, so every line ends in the tabs of empty cells up to that width and
 * an empty line is tabs only, and text cells may be quoted ({@code "规章"\t"—"\t"—"\t17\t\t\t…}; a figure becomes a
 * number, {@code 188,340} written {@code 188340}). Read as it stands, the quoted dashes were no blank marks and the
 * padding no row's end: 规章's 17 was read as 本年制发件数 and table 三's paragraph cells went under other columns with
 * no finding (red team rtv, {@code calc-saved-tsv-innertext-padded-quoted-2021.txt}: 7 cells).
 *
 * <p>The padding cannot be told from the copy's own blank cells at a line's end (Chromium ended such a line in tabs
 * too), so the tabs after each line's last cell are taken off with it, and the fields unquoted: what is left is the
 * copy trimmed of its trailing whitespace, which the trimmed-copy readers place only where the text proves it
 * ({@link TrimmedRequestsRow}, {@link CountedRowPieces}). A quoted field running over lines keeps its line breaks,
 * so line numbers stay.
 *
 * <p>Taken for such a save only where nothing else explains it: every record (a line, or lines a quoted field runs
 * over) is well formed (a quote only around a whole field, doubled inside it), and either the save is padded (every
 * record has the same number of fields, at least {@link #MIN_FIELDS}; at least {@link #MIN_EMPTY_ROWS} lines are tabs
 * only, the copy's empty lines; some line ends in a tab) or at least {@link #MIN_QUOTED_ROWS} records hold a quoted
 * field (an editor trimmed the padding off after the save). A browser's copy itself ends its lines where its rows
 * end and quotes no field whole, and a tab-separated table exported from a database has no empty rows.
 */
public final class SavedSheetLines {

    /** Fields of every record, at least: a sheet as wide as a table's row of label and figures. */
    static final int MIN_FIELDS = 3;
    /** Lines holding only tabs, at least: the copy's empty lines, padded to the sheet's width. */
    static final int MIN_EMPTY_ROWS = 3;
    /**
     * Records with a quoted field, at least, for a save whose padding an editor trimmed afterwards (no line ends in a
     * tab, no line is tabs only): quotes around whole fields on many lines, and nowhere else, are a sheet's, never a
     * copy's own (red team rtz, {@code calc-saved-tsv-quoted-rstrip-publication-shifted-2019.txt}).
     */
    static final int MIN_QUOTED_ROWS = 5;
    /** A quoted field: a quote at the record's start or after a tab. */
    private static final Pattern QUOTED_FIELD = Pattern.compile("(?:^|\\t)\"");
    /** A field, quoted (inner quotes doubled, line breaks allowed) or plain (no tab, no quote, no line break). */
    // possessive: one step for each run of plain characters, never one nested call for each character (a long text
    // overflowed the stack when read in the caller's thread)
    private static final String FIELD = "(?:\"(?:[^\"]++|\"\")*+\"|[^\"\\t\\n]*+)";
    private static final Pattern RECORDS = Pattern.compile("(" + FIELD + "(?:\\t" + FIELD + ")*+)(?:\\n|$)");

    private SavedSheetLines() {
    }

    /** The lines as the copy had them, its padding off and its fields unquoted; the lines themselves when not so saved. */
    public static List<String> of(List<String> lines) {
        List<String> records = records(lines);
        if (records == null) {
            return lines;
        }
        RFC4180Parser parser = new RFC4180ParserBuilder().withSeparator('\t').build();
        List<String> out = new ArrayList<>(lines.size());
        for (String record : records) {
            String[] fields;
            try {
                fields = parser.parseLine(record);
            } catch (IOException e) {
                // a well-formed record always parses; should one not, the text is read as it stands
                return lines;
            }
            int last = fields.length;
            while (last > 0 && fields[last - 1].isEmpty()) {
                last--;
            }
            String joined = String.join("\t", java.util.Arrays.asList(fields).subList(0, last));
            // a field's own line breaks stay where they were, one output line for each line the record stood on
            out.addAll(joined.lines().toList());
            long span = record.chars().filter(c -> c == '\n').count() + 1;
            for (long k = joined.lines().count(); k < span; k++) {
                out.add("");
            }
        }
        return out.size() == lines.size() ? out : lines;
    }

    /** The records of a text so saved, each the lines it stands on; null when the text is no such save. */
    private static List<String> records(List<String> lines) {
        if (lines.size() < MIN_EMPTY_ROWS) {
            return null;
        }
        long emptyRows = lines.stream().filter(l -> !l.isEmpty() && l.chars().allMatch(c -> c == '\t')).count();
        // padded to the sheet's width, or trimmed of its padding afterwards and told by its quotes alone
        boolean padded = emptyRows >= MIN_EMPTY_ROWS && lines.stream().anyMatch(l -> l.endsWith("\t"));
        if (!padded && lines.stream().filter(l -> QUOTED_FIELD.matcher(l).find()).count() < MIN_QUOTED_ROWS) {
            return null;
        }
        String text = String.join("\n", lines);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> records = new ArrayList<>();
        java.util.regex.Matcher m = RECORDS.matcher(text);
        int at = 0;
        int width = -1;
        int quoted = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at || m.end() == at) {
                return null;
            }
            String record = m.group(1);
            int fields = fieldCount(record);
            if (width < 0) {
                width = fields;
            }
            if (padded && (fields != width || fields < MIN_FIELDS)) {
                return null;
            }
            if (QUOTED_FIELD.matcher(record).find()) {
                quoted++;
            }
            records.add(record);
            at = m.end();
        }
        return padded || quoted >= MIN_QUOTED_ROWS ? records : null;
    }

    /** Fields of a well-formed record: its tabs outside quotes, plus one. */
    private static int fieldCount(String record) {
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\t' && !quoted) {
                fields++;
            }
        }
        return fields;
    }
}
