package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.nianbao.reconstruct.CellNote;
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

    /**
     * {@code pdftotext -fixed 3} of a Chromium print whose table 三 prints the organisations first, then 自然人 and
     * 总计 (red-team case {@code pdftotext-fixed3-chromium-permuted-natural-right-2019.txt}, lines 61–64): 自然 and 总
     * on a line of their own, 人 and 计 right of every organisation on the organisations' first line.
     */
    private static List<List<GridCell>> naturalRight() {
        return rows(new String[] {"三、收到和处理政府信息公开申请情况"}, new String[] {"申请人情况"},
                new String[] {"（本列数据的勾稽关系为：第一项加第二", "法人或其他组织"},
                new String[] {"项之和，等于第三项加第四项之和）", "自然 总"},
                new String[] {"其", "法律服", "科研", "商业", "社会公", "人", "计"},
                new String[] {"他", "务机构", "机构", "企业", "益组织"},
                new String[] {"一、本年新收政府信息公开申请数量", "0", "160", "8", "228", "0", "81", "477"});
    }

    @Test
    void partsWhosePiecesShareALineWithTheOrganisationsAreReadInTheOrderThatLineShows() {
        List<List<GridCell>> rows = naturalRight();
        List<List<GridCell>> read = HEADER.joined(rows, all(rows));
        assertEquals(List.of(List.of("三、收到和处理政府信息公开申请情况"), List.of("申请人情况"),
                List.of("（本列数据的勾稽关系为：第一项加第二"), List.of("项之和，等于第三项加第四项之和）"),
                List.of("法人或其他组织", "其他", "法律服务机构", "科研机构", "商业企业", "社会公益组织", "自然人", "总计"),
                List.of("一、本年新收政府信息公开申请数量", "0", "160", "8", "228", "0", "81", "477")), texts(read));
        assertTrue(read.stream().flatMap(List::stream).allMatch(c -> c.notes().isEmpty()), "the order is proven");
    }

    @Test
    void partsThatShareNoLineWithTheOrganisationsAreMarkedUnplaced() {
        // the same print of another page (case pdftotext-fixed3-chromium-permuted-total-natural-last-2019.txt): 总 /
        // 自然 and 计 / 人 on lines between the organisations' pieces, none beside an organisation
        List<List<GridCell>> rows = rows(new String[] {"三、收到和处理政府信息公开申请情况", "申请人情况"},
                new String[] {"（本列数据的勾稽关系为：第一项加第二项", "法人或其他组织"},
                new String[] {"总", "自然"},
                new String[] {"之和，等于第三项加第四项之和）", "法律服", "商业", "科研", "其", "社会公"},
                new String[] {"计", "人"},
                new String[] {"务机构", "企业", "机构", "他", "益组织"},
                new String[] {"一、本年新收政府信息公开申请数量", "0", "70", "0", "2", "1", "114", "41"});
        List<List<GridCell>> read = HEADER.joined(rows, all(rows));
        assertEquals(List.of(List.of("三、收到和处理政府信息公开申请情况", "申请人情况"),
                List.of("（本列数据的勾稽关系为：第一项加第二项", "法人或其他组织"), List.of("总计", "自然人"),
                List.of("之和，等于第三项加第四项之和）", "法律服务机构", "商业企业", "科研机构", "其他", "社会公益组织"),
                List.of("一、本年新收政府信息公开申请数量", "0", "70", "0", "2", "1", "114", "41")), texts(read));
        List<String> unplaced = read.stream().flatMap(List::stream)
                .filter(c -> c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.UNPLACED)).map(GridCell::text).toList();
        assertEquals(List.of("总计", "自然人", "法律服务机构", "商业企业", "科研机构", "其他", "社会公益组织"), unplaced);
    }

    @Test
    void aHeaderWhoseLinesShowTheFormsOrderIsLeftWhereItsPiecesStand() {
        // 自然人 法人或其他组织 总计 on one line: every part placed, the form's order, no note
        List<List<GridCell>> rows = stripped("业", "构", "织", "构");
        assertTrue(HEADER.joined(rows, all(rows)).stream().flatMap(List::stream).allMatch(c -> c.notes().isEmpty()));
    }
}
