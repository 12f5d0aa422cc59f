package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextSpan;

/** A table 二 block's value read in one column while it stands under another column's header. */
class ValuesUnderHeaderTest {

    private static final Location LINE = new Location.Line(41);
    private static final List<String> COLUMNS = List.of("previous_count", "change", "decisions");
    /** 信息内容      上一年项目数量 本年增/减      处理决定数量 (expand -t 2 of tabified -layout text) */
    private static final List<Optional<TextSpan>> HEADER = List.of(Optional.of(new TextSpan(0, 10, 17)),
            Optional.of(new TextSpan(0, 18, 23)), Optional.of(new TextSpan(0, 29, 35)));

    private static RowFit row(int column, TextSpan at) {
        List<Optional<GridCell>> cells = new java.util.ArrayList<>(List.of(Optional.of(GridCell.of("", LINE)),
                Optional.of(GridCell.of("", LINE)), Optional.of(GridCell.of("", LINE))));
        cells.set(column, Optional.of(GridCell.at("185,126", LINE, at)));
        return new RowFit(cells, RowFit.Problem.NONE, "");
    }

    @Test
    void doubtsAFigureReadInAColumnWhoseHeaderItDoesNotStandUnder() {
        // 行政强制      185,126: placed by another block's full row under 本年增/减, standing under 上一年项目数量
        Optional<String> why = ValuesUnderHeader.doubt(row(1, new TextSpan(0, 10, 17)), COLUMNS, HEADER);
        assertTrue(why.orElseThrow().contains("stands under the header of previous_count"), why.get());
    }

    @Test
    void acceptsAFigureUnderItsOwnHeaderOrUnderNone() {
        assertEquals(Optional.empty(), ValuesUnderHeader.doubt(row(0, new TextSpan(0, 10, 17)), COLUMNS, HEADER));
        // right-aligned past its header's end, under no header: nothing says another column
        assertEquals(Optional.empty(), ValuesUnderHeader.doubt(row(1, new TextSpan(0, 24, 27)), COLUMNS, HEADER));
        // a figure touching its own header and the next one's
        assertEquals(Optional.empty(), ValuesUnderHeader.doubt(row(1, new TextSpan(0, 16, 20)), COLUMNS, HEADER));
    }

    @Test
    void readsARowThatFillsEveryColumnInOrderWhereverItsFiguresStand() {
        // 规章       0      18   2 under 本年制发 本年废止 现行有效: by characters 18 stands under 现行有效
        List<Optional<TextSpan>> header = List.of(Optional.of(new TextSpan(0, 7, 11)), Optional.of(new TextSpan(0, 12, 16)),
                Optional.of(new TextSpan(0, 17, 21)));
        RowFit full = new RowFit(List.of(Optional.of(GridCell.at("0", LINE, new TextSpan(0, 11, 12))),
                Optional.of(GridCell.at("18", LINE, new TextSpan(0, 18, 20))),
                Optional.of(GridCell.at("2", LINE, new TextSpan(0, 23, 24)))), RowFit.Problem.NONE, "");
        assertEquals(Optional.empty(), ValuesUnderHeader.doubt(full, List.of("issued", "repealed", "in_force"), header));
    }

    @Test
    void saysNothingWhereTheHeaderCellsPlacesAreNotKnown() {
        List<Optional<TextSpan>> glued = List.of(Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Optional.empty(), ValuesUnderHeader.doubt(row(1, new TextSpan(0, 10, 17)), COLUMNS, glued));
    }

    @Test
    void findsAFullRowsFigureStandingUnderNoHeaderWord() {
        // expand -t 2 of tabified -layout text: 行政许可       17        3(减）        70, 70 past 处理决定数量's end
        RowFit full = new RowFit(List.of(Optional.of(GridCell.at("17", LINE, new TextSpan(0, 11, 13))),
                Optional.of(GridCell.at("3(减）", LINE, new TextSpan(0, 21, 26))),
                Optional.of(GridCell.at("70", LINE, new TextSpan(0, 34, 36)))), RowFit.Problem.NONE, "");
        List<Optional<TextSpan>> header = List.of(Optional.of(new TextSpan(0, 11, 18)), Optional.of(new TextSpan(0, 19, 24)),
                Optional.of(new TextSpan(0, 27, 33)));
        assertEquals(Optional.of("'70'"), ValuesUnderHeader.offEveryHeader(printed(full), header));
        // as printed: 70 under 处理决定数量
        RowFit printed = new RowFit(List.of(Optional.of(GridCell.at("17", LINE, new TextSpan(0, 13, 15))),
                Optional.of(GridCell.at("3(减）", LINE, new TextSpan(0, 23, 28))),
                Optional.of(GridCell.at("70", LINE, new TextSpan(0, 36, 38)))), RowFit.Problem.NONE, "");
        List<Optional<TextSpan>> printedHeader = List.of(Optional.of(new TextSpan(0, 13, 20)),
                Optional.of(new TextSpan(0, 21, 26)), Optional.of(new TextSpan(0, 35, 41)));
        assertEquals(Optional.empty(), ValuesUnderHeader.offEveryHeader(printed(printed), printedHeader));
    }

    @Test
    void findsAShortRowsFigureStandingBetweenTwoHeaderWords() {
        // unexpand -a -t 4 | expand -t 2 of -layout text: no full row is left off its header, but
        // 行政处罚     771           981 puts 981 between 本年增/减 and 处理决定数量 (red team 23b)
        List<Optional<TextSpan>> header = List.of(Optional.of(new TextSpan(0, 9, 16)), Optional.of(new TextSpan(0, 17, 22)),
                Optional.of(new TextSpan(0, 27, 33)));
        List<GridCell> penalty = List.of(GridCell.at("771", LINE, new TextSpan(0, 9, 12)),
                GridCell.at("981", LINE, new TextSpan(0, 23, 26)));
        assertEquals(Optional.of("'981'"), ValuesUnderHeader.offEveryHeader(penalty, header));
        // 行政强制                 6: under 本年增/减, a header word, so by itself it shows nothing
        assertEquals(Optional.empty(), ValuesUnderHeader.offEveryHeader(
                List.of(GridCell.at("6", LINE, new TextSpan(0, 21, 22))), header));
    }

    private static List<GridCell> printed(RowFit fit) {
        return fit.cells().stream().flatMap(Optional::stream).toList();
    }
}
