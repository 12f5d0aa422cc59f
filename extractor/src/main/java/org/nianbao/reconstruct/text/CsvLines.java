package org.nianbao.reconstruct.text;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A browser's copy of a page ({@code innerText}) that a scraper stored as CSV, one line a record, the
 * copy's tabs as field separators (Python's {@code csv.writer(f).writerows(line.split('\t') ...)}): a field
 * holding a comma or a quote is quoted ({@code "17,643.3"}) and an empty line, one empty field, is written
 * {@code ""}. Read as it stands, the commas separate nothing the text reader knows and a row's cells ran
 * into one another (red team rt23b: 行政规范性文件's 现行有效件数 read 428, 本年废止件数's figure). Its lines
 * are turned back into the tab-separated lines they were written from, line for line, so line numbers stay.
 *
 * <p>A text is taken as CSV only when nothing else explains it: at least {@link #EMPTY_RECORDS} lines
 * are just {@code ""} (no report prints a pair of quotes alone on a line; innerText has an empty line
 * between paragraphs), or, where the scraper skipped the empty lines, at least {@link #LEADING_EMPTY_FIELDS}
 * records start with an empty field ({@code ,0,645,535}, {@code "",…}: innerText starts a line with a tab
 * after every cell's paragraph and under every spanned header cell; no report's text starts a line with an
 * ASCII comma, which line breaking keeps off a line's start), the text has no tab (a CSV writer made them
 * separators), and every line is a well-formed CSV record (a quote only around a whole field, doubled inside
 * it). A report's text with commas — {@code 1,234}, Chinese prose with ASCII commas, ASCII quotes in prose —
 * fails one of these and is read as it is (red team 26: the copy written with its empty lines skipped, {@code
 * chromium-innertext-csv-no-empty-lines-regulations-mixed.txt}, was read as text and 规章's 现行有效件数 took the
 * next row's cut-off figure with no finding).
 */
public final class CsvLines {

    /** Lines that are only {@code ""}, at least: the empty lines of a copy Python's csv wrote. */
    static final int EMPTY_RECORDS = 3;
    /** Records starting with an empty field, at least, in a copy written with its empty lines skipped. */
    static final int LEADING_EMPTY_FIELDS = 5;
    private static final String EMPTY_RECORD = "\"\"";
    /** A record whose first field is empty and is followed by another: {@code ,0,645} or {@code "","0"}. */
    private static final Pattern LEADING_EMPTY_FIELD = Pattern.compile("^(?:\"\")?,");
    /** A record of fields: quoted (inner quotes doubled) or plain (no comma, no quote). */
    // possessive: one step for each run of plain characters, never one nested call for each field or character (a
    // record of thousands of fields overflowed a worker's stack)
    private static final Pattern RECORD = Pattern.compile(
            "(?:\"(?:[^\"]++|\"\")*+\"|[^\",]*+)(?:,(?:\"(?:[^\"]++|\"\")*+\"|[^\",]*+))*+");

    private CsvLines() {
    }

    /** The lines written back with tabs between their fields; the lines themselves when they are not CSV. */
    public static List<String> of(List<String> lines) {
        if (!isCsv(lines)) {
            return lines;
        }
        RFC4180Parser parser = new RFC4180ParserBuilder().build();
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                out.add(String.join("\t", parser.parseLine(line)));
            } catch (IOException e) {
                // a well-formed record always parses; should one not, the text is read as it stands
                return lines;
            }
        }
        return out;
    }

    static boolean isCsv(List<String> lines) {
        long empty = lines.stream().filter(l -> stripBom(l).equals(EMPTY_RECORD)).count();
        long leadingEmpty = lines.stream().filter(l -> LEADING_EMPTY_FIELD.matcher(stripBom(l)).find()).count();
        return (empty >= EMPTY_RECORDS || leadingEmpty >= LEADING_EMPTY_FIELDS)
                && lines.stream().noneMatch(l -> l.indexOf('\t') >= 0)
                && lines.stream().allMatch(l -> RECORD.matcher(stripBom(l)).matches());
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
