package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nianbao.map.FormRowBook;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 三's header as a generator PDF's first page prints it under {@code pdftotext -layout} once its lines were
 * stripped of their margin (seed 1616, {@code 0002-2019}, lines 28–33): the labels wrapped in their cells, each
 * line's cells apart, none in the columns it was printed in.
 */
class RequestsHeaderInReadingOrderTest {

    private static final Pattern VALUE = Pattern.compile("[0-9]+|/");
    private static final RequestsHeaderInReadingOrder HEADER =
            new RequestsHeaderInReadingOrder(t -> VALUE.matcher(t).matches(), new FormRowBook(Catalog.standard()));

    private static List<List<GridCell>> rows(String[]... lines) {
        List<List<GridCell>> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Location at = new Location.Line(27 + i);
            rows.add(java.util.Arrays.stream(lines[i]).map(t -> GridCell.of(t, at)).toList());
        }
        return rows;
    }

    private static List<List<String>> texts(List<List<GridCell>> rows) {
        return rows.stream().map(r -> r.stream().map(GridCell::text).toList()).toList();
    }

    private static Set<List<GridCell>> all(List<List<GridCell>> rows) {
        Set<List<GridCell>> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(rows);
        return set;
    }

    private static List<List<GridCell>> stripped(String... orgsRest) {
        return rows(new String[] {"三、收到和处理政府信息公开申请情况"}, new String[] {"申请人情况"},
                new String[] {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 自然", "法人或其他组织", "总"},
                new String[] {"）", "人", "计"},
                new String[] {"商业 企", "科研 机", "社会公益组", "法律服务机", "其他"},
                orgsRest,
                new String[] {"一、本年新收政府信息公开申请数量", "188", "96", "/", "1", "1", "1", "287"});
    }

    @Test
    void labelsWrappedInTheirCellsAreJoinedWhereTheirFirstPieceStands() {
        List<List<GridCell>> rows = stripped("业", "构", "织", "构");
        assertEquals(List.of(List.of("三、收到和处理政府信息公开申请情况"), List.of("申请人情况"),
                List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", "自然人", "法人或其他组织", "总计"),
                List.of("）"),
                List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
                List.of("一、本年新收政府信息公开申请数量", "188", "96", "/", "1", "1", "1", "287")),
                texts(HEADER.joined(rows, all(rows))));
    }

    @Test
    void piecesThatDoNotJoinIntoTheFormsLabelsAreLeftAsPrinted() {
        // 织 lost: 社会公益组 is no label, and nothing is joined
        List<List<GridCell>> rows = stripped("业", "构", "构");
        assertEquals(texts(rows), texts(HEADER.joined(rows, all(rows))));
    }

    @Test
    void aHeaderThatKeptItsColumnsIsLeftToTheMapper() {
        List<List<GridCell>> rows = stripped("业", "构", "织", "构");
        Set<List<GridCell>> lost = all(rows);
        lost.remove(rows.get(4)); // the organisations' first line still stands in its columns
        List<List<GridCell>> read = HEADER.joined(rows, lost);
        assertEquals(texts(rows), texts(read));
        assertSame(rows.get(4), read.get(4));
    }
}
