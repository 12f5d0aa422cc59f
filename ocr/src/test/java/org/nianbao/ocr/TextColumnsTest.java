package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * A row of figures whose column borders a fax lost whole (the fax fixture's table 四, its boxes as
 * the engine read them) gets a border just left of each place its columns' text starts; a row whose
 * borders were found, or too few figures, gets none.
 */
class TextColumnsTest {

    private static TextBox box(String text, float x0, float y0, float x1, float y1) {
        return new TextBox(text, x0, y0, x1, y1, 0.9f, 0.9f, -1);
    }

    /** The value row of table 四 on the fax (105 is 10 and 5 read as one box) and the header line above it. */
    private static List<TextBox> faxBoxes() {
        List<TextBox> boxes = new ArrayList<>();
        float[][] figures = {{56.9f, 70.6f}, {94.3f, 106.6f}, {131.8f, 144.0f}, {168.5f, 180.7f}, {203.8f, 241.2f},
            {263.5f, 278.6f}, {301.0f, 313.2f}, {335.5f, 350.6f}, {375.1f, 393.1f}, {396.0f, 409.0f}, {434.2f, 447.1f},
            {468.7f, 483.1f}, {504.7f, 520.6f}, {545.0f, 565.2f}};
        String[] read = {"3", "{", "2", "4", "105", "2", "1", "'3", "11", "1", "6", "2", "3", "12"};
        for (int i = 0; i < figures.length; i++) {
            boxes.add(box(read[i], figures[i][0], 496.8f, figures[i][1], 511.9f));
        }
        // the header's second line: the last character of each column's label, flush left in its column
        boxes.add(box("持", 57.6f, 473.0f, 74.2f, 488.2f));
        boxes.add(box("果", 133.2f, 473.8f, 146.9f, 486.7f));
        boxes.add(box("结", 167.8f, 473.0f, 184.3f, 488.2f));
        boxes.add(box("3", 228.2f, 481.0f, 243.4f, 497.5f)); // 持 of 未经复议直接起诉's 结果维持
        boxes.add(box("正", 265.7f, 481.7f, 280.8f, 498.2f));
        boxes.add(box("总计果维绍果纠其他：商人审", 204.5f, 463.0f, 375.1f, 486.7f));
        return boxes;
    }

    private static final List<Ruling> FAX = List.of(new Ruling(410.4f, 498.7f, 570.2f, 498.7f),
            new Ruling(135.4f, 513.0f, 571.0f, 513.0f), new Ruling(569.8f, 430.6f, 569.8f, 513.0f));

    @Test
    void aRowOfFiguresWithNoColumnLinesGetsABorderLeftOfEachColumnsStart() {
        List<TextColumns.Band> bands = TextColumns.inferred(FAX, faxBoxes());
        assertEquals(1, bands.size());
        TextColumns.Band band = bands.get(0);
        assertEquals(498.7f, band.top(), 0.01f);
        assertEquals(513.0f, band.bottom(), 0.01f);
        List<Float> borders = band.borders();
        assertEquals(16, borders.size(), borders::toString); // fifteen cells
        // the text layer's borders (56.7, 93.9, … 567.0): each inferred one within 4 pt of its own
        float[] truth = {56.7f, 93.9f, 130.5f, 167.0f, 203.6f, 226.9f, 263.5f, 300.0f, 336.6f, 373.1f, 396.5f, 433.0f,
            469.6f, 506.1f, 542.7f};
        for (int i = 0; i < truth.length; i++) {
            assertTrue(Math.abs(borders.get(i) - truth[i]) <= 4, i + ": " + borders);
        }
        assertEquals(569.8f, borders.get(15), 0.01f, "the table's right side, found");
    }

    @Test
    void aRowWhoseColumnLinesWereFoundOrWithTooFewFiguresGetsNone() {
        List<Ruling> found = new ArrayList<>(FAX);
        found.add(new Ruling(300.0f, 498.7f, 300.0f, 513.0f));
        assertEquals(List.of(), TextColumns.inferred(found, faxBoxes()));
        List<TextBox> three = faxBoxes().subList(0, 3);
        assertEquals(List.of(), TextColumns.inferred(FAX, three));
    }
}
