package org.nianbao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Provenance;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

class ValueRangeTest {

    private final Map<CanonicalKey, ExtractedCell> cells = new LinkedHashMap<>();

    private void put(TableId table, String row, String column, String value, String raw) {
        CanonicalKey key = CanonicalKey.of(table, row, column);
        cells.put(key, new ExtractedCell(key, CellValue.number(new BigDecimal(value)),
                new Provenance(new Location.Line(7), raw)));
    }

    private List<Finding> check() {
        return new ValueRange().check(cells);
    }

    @Test
    void aMarkedChangeReadIntoTheDecisionsColumnPutsTheWholeRowInDoubt() {
        // pdftotext printed 行政处罚 224504 | 1753(减) | 1 as 224504, 1, 1753(减): the change cell holds 1
        put(TableId.ACTIVE, "penalty", "previous_count", "224504", "224504");
        put(TableId.ACTIVE, "penalty", "change", "1", "1");
        put(TableId.ACTIVE, "penalty", "decisions", "-1753", "1753(减）");
        List<Finding> found = check();
        assertEquals(1, found.size());
        assertEquals(Scope.row(TableId.ACTIVE, "penalty"), found.get(0).scope());
        assertEquals("value-range", found.get(0).rule());
    }

    @Test
    void aPositiveSignedValueOutsideTheChangeColumnIsDoubtedToo() {
        put(TableId.ACTIVE, "coercion", "previous_count", "161", "161");
        put(TableId.ACTIVE, "coercion", "change", "21", "21");
        put(TableId.ACTIVE, "coercion", "decisions", "1681", "1681（增)");
        assertEquals(Scope.row(TableId.ACTIVE, "coercion"), check().get(0).scope());
    }

    @Test
    void aSignedChangeInItsOwnColumnIsFine() {
        put(TableId.ACTIVE, "penalty", "previous_count", "224504", "224504");
        put(TableId.ACTIVE, "penalty", "change", "-1753", "1753(减）");
        put(TableId.ACTIVE, "penalty", "decisions", "1", "1");
        assertEquals(List.of(), check());
    }

    @Test
    void aNegativeCountInARowWithNoChangeColumnIsFlaggedAtItsCellAlone() {
        put(TableId.REQUESTS, "new", "natural_person", "-3", "-3");
        put(TableId.REQUESTS, "new", "total", "3", "3");
        List<Finding> found = check();
        assertEquals(1, found.size());
        assertEquals(Scope.cell(CanonicalKey.of(TableId.REQUESTS, "new", "natural_person")), found.get(0).scope());
    }
}
