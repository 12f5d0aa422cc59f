package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.pdf.Ruling;

/** A label's box that runs into the number after it is cut back, so that the two read as two cells. */
class LabelBeforeNumberTest {

    private static TextBox box(String text, float x0, float y0, float x1, float y1) {
        return new TextBox(text, x0, y0, x1, y1, 0.8f, 0.9f, -1);
    }

    @Test
    void aWrappedLabelsBoxReachingIntoTheFirstValueEndsHalfACharacterBeforeIt() {
        // the borderless scan's （二）部分公开 row: the label's first line drawn 2 pt into the 17 beside it
        TextBox label = box("（二）部分公开（区分处理的，只计这一", 130.0f, 738.0f, 307.8f, 754.2f);
        TextBox seventeen = box("17", 305.6f, 744.8f, 326.5f, 757.8f);
        List<TextBox> out = LabelBeforeNumber.cutBack(List.of(label, seventeen), List.of());
        float pitch = (307.8f - 130.0f) / 18;
        assertEquals(305.6f - 0.5f * pitch, out.get(0).x1(), 0.01);
        assertEquals(seventeen, out.get(1));
        // laid out, the gap between the label's last character and the number parts them
        var glyphs = RapidPageOcr.glyphs(out);
        float gap = glyphs.get(18).x0() - glyphs.get(17).x1();
        assertEquals(0.5f * pitch, gap, 0.01);
    }

    @Test
    void aLabelWellBeforeItsNumberANumberOnAnotherLineOrTwoNumbersStayAsRead() {
        TextBox label = box("3.补正后申请内容仍不明确", 179.3f, 254.9f, 298.4f, 264.6f);
        TextBox fifteen = box("15", 310.7f, 253.1f, 326.5f, 265.0f);
        assertEquals(List.of(label, fifteen), LabelBeforeNumber.cutBack(List.of(label, fifteen), List.of()));
        // the label's second line, below the row's values: no number on its line
        TextBox second = box("情形，不计其他情形)", 126.0f, 754.9f, 220.3f, 766.4f);
        TextBox below = box("17", 215.0f, 744.8f, 236.5f, 757.8f);
        assertEquals(second, LabelBeforeNumber.cutBack(List.of(second, below), List.of()).get(0));
        TextBox fourteen = box("14", 344.2f, 745.9f, 360.0f, 758.2f);
        TextBox two = box("2", 358.0f, 745.9f, 366.0f, 759.2f);
        assertEquals(List.of(fourteen, two), LabelBeforeNumber.cutBack(List.of(fourteen, two), List.of()));
    }

    @Test
    void aLabelInARuledCellIsLeftToItsBorders() {
        // a photocopy's label box reaching into the figure of the next cell: cut back, its first
        // character moved out of its cell into the one before
        TextBox label = box("2.没有现成信息需要另行制作", 230.9f, 215.4f, 312.0f, 232.7f);
        TextBox figure = box("29", 310.0f, 216.0f, 325.0f, 231.0f);
        List<Ruling> cell = List.of(new Ruling(228f, 200f, 228f, 240f), new Ruling(308f, 200f, 308f, 240f));
        assertEquals(List.of(label, figure), LabelBeforeNumber.cutBack(List.of(label, figure), cell));
    }
}
