package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hwpf.model.PAPX;
import org.apache.poi.hwpf.sprm.SprmBuffer;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;

class DocShadingTest {

    /** A Shd: cvFore, cvBack (red, green, blue, fAuto), ipat. */
    private static byte[] shd(int fore, int back, int ipat) {
        return new byte[] {(byte) (fore >> 16), (byte) (fore >> 8), (byte) fore, (byte) (fore < 0 ? 0xFF : 0),
            (byte) (back >> 16), (byte) (back >> 8), (byte) back, (byte) (back < 0 ? 0xFF : 0), (byte) ipat,
            (byte) (ipat >> 8)};
    }

    private static PAPX rowEnd(short sprm, byte[]... shds) {
        byte[] operand = new byte[10 * shds.length]; // addSprm writes the size byte (cb)
        for (int i = 0; i < shds.length; i++) {
            System.arraycopy(shds[i], 0, operand, 10 * i, 10);
        }
        SprmBuffer buf = new SprmBuffer(2);
        buf.addSprm(sprm, operand);
        return new PAPX(0, 1, buf);
    }

    @Test
    void readsEachCellsShadingFromTheRowsDefTableShd() {
        int[] cells = DocShading.row(rowEnd((short) 0xD612, shd(-1, -1, 0), shd(0, 0xD9D9D9, 0),
                shd(0xFF0000, 0xFFFFFF, 1), shd(0x000000, 0xFFFFFF, 8), shd(0, 0xFFFFFF, 14)));
        assertEquals(DocShading.NONE, cells[0], "auto clear: nothing painted");
        assertEquals(0xD9D9D9, cells[1], "clear pattern: the background colour");
        assertEquals(0xFF0000, cells[2], "solid pattern: the foreground colour");
        assertEquals(0x808080, cells[3], "50 % black on white");
        assertEquals(DocShading.UNKNOWN, cells[4], "stripes");
        assertEquals(DocShading.NONE, cells[5], "cells the sprm does not reach");
    }

    @Test
    void aCutShortShadingArrayLeavesTheShadingUnknown() {
        SprmBuffer buf = new SprmBuffer(2);
        buf.addSprm((short) 0xD612, new byte[] {1, 2, 3, 4, 5, 6, 7});
        assertEquals(DocShading.UNKNOWN, DocShading.row(new PAPX(0, 1, buf))[0]);
    }

    @Test
    void readsWord97Shd80() {
        // icoFore 1 (black), icoBack 16 (light grey), ipat 0 (clear)
        assertEquals(0xC0C0C0, DocShading.shd80(1 | 16 << 5));
        assertEquals(0x000000, DocShading.shd80(1 | 16 << 5 | 1 << 10));
    }

    @Test
    void hidesDigitsColouredLikeTheirCellsShading() throws IOException {
        // LibreOffice's DOC of a report whose grey rows hold digits coloured D9D9D9/D8D8D8, and a
        // yellow digit on a yellow highlight (corpus/redteam/shading-coloured-text-2019.doc)
        byte[] bytes = Files.readAllBytes(Path.of("../corpus/redteam/shading-coloured-text-2019.doc"));
        DocumentContent c = new DocFormatReader(new ValueParser()::isValue).read(bytes);
        List<String> texts = c.grids().stream().flatMap(g -> g.rows().stream()).flatMap(List::stream)
                .map(GridCell::text).toList();
        assertTrue(texts.contains("685") && !texts.contains("6853"), texts.toString());
        assertTrue(texts.contains("11")); // 111 is also a total elsewhere in the report
        assertTrue(texts.contains("925") && !texts.contains("9250"));
        assertTrue(texts.contains("+8") && !texts.contains("+82"));
        Optional<GridCell> cell = c.grids().stream().flatMap(g -> g.rows().stream()).flatMap(List::stream)
                .filter(g -> g.text().equals("685")).findFirst();
        assertTrue(cell.orElseThrow().notes().stream().anyMatch(n -> n.how().contains("D9D9D9")),
                cell.get().notes().toString());
    }
}
