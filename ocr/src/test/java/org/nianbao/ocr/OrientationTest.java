package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;

/** Pages scanned turned: judged from the engine's boxes, turned back, located on the scan as it lies. */
class OrientationTest {

    private static TextBox lying(String text, float confidence, int angle) {
        return new TextBox(text, 100, 100, 100 + 20 * text.length(), 120, 0.9f, confidence, angle);
    }

    private static TextBox standing(String text, float confidence, int angle) {
        return new TextBox(text, 100, 100, 120, 100 + 20 * text.length(), 0.9f, confidence, angle);
    }

    private static List<TextBox> many(TextBox b, int n) {
        List<TextBox> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(b);
        }
        return out;
    }

    @Test
    void theClassifiedLinesVoteByCharactersAndAPageIsUprightUnlessAnotherWayHasTwoThirds() {
        assertEquals(Orientation.UPRIGHT, Orientation.vote(many(lying("政府信息", 0.9f, 0), 5)));
        assertEquals(Orientation.TURNED_180, Orientation.vote(many(lying("政府信息", 0.3f, 1), 5)));
        assertEquals(Orientation.TURNED_90, Orientation.vote(many(standing("政府信息", 0.9f, 0), 5)));
        assertEquals(Orientation.TURNED_270, Orientation.vote(many(standing("政府信息", 0.9f, 1), 5)));
        List<TextBox> split = new ArrayList<>(many(standing("政府信息", 0.9f, 1), 3));
        split.addAll(many(lying("政府信息", 0.9f, 1), 2));
        assertEquals(Orientation.UPRIGHT, Orientation.vote(split), "three fifths are not enough");
        split.add(standing("政府信息", 0.9f, 1));
        split.add(lying("一", 0.9f, 1)); // single characters do not vote
        assertEquals(Orientation.TURNED_270, Orientation.vote(split), "two thirds are");
        assertEquals(Orientation.UPRIGHT, Orientation.vote(many(lying("12", 0.9f, -1), 20)), "nothing classified");
        assertEquals(Orientation.UPRIGHT, Orientation.vote(many(lying("政府", 0.9f, 1), 4)), "too little to judge");
    }

    @Test
    void aPageTurnedAQuarterAndBackIsTheSamePage() {
        GrayPage page = new GrayPage(3, 2, new byte[] {1, 2, 3, 4, 5, 6});
        GrayPage quarter = page.turnedClockwise(1);
        assertEquals(2, quarter.width);
        assertEquals(3, quarter.height);
        // 1 2 3      4 1
        // 4 5 6  ->  5 2
        //            6 3
        assertArrayEquals(new byte[] {4, 1, 5, 2, 6, 3}, quarter.pixels);
        assertArrayEquals(new byte[] {6, 5, 4, 3, 2, 1}, page.turnedClockwise(2).pixels);
        for (Orientation o : Orientation.values()) {
            assertArrayEquals(page.pixels, o.upright(page.turnedClockwise(o.quarters)).pixels, o.name());
        }
    }

    @Test
    void aBoxOfTheUprightPageIsLocatedWhereItStandsOnTheTurnedScan() {
        // an A4 page (595 × 842 pt) with a cell near its top left corner
        Location.PageBox cell = new Location.PageBox(2, 2, 100, 50, 140, 70, 0.9f);
        assertEquals(cell, Orientation.UPRIGHT.onScan(cell, 595, 842));
        // turned a quarter clockwise the scan is 842 × 595 and the top left corner is at the top right
        assertEquals(new Location.PageBox(2, 2, 772, 100, 792, 140, 0.9f), Orientation.TURNED_90.onScan(cell, 842, 595));
        assertEquals(new Location.PageBox(2, 2, 455, 772, 495, 792, 0.9f), Orientation.TURNED_180.onScan(cell, 595, 842));
        assertEquals(new Location.PageBox(2, 2, 50, 455, 70, 495, 0.9f), Orientation.TURNED_270.onScan(cell, 842, 595));
    }

    @Test
    void aPageWhoseLinesLyingFlatReadTheFormsWordsIsUprightWithoutAVote() {
        List<TextBox> upright = List.of(lying("示例县人民政府2019年政府信息公开工作年度报告", 0.9f, -1),
                lying("申请人情况", 0.9f, -1), lying("5.属于三类内部事务信息", 0.8f, -1), lying("17", 0.9f, -1));
        assertTrue(Orientation.readsUpright(upright));
        // two lines are not enough; lines standing (a page turned sideways) or read as other characters are not the form's
        assertFalse(Orientation.readsUpright(upright.subList(0, 2)));
        assertFalse(Orientation.readsUpright(List.of(standing("申请人情况", 0.9f, -1), standing("政府信息公开", 0.9f, -1),
                standing("总计", 0.9f, -1))));
        assertFalse(Orientation.readsUpright(List.of(lying("坐丫Y鲁Y事", 0.4f, -1), lying("鞋止", 0.5f, -1),
                lying("回业汇土", 0.3f, -1), lying("61", 0.9f, -1))));
    }
}
