package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;

class CropEdgeTest {

    private static GridCell at(String text, int page, int start) {
        return GridCell.at(text, new Location.Line(1), new TextSpan(page, start, start + text.length()));
    }

    @Test
    void aFigureEndingWithinFourColumnsOfItsPagesLongestLineTouchesTheEdge() {
        // pdftotext -layout -x 0 -W 440 (fix18s): 规章's １１０２４１ cut to １１０２, ending at column 63 of a
        // page whose longest line ends at 65; a figure standing well left of that does not touch it
        GridCell cut = at("１１０２", 0, 59);
        GridCell inside = at("638", 0, 43);
        GridCell longest = at("一、本年新收政府信息公开申请  152   56   ５４       ３８", 0, 20);
        CropEdge edge = CropEdge.of(List.of(new CellGrid(List.of(List.of(at("规章", 0, 0), cut),
                List.of(at("行政规范性文件", 0, 0), inside), List.of(longest)), Positions.FLATTENED)));
        assertTrue(edge.touches(cut));
        assertFalse(edge.touches(inside));
    }

    @Test
    void eachPageHasItsOwnEdgeAndTextWithoutColumnsNone() {
        // pdftotext spaces each page by its own grid: a short last page's figure is measured against that page
        GridCell lastPage = at("4", 1, 30);
        CropEdge edge = CropEdge.of(List.of(new CellGrid(List.of(List.of(at("x".repeat(80), 0, 0)),
                List.of(at("四、结转下年度继续办理", 1, 0), lastPage)), Positions.FLATTENED)));
        assertTrue(edge.touches(lastPage));
        assertFalse(edge.touches(GridCell.of("4", new Location.Line(3))));
    }
}
