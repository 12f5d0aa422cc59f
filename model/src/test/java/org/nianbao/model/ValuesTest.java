package org.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void rendersNumbersAsPlainAsciiDecimals() {
        assertEquals("4555.771", CellValue.number(new BigDecimal("4555.7710")).render());
        assertEquals("-11", CellValue.number(new BigDecimal("-11")).render());
        assertEquals("1000", CellValue.number(new BigDecimal("1E+3")).render());
        assertEquals("0", CellValue.number(new BigDecimal("0.00")).render());
    }

    @Test
    void rendersBlankAndUnreadableAsEmpty() {
        assertEquals("", CellValue.blank().render());
        assertEquals("", CellValue.unreadable("not a number: 无").render());
    }

    @Test
    void rendersLocationsInTheSpecsForm() {
        assertEquals("line:12", new Location.Line(12).render());
        assertEquals("page:3 bbox:10.0,20.5,30.0,40.0", new Location.PageBox(3, 10f, 20.5f, 30f, 40f).render());
        assertEquals("page:3-4 bbox:10.0,20.0,30.0,40.0", new Location.PageBox(3, 4, 10f, 20f, 30f, 40f).render());
        assertEquals("page:3 bbox:10.0,20.5,30.0,40.0 ocr",
                new Location.PageBox(3, 10f, 20.5f, 30f, 40f).readByOcr(0.8f).render());
        assertEquals(new Location.PageBox(3, 10f, 20.5f, 30f, 40f).readByOcr(0f),
                Location.parse("page:3 bbox:10.0,20.5,30.0,40.0 ocr"));
        assertEquals("table:2 row:5 col:1", new Location.TableCell(2, 5, 1).render());
        assertEquals("", Location.none().render());
    }

    @Test
    void scopesCoverTheCellsTheyConcern() {
        CanonicalKey cell = CanonicalKey.of(TableId.REQUESTS, "total", "commercial");
        assertTrue(Scope.cell(cell).covers(cell));
        assertTrue(Scope.row(TableId.REQUESTS, "total").covers(cell));
        assertTrue(Scope.column(TableId.REQUESTS, "commercial").covers(cell));
        assertTrue(Scope.table(TableId.REQUESTS).covers(cell));
        assertTrue(Scope.document().covers(cell));
        assertFalse(Scope.row(TableId.REQUESTS, "new").covers(cell));
        assertFalse(Scope.table(TableId.APPEALS).covers(cell));
    }

    @Test
    void refusesRuleIdsThatAreNotKebabCase() {
        assertThrows(IllegalArgumentException.class,
                () -> Finding.info("Label Approximate", Scope.document(), "m", Location.none()));
    }

    @Test
    void aFailedResultMustSayWhy() {
        SourceDocument doc = new SourceDocument("a.txt", "", Format.TEXT, "");
        assertThrows(IllegalArgumentException.class,
                () -> new DocumentResult(doc, CanonicalReport.empty(), java.util.List.of(), Status.FAILED, ""));
    }
}
