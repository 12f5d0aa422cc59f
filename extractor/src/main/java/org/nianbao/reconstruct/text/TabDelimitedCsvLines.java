package org.nianbao.reconstruct.text;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A browser's copy of a page ({@code innerText}) that a scraper stored through Python's CSV writer with the copy's own
 * tabs kept as the separator ({@code csv.writer(f, delimiter='\t').writerows(line.split('\t') ...)}, a ".tsv"): the
 * lines look like the copy, but every empty line became a record of one empty field, written {@code ""}, and a field
 * holding a quote is quoted. Read as it stands, each {@code ""} was a line of text: the blank lines that tell a cell's
 * paragraph from a row ({@link CellParagraphs}) were gone, and table 二's figures printed in paragraphs were lost with
 * no finding (this branch's probe: 10 cells of 16 pages). Its lines are turned back into the lines they were written
 * from, line for line, so line numbers stay.
 *
 * <p>Taken for such a copy only where, as for {@link CsvLines}, nothing else explains it: at least
 * {@link CsvLines#EMPTY_RECORDS} lines are just {@code ""} (no report prints a pair of quotes alone on a line), the
 * text has tabs (without them it is {@link CsvLines}'), and every line is a well-formed record of tab-separated
 * fields (a quote only around a whole field, doubled inside it); prose with quotes of its own fails the last.
 */
public final class TabDelimitedCsvLines {

    private static final String EMPTY_RECORD = "\"\"";
    /** A record of fields a tab apart: quoted (inner quotes doubled) or plain (no tab, no quote). */
    // possessive: one step for each run of plain characters, never one nested call for each field or character (a
    // record of thousands of fields overflowed a worker's stack)
    private static final Pattern RECORD = Pattern.compile(
            "(?:\"(?:[^\"]++|\"\")*+\"|[^\"\\t]*+)(?:\\t(?:\"(?:[^\"]++|\"\")*+\"|[^\"\\t]*+))*+");

    private TabDelimitedCsvLines() {
    }

    /** The lines as the copy had them before they were written; the lines themselves when they were not so written. */
    public static List<String> of(List<String> lines) {
        if (!isWritten(lines)) {
            return lines;
        }
        RFC4180Parser parser = new RFC4180ParserBuilder().withSeparator('\t').build();
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                out.add(String.join("\t", parser.parseLine(stripBom(line))));
            } catch (IOException e) {
                // a well-formed record always parses; should one not, the text is read as it stands
                return lines;
            }
        }
        return out;
    }

    static boolean isWritten(List<String> lines) {
        long empty = lines.stream().filter(l -> stripBom(l).equals(EMPTY_RECORD)).count();
        return empty >= CsvLines.EMPTY_RECORDS
                && lines.stream().anyMatch(l -> l.indexOf('\t') >= 0)
                && lines.stream().allMatch(l -> RECORD.matcher(stripBom(l)).matches());
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
