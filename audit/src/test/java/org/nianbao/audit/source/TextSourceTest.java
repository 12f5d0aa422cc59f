package org.nianbao.audit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;

/** Raw text re-found at its line, as pdftotext lays a report out. */
class TextSourceTest {

    // a table 三 row of a PDF whose narrow columns wrapped the numbers (pdftotext -layout)
    private static final String PAGE = String.join("\n",
            "                                                  52",
            "                                86 86 86 87 87 87",
            "一、本年新收政府信息公开申请数量                                  17",
            "                                38 61 84 07 30 53",
            "                                                  3",
            "二、上年结转政府信息公开申请数量                3 5 7 9 11 13 48");

    private static List<Boolean> found(String raw, int line) {
        TextSource text = new TextSource(PAGE.getBytes(StandardCharsets.UTF_8));
        return text.find(List.of(new Probe(raw, new Location.Line(line)))).stream().map(Presence::found).toList();
    }

    @Test
    void findsANumberOnItsLine() {
        assertEquals(List.of(true), found("48", 6));
    }

    @Test
    void findsANumberWrappedDownItsCellFromTheLineOfItsFirstPiece() {
        assertEquals(List.of(true), found("8638", 2));
        assertEquals(List.of(true), found("52173", 1));
    }

    @Test
    void aWrappedNumberMustStartOnTheLineNamedAndContinueBelowIt() {
        assertEquals(List.of(false), found("8638", 4), "the first piece is not on line 4");
        assertEquals(List.of(false), found("3886", 2), "pieces in the wrong order");
        assertEquals(List.of(false), found("8699", 2), "no piece 99 below");
        assertEquals(List.of(false), found("5213", 1), "no line holds the piece 13 within three lines of 52");
    }
}
