package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;

/** Table 三's header lines of space-aligned text put back together by column. */
class HeaderFragmentsTest {

    private final LabelBook labels = new LabelBook(Catalog.standard());
    private final ValueParser parser = new ValueParser();

    /** One line of cells, each {@code text@column}. */
    private static SourceRow line(int n, String... cells) {
        return new SourceRow(java.util.Arrays.stream(cells).map(c -> {
            String text = c.substring(0, c.lastIndexOf('@'));
            int start = Integer.parseInt(c.substring(c.lastIndexOf('@') + 1));
            return GridCell.at(text, new Location.Line(n), new TextSpan(0, start, start + text.length()));
        }).toList(), Positions.FLATTENED);
    }

    private List<List<String>> joined(SourceRow... rows) {
        return HeaderFragments.join(List.of(rows), parser, labels.requestsColumns).stream()
                .map(r -> r.cells().stream().map(GridCell::text).toList()).toList();
    }

    @Test
    void cutsARunIntoLabelsAndStartsOfLabelsWhoseRestsTheNextLinePrintsBelowThem() {
        // pdftotext -layout: 商 业 企 业 科 研 机 构 社会公益 法律服务 其 他 over 组织 and 机构
        assertEquals(List.of(List.of("商 业 企 业", "科 研 机 构", "社会公益组织", "法律服务机构", "其 他"), List.of()),
                joined(line(1, "商 业 企 业 科 研 机 构 社会公益 法律服务 其 他@46"), line(2, "组织@62", "机构@67")));
    }

    @Test
    void leavesARunAloneThatCannotBeCutIntoLabels() {
        assertEquals(List.of(List.of("合 计 其他 情况")), joined(line(1, "合 计 其他 情况@10")));
    }
}
