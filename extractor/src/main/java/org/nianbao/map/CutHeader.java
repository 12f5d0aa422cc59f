package org.nianbao.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Catalog;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.GridCell;

/**
 * A table 二 block header whose cells Debian {@code html2text -utf8} cut by bytes
 * ({@code |信息内�|上一�|本年�|处理�|�定数量}: 本年 begins 本年新制作数量, 本年增/减 and more), read
 * against the columns the form gives that block. The header row is its stub cell (信息内容) and one
 * cell per column; a form's block fits when it has exactly as many columns, and each cell, in order,
 * is its column's label or, cut, begins it. Where exactly one list of columns fits (one form, or both
 * forms alike), the cells are read as those columns; otherwise nothing is read here and the cells are
 * matched one by one as before. Only headers with a cut cell (U+FFFD) are read this way.
 */
final class CutHeader {

    private static final char CUT = '\uFFFD';

    private final LabelMatcher columnLabels;
    /** Each form's columns of each block, in the form's order. */
    private final Map<Template, Map<String, List<String>>> blocks = new LinkedHashMap<>();

    CutHeader(LabelMatcher columnLabels, Catalog catalog) {
        this.columnLabels = columnLabels;
        for (KeySpec spec : catalog.specs()) {
            if (spec.key().table() != TableId.ACTIVE) {
                continue;
            }
            for (Template t : Template.values()) {
                if (!spec.in(t)) {
                    continue;
                }
                CutRowLabels.block(spec.rowLabelPath()).ifPresent(b -> {
                    List<String> columns = blocks.computeIfAbsent(t, k -> new LinkedHashMap<>())
                            .computeIfAbsent(b, k -> new ArrayList<>());
                    if (!columns.contains(spec.key().column())) {
                        columns.add(spec.key().column());
                    }
                });
            }
        }
    }

    /**
     * The columns the header cells name, in order, when the header is cut and exactly one block
     * layout fits it; empty otherwise.
     *
     * @param block the block the header stands in ({@code 五})
     * @param cells the header row's text cells, the stub first
     */
    Optional<List<String>> read(String block, List<GridCell> cells) {
        if (cells.size() < 2 || !LabelText.nfkc(cells.get(0).text()).strip().startsWith("信息")
                || cells.stream().noneMatch(c -> c.text().indexOf(CUT) >= 0)) {
            return Optional.empty();
        }
        List<GridCell> columns = cells.subList(1, cells.size());
        List<List<String>> fitting = new ArrayList<>();
        for (Map<String, List<String>> form : blocks.values()) {
            List<String> ids = form.getOrDefault(block, List.of());
            if (ids.size() == columns.size() && fits(columns, ids) && !fitting.contains(ids)) {
                fitting.add(ids);
            }
        }
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    private boolean fits(List<GridCell> cells, List<String> ids) {
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text().strip();
            int cut = text.indexOf(CUT);
            String rest = cut < 0 ? text : text.substring(0, cut);
            String id = ids.get(i);
            boolean named = columnLabels.match(text).map(m -> m.id().equals(id)).orElse(false);
            if (!named && columnLabels.begunAs(rest, id).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
