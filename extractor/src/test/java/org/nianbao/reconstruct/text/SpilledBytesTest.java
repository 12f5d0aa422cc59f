package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Debian html2text -utf8 cells whose padding holds bytes of a longer cell to their left (cells and
 * spills as the tool prints them for the generated pages of {@code generate --formats tool-html2text}).
 */
class SpilledBytesTest {

    private static Optional<String> own(String cell, boolean afterValue) {
        return SpilledBytes.read(cell, afterValue).map(SpilledBytes.Own::text);
    }

    @Test
    void readsAnAsciiNumberFollowedByBytesThatStartNoCharacterAsTheNumber() {
        // |二、上年结转政府信息公开�|5��|0��|: the label's last bytes stand after each value
        assertEquals(Optional.of("5"), own("5��", false));
        assertEquals(Optional.of("-1718"), own("-1718��", true));
        assertEquals(Optional.of("19"), own("19��７", true), "a full-width digit spilled from the cell to the left");
        assertEquals(Optional.of("0"), own("0�计�", true));
        assertEquals(Optional.of("5"), own("5�____", true), "one such byte with padding after it is not at the column's end");
    }

    @Test
    void leavesASingleCutCharacterAtTheColumnsEndUnread() {
        // 33� may be 33 and a spilled byte, or a value such as 33２… cut inside its next character
        assertEquals(Optional.empty(), own("33�", true));
        assertEquals(Optional.empty(), own("－�", true));
        assertEquals(Optional.empty(), own("�", true));
    }

    @Test
    void readsANumberAndOneReplacedByteWhereTheFileShowsTheByteInTheMiddleOfACharacter() {
        // real bytes for generate --formats tool-html2text,tool-lynx,tool-pdftotext-raw --count 90
        // --seed 2024, tool-html2text/0001-2021.txt line 47: |33\x82\xe7\xbc| and |33\xe5| (gold 33 and
        // 33; the second is left unread, rightly: 0xE5 may start 万); the same cell cut after 0x82
        byte[] spilled = {'3', '3', (byte) 0x82, (byte) 0xE7, (byte) 0xBC};
        assertEquals(Optional.of("33"), SpilledBytes.read("33��", spilled, false).map(SpilledBytes.Own::text),
                "two bytes after the number: read without the file's bytes too");
        byte[] middle = {'3', '3', (byte) 0x82};
        assertEquals(Optional.of("33"), SpilledBytes.read("33�", middle, false).map(SpilledBytes.Own::text),
                "0x82 is no character's first byte: another cell's, and 33 is whole");
        byte[] start = {'3', '3', (byte) 0xE5};
        assertEquals(Optional.empty(), SpilledBytes.read("33�", start, false),
                "0xE5 starts a character: the value may go on (33万…) and was cut");
        byte[] padded = {'_', '3', '3', (byte) 0x82};
        assertEquals(Optional.of("33"), SpilledBytes.read("_33�", padded, false).map(SpilledBytes.Own::text),
                "the byte after the number is counted past the padding before it");
    }

    @Test
    void leavesFullWidthDigitsAndDigitsAfterSpilledBytesAsPrinted() {
        // full-width digits may themselves be spilled (|１２�|４５| for one cell of １２３４５６７８);
        // digits after spilled bytes may be a value the page centres in its cell (|�___5�|)
        assertEquals(Optional.empty(), own("０��", true));
        assertEquals(Optional.empty(), own("�___5�", true));
        assertEquals(Optional.empty(), own("��９", true));
    }

    @Test
    void readsANumberBeforeACjkCharacterOnlyRightOfAValueAndNeverBeforeAUnitOrSignMark() {
        assertEquals(Optional.of("0"), own("0息", true));
        assertEquals(Optional.of("0"), own("0、行", true));
        assertEquals(Optional.empty(), own("0息", false), "a label or header begins with digits too (2023年)");
        assertEquals(Optional.empty(), own("3万�", true));
        assertEquals(Optional.empty(), own("130增", true));
        assertEquals(Optional.empty(), own("1,594(�", true));
        assertEquals(Optional.empty(), own("1.属于国家秘密", true));
    }

    @Test
    void readsACellThatStartsWithSpilledBytesAndHoldsNoDigitAsBlankRightOfAValue() {
        assertEquals(Optional.of(""), own("��其�", true));
        assertEquals(Optional.of(""), own("�，", true));
        assertEquals(Optional.of("/"), own("/�开", true));
        assertEquals(Optional.of("－"), own("－��", true));
        assertEquals(Optional.empty(), own("��其�", false), "a header cell cut past reading is the header's to read");
        assertEquals(Optional.empty(), own("��无", true), "a word for none, which a page may centre in its cell");
        assertEquals(Optional.empty(), own("其�", true), "a cell's own text may begin with a character");
    }
}
