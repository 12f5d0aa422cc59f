package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/** Which rows a figure cut across lines may be joined in: where the row's identity proves the join. */
class FiguresCutAcrossLinesTest {

    private final ValueParser parser = new ValueParser();
    /** A table 四 group: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
    private final Predicate<List<BigDecimal>> group = v -> v.get(0).add(v.get(1)).add(v.get(2)).add(v.get(3))
            .compareTo(v.get(4)) == 0;

    /** Values one a line from line 1, as one word a line or pdftotext -raw prints them. */
    private static List<GridCell> onLines(String... values) {
        List<GridCell> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(GridCell.of(values[i], new Location.Line(i + 1)));
        }
        return out;
    }

    private Optional<RowReadings> readings(List<GridCell> printed, int n) {
        return FiguresCutAcrossLines.readings(printed, n, RowFit.fit(printed, n, Positions.FLATTENED, parser), parser, group);
    }

    @Test
    void joinsNothingInARowThatPrintedFewerValuesThanColumns() {
        // one word a line of a generator PDF (red team words-per-line-cut-figure-joined-2019): 3 0 3 0 printed,
        // the 总计 6 after the page's prose; 30 and 30 with three blanks lost keep the sum, but so does a lost 6
        assertEquals(Optional.empty(), readings(onLines("3", "0", "3", "0"), 5));
    }

    @Test
    void joinsACutFigureWhereTheRowPrintedAsManyValuesAsColumns() {
        // 12 / 0 / 0 / 0 / 1 / 2 for 12, 0, 0, 0, 12 (the total cut): only that join keeps the sum
        Optional<RowReadings> r = readings(onLines("12", "0", "0", "0", "1", "2"), 5);
        assertTrue(r.isPresent());
        assertEquals(List.of(List.of(new BigDecimal(12), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal(12))), r.get().candidates().orElseThrow());
    }
}
