package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Laid-out text whose runs of blanks no longer keep the page's columns, told by table 三's header:
 * on the page 商业企业 (the first of the legal persons' columns) stands right of 自然人, in both
 * forms, and {@code pdftotext -layout} keeps that order in characters. Text tabified at stops of 8
 * ({@code unexpand -a}) and re-spaced at a tab width of 4 (vim {@code ts=4 et :retab}, {@code expand -t 4},
 * an editor's "convert indentation to spaces") narrows each blank run that held a tab by a different
 * amount on each line: the header's long leading runs lose more than the figures' lines do, and
 * 商业企业 lands left of 自然人. Read by character columns the two columns are then exchanged in every
 * row, every row total and identity holding (red team 16b, 30 silent cells); read without columns
 * the figures keep the order printed.
 *
 * <p>A page may itself print the organisations left of 自然人 (a report that permutes table 三's columns:
 * the organisations, then 自然人, then 总计). The five organisations stand together under their group
 * (法人或其他组织) on every page, so there 自然人 stands right of every one of them; only a change to the
 * text's blank runs lands it among them. A 自然人 right of every organisation's label is read as printed, so
 * {@code pdftotext -fixed 3} prints of such pages keep the page's columns (the header's pieces then placed
 * by where they stand, not assumed).
 */
public final class RequesterHeaderOrder {

    /**
     * 自然人's header cell, its word possibly broken over two lines (自然 / 人), standing apart after a
     * run of blanks: a sentence's 自然人 is not a header.
     */
    private static final Pattern PERSONS = Pattern.compile("(?<= {2})自\\s?然");
    /** 商业企业's header cell, possibly broken (商业企 / 业), standing apart after a run of blanks. */
    private static final Pattern BUSINESSES = Pattern.compile("(?<= {2})商\\s?业");
    /**
     * The start of any organisation's header cell, each possibly broken after its first character
     * (社会公 / 益组织, 其 / 他), standing apart after a blank.
     */
    private static final Pattern ORGANISATIONS = Pattern.compile("(?<= )(?:商\\s?业|科\\s?研|社\\s?会|法\\s?律|其)");
    /** Lines between 自然人 and 商业企业 in one header: the sub-header is the next line or the one after. */
    private static final int HEADER_LINES = 3;

    private RequesterHeaderOrder() {
    }

    /**
     * The pages of {@code lines}, laid-out pages (form feeds), on which table 三's 商业企业 header stands
     * left of the 自然人 header above it; none when it stands right of it everywhere.
     */
    public static ColumnsLost of(List<String> lines) {
        if (lines.stream().noneMatch(l -> l.indexOf('\f') >= 0)) {
            return ColumnsLost.NONE;
        }
        List<Integer> reversed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher persons = PERSONS.matcher(lines.get(i));
            if (!persons.find()) {
                continue;
            }
            for (int j = i + 1; j < Math.min(lines.size(), i + HEADER_LINES); j++) {
                Matcher businesses = BUSINESSES.matcher(lines.get(j));
                if (businesses.find() && businesses.start() < persons.start()
                        && organisationRightOf(lines.subList(i, Math.min(lines.size(), i + HEADER_LINES)),
                                persons.start())) {
                    reversed.add(j);
                }
            }
        }
        return ColumnsLost.onPagesOf(lines, reversed, true);
    }

    /**
     * Whether an organisation's label on one of the header's {@code lines} starts right of {@code column}:
     * 自然人 there stands among the organisations, which no page prints.
     */
    private static boolean organisationRightOf(List<String> lines, int column) {
        return lines.stream().anyMatch(line -> line.length() > column && ORGANISATIONS.matcher(line).find(column + 1));
    }
}
