package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/** Table 二 shown cut on the right by a header label printed short of its column's label. */
class CroppedActiveTableTest {

    private final LabelBook labels = new LabelBook(Catalog.standard());

    private static SourceRow row(String... cells) {
        return new SourceRow(Arrays.stream(cells).map(c -> GridCell.of(c, new Location.Line(1))).toList(),
                Positions.FLATTENED);
    }

    private boolean shown(SourceRow... rows) {
        return CroppedActiveTable.shown(List.of(rows), labels.activeColumns);
    }

    @Test
    void aWrappedLabelWhoseStartAndEndAreReadInOrderButNotItsMiddleWasCutAtTheEdge() {
        // pdftotext -raw of a LibreOffice A5 PDF (red team 19): 现行有效 over 件数, 效 past the page's edge
        assertTrue(shown(row("信息内容", "本年制发", "件数", "本年废止", "件数", "现行有", "件数", "规章", "２０", "１２", "１１０")));
    }

    @Test
    void aWrappedLabelReadWholeInOrderIsNotACut() {
        // the same table on A4: every label's two lines follow each other whole
        assertFalse(shown(row("信息内容", "本年制发", "件数", "本年废止", "件数", "现行有效", "件数", "规章", "20", "12",
                "110241")));
    }

    @Test
    void aLabelEndingItsLineShortWithItsRestNowhereBelowIsACutAndWithItsRestBelowIsNot() {
        // pdftotext -layout -W 360 (red team 16n) against a narrow page's wrapped header
        assertTrue(shown(row("信息内容", "本年制发件数", "本年废止件数", "现行有"), row("规章", "20", "12", "110")));
        assertFalse(shown(row("信息内容", "本年制发", "本年废止", "现行有效"), row("件数", "件数", "件数"),
                row("规章", "20", "12", "110241")));
    }
}
