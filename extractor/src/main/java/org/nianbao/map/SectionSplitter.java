package org.nianbao.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;

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

    SectionSplitter(LabelBook labels) {
        this.titles = labels.sections;
    }

    Map<Section, List<SourceRow>> split(List<CellGrid> grids) {
        Map<Section, List<SourceRow>> out = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            out.put(s, new ArrayList<>());
        }
        Section current = Section.BEFORE;
        for (CellGrid grid : grids) {
            for (List<GridCell> row : grid.rows()) {
                List<GridCell> part = new ArrayList<>();
                int start = 0;
                for (int i = 0; i < row.size(); i++) {
                    GridCell cell = row.get(i);
                    Optional<Section> next = cell.spanned() || cell.isBlank() ? Optional.empty() : anchor(cell.text(), current);
                    if (next.isPresent()) {
                        if (!part.isEmpty()) {
                            out.get(current).add(new SourceRow(part, grid.positions(), start));
                        }
                        current = next.get();
                        part = new ArrayList<>();
                        start = i;
                    }
                    part.add(cell);
                }
                if (!part.isEmpty()) {
                    out.get(current).add(new SourceRow(part, grid.positions(), start));
                }
            }
        }
        return out;
    }

    private Optional<Section> anchor(String text, Section current) {
        String normalized = LabelText.normalize(text);
        if (normalized.length() > MAX_TITLE) {
            return Optional.empty();
        }
        Optional<Section> s = titles.match(text).filter(m -> m.exact() || normalized.length() >= MIN_APPROXIMATE_TITLE)
                .map(m -> Section.valueOf(m.id()))
                .or(() -> fallback.match(text).filter(m -> m.exact()).map(m -> Section.valueOf(m.id()))
                        .filter(x -> follows(x, current)));
        // a table's own title inside it changes nothing; the end needs a table before it
        return s.filter(x -> x != current && !(x == Section.END && current == Section.BEFORE));
    }

    /**
     * Text only a table has starts it only after the tables before it: a summary table under
     * 一、总体情况 with a 行政复议 row must not open table 四, nor may anything reopen an earlier table.
     */
    private static boolean follows(Section next, Section current) {
        return next.ordinal() > current.ordinal() && !(next == Section.APPEALS && current == Section.BEFORE);
    }
}
