package org.nianbao.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Cuts the document's rows into the three tables. A section starts at its title
 * (二、主动公开政府信息情况 …) or, where the title is missing, at text only its table has
 * (第二十条第（一）项, 本年新收政府信息公开申请数量, 行政复议). Cuts happen at a cell, not a row:
 * in one-cell-per-paragraph text a title shares its "row" with the cells around it.
 */
final class SectionSplitter {

    /** Titles are short; longer cells are prose that may mention a title's words. */
    private static final int MAX_TITLE = 40;
    /**
     * A title read only approximately is this long at least: a shorter fragment such as
     * 主动公开政府信息 is the row of a summary table under 一、总体情况, not the title of table 二.
     */
    private static final int MIN_APPROXIMATE_TITLE = 9;

    private final LabelMatcher titles;
    private final LabelMatcher fallback = new LabelMatcher(List.of(
            LabelCandidate.of(Section.ACTIVE.name(), "第二十条第（一）项"),
            LabelCandidate.of(Section.REQUESTS.name(), "一、本年新收政府信息公开申请数量",
                    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
            LabelCandidate.of(Section.APPEALS.name(), "行政复议", "行政诉讼")));

    private final ValueParser parser;

    SectionSplitter(LabelBook labels, ValueParser parser) {
        this.titles = labels.sections;
        this.parser = parser;
    }

    /**
     * The document's rows by section.
     *
     * @param secondReport where a second set of the tables starts (a file holding two reports), if one does
     * @param activeLead the rows of table 二's own table above the text that opened it (a caption row
     *                   inside the table, （金额单位：元）), which belong to no section
     */
    record Split(Map<Section, List<SourceRow>> sections, Optional<Location> secondReport, List<SourceRow> activeLead) {
    }

    /** A set of tables counts as a second report once this many numbers follow its start. */
    private static final int SECOND_REPORT_NUMBERS = 10;

    Split split(List<CellGrid> grids) {
        Map<Section, List<SourceRow>> out = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            out.put(s, new ArrayList<>());
        }
        Section current = Section.BEFORE;
        Location restart = null;
        int numbersAfterRestart = 0;
        List<SourceRow> activeLead = new ArrayList<>();
        for (CellGrid grid : grids) {
            List<SourceRow> before = new ArrayList<>(); // this table's rows still outside every section
            for (List<GridCell> row : grid.rows()) {
                List<GridCell> part = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    GridCell cell = row.get(i);
                    Optional<Section> next = cell.spanned() || cell.isBlank() ? Optional.empty()
                            : anchor(cell.text(), current, out);
                    if (next.isPresent()) {
                        if (!part.isEmpty()) {
                            out.get(current).add(new SourceRow(part, grid.positions()));
                            if (current == Section.BEFORE) {
                                before.add(new SourceRow(part, grid.positions()));
                            }
                        }
                        if (next.get() == Section.ACTIVE && current == Section.BEFORE
                                && grid.positions() == Positions.EXACT && activeLead.isEmpty()) {
                            activeLead.addAll(before);
                        }
                        if (restart == null && next.get().ordinal() < current.ordinal() && hasData(out.get(next.get()))) {
                            restart = cell.where();
                        }
                        current = next.get();
                        part = new ArrayList<>();
                    }
                    part.add(cell);
                    if (restart != null && !cell.spanned() && parser.parse(cell.text()).isNumber()) {
                        numbersAfterRestart++;
                    }
                }
                if (!part.isEmpty()) {
                    out.get(current).add(new SourceRow(part, grid.positions()));
                    if (current == Section.BEFORE) {
                        before.add(new SourceRow(part, grid.positions()));
                    }
                }
            }
        }
        return new Split(out, numbersAfterRestart >= SECOND_REPORT_NUMBERS ? Optional.of(restart) : Optional.empty(),
                activeLead);
    }

    private Optional<Section> anchor(String text, Section current, Map<Section, List<SourceRow>> out) {
        String normalized = LabelText.normalize(text);
        if (normalized.length() > MAX_TITLE) {
            return Optional.empty();
        }
        // short text only names a section exactly: no edit distances for it (most cells are values)
        Optional<LabelMatch> title = normalized.length() >= MIN_APPROXIMATE_TITLE ? titles.match(text, normalized)
                : titles.exactMatch(text, normalized);
        Optional<Section> s = title.map(m -> Section.valueOf(m.id()))
                .or(() -> fallback.exactMatch(text, normalized).map(m -> Section.valueOf(m.id()))
                        .filter(x -> follows(x, current) || x != Section.APPEALS && hasData(out.get(x))));
        // a table's own title inside it changes nothing; the end needs a table before it
        return s.filter(x -> x != current && !(x == Section.END && current == Section.BEFORE));
    }

    /**
     * Text only a table has starts it only after the tables before it: a summary table under
     * 一、总体情况 with a 行政复议 row must not open table 四, nor may anything reopen an earlier table
     * (unless that table is complete with values: then a second report's tables begin).
     */
    private static boolean follows(Section next, Section current) {
        return next.ordinal() > current.ordinal() && !(next == Section.APPEALS && current == Section.BEFORE);
    }

    /** True when a section's rows hold values (a few numbers), as opposed to a title in a table of contents. */
    private boolean hasData(List<SourceRow> rows) {
        return rows.stream().flatMap(r -> r.cells().stream())
                .filter(c -> !c.spanned() && parser.parse(c.text()).isNumber()).limit(3).count() >= 3;
    }
}
