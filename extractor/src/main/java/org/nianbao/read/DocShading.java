package org.nianbao.read;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.hwpf.model.PAPX;
import org.apache.poi.hwpf.sprm.SprmIterator;
import org.apache.poi.hwpf.sprm.SprmOperation;

/**
 * The colour each cell of a binary Word table row is painted with, read from the row's table
 * properties ([MS-DOC] 2.6.3): Word 2000 and later, and LibreOffice, write a cell's shading as the
 * row's {@code sprmTDefTableShd} (and its {@code 2nd}/{@code 3rd} and {@code Raw} variants, and
 * the older {@code sprmTDefTableShd80}), which POI HWPF does not apply to its cells. Each shading
 * ({@code Shd}, 2.9.248) is its background colour ({@code cvBack}) for a clear pattern, its
 * foreground ({@code cvFore}) for a solid one, the two mixed for a percentage; a pattern of stripes
 * or checks, or properties that cannot be parsed, make the cell's colour {@link #UNKNOWN}.
 */
final class DocShading {

    /** Nothing paints the cell (the page shows). */
    static final int NONE = -1;
    /** The cell is painted, but with what cannot be told. */
    static final int UNKNOWN = -2;

    private static final int CELLS = 64;

    /** Word's 16 colours ({@code Ico}), as RGB. */
    private static final int[] ICO = {NONE, 0x000000, 0x0000FF, 0x00FFFF, 0x00FF00, 0xFF00FF, 0xFF0000, 0xFFFF00,
        0xFFFFFF, 0x000080, 0x008080, 0x008000, 0x800080, 0x800000, 0x808000, 0x808080, 0xC0C0C0};

    private DocShading() {
    }

    /** An {@code Ico} as RGB; {@link #NONE} for auto or out of range. */
    static int ico(int ico) {
        return ico > 0 && ico < ICO.length ? ICO[ico] : NONE;
    }

    /**
     * The colour of each cell of the row whose end mark is {@code rowEnd} ({@link #NONE} when the row
     * states no shading); {@code rowEnd} null gives a row of {@link #NONE}.
     */
    static int[] row(PAPX rowEnd) {
        int[] cells = new int[CELLS];
        Arrays.fill(cells, NONE);
        if (rowEnd == null) {
            return cells;
        }
        int table = NONE;
        try {
            SprmIterator it = rowEnd.getSprmBuf().iterator();
            while (it.hasNext()) {
                SprmOperation op = it.next();
                if (op.getType() != SprmOperation.TYPE_TAP) {
                    continue;
                }
                byte[] g = op.getGrpprl();
                int at = op.getGrpprlOffset();
                // POI's operand offset is past the size byte (cb) of a variable-length operand
                switch (op.getOperation()) {
                    case 0x09 -> { // sprmTDefTableShd80: cb, Shd80[]
                        int cb = g[at - 1] & 0xFF;
                        for (int i = 0; i < cb / 2 && i < CELLS; i++) {
                            cells[i] = shd80(u16(g, at + 2 * i));
                        }
                    }
                    case 0x12, 0x70 -> shdArray(g, at, cells, 0); // sprmTDefTableShd(Raw): cells 0-21
                    case 0x16, 0x71 -> shdArray(g, at, cells, 22); // 2nd: cells 22-43
                    case 0x0C, 0x72 -> shdArray(g, at, cells, 44); // 3rd: cells 44-62
                    case 0x60 -> table = (g[at - 1] & 0xFF) == 10 ? shd(g, at) : UNKNOWN; // sprmTShdTable
                    case 0x2D, 0x2E -> { // sprmTSetShd / sprmTSetShdOdd: cb, itcFirst, itcLim, Shd
                        int first = g[at] & 0xFF;
                        int lim = g[at + 1] & 0xFF;
                        int colour = (g[at - 1] & 0xFF) == 12 ? shd(g, at + 2) : UNKNOWN;
                        for (int i = first; i < lim && i < CELLS; i++) {
                            cells[i] = colour;
                        }
                    }
                    case 0x27, 0x28 -> { // sprmTSetShd80 / sprmTSetShdOdd80: itcFirst, itcLim, Shd80
                        int first = g[at] & 0xFF;
                        int lim = g[at + 1] & 0xFF;
                        int colour = shd80(u16(g, at + 2));
                        for (int i = first; i < lim && i < CELLS; i++) {
                            cells[i] = colour;
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IndexOutOfBoundsException e) {
            // a property list cut short: the shading cannot be told, so no text in the row is trusted
            // to show against it
            Arrays.fill(cells, UNKNOWN);
            return cells;
        }
        if (table != NONE) {
            for (int i = 0; i < CELLS; i++) {
                if (cells[i] == NONE) {
                    cells[i] = table;
                }
            }
        }
        return cells;
    }

    /** An array of {@code Shd} (10 bytes each) for the cells from {@code first}. */
    private static void shdArray(byte[] g, int at, int[] cells, int first) {
        int cb = g[at - 1] & 0xFF;
        if (cb % 10 != 0) {
            for (int i = first; i < first + 22 && i < CELLS; i++) {
                cells[i] = UNKNOWN;
            }
            return;
        }
        for (int i = 0; i < cb / 10 && first + i < CELLS; i++) {
            cells[first + i] = shd(g, at + 10 * i);
        }
    }

    /** A {@code Shd}: cvFore, cvBack ({@code COLORREF}: red, green, blue, fAuto), ipat. */
    static int shd(byte[] g, int at) {
        int fore = colorref(g, at, 0x000000);
        int back = colorref(g, at + 4, NONE);
        return paint(fore, back, u16(g, at + 8));
    }

    /** A {@code Shd80}: icoFore (5 bits), icoBack (5 bits), ipat (6 bits). */
    static int shd80(int v) {
        int fore = ico(v & 0x1F);
        int back = ico(v >> 5 & 0x1F);
        int ipat = v >> 10 & 0x3F;
        return ipat == 0x3F ? NONE : paint(fore == NONE ? 0x000000 : fore, back, ipat);
    }

    private static int colorref(byte[] g, int at, int auto) {
        if ((g[at + 3] & 0xFF) == 0xFF) {
            return auto;
        }
        return (g[at] & 0xFF) << 16 | (g[at + 1] & 0xFF) << 8 | g[at + 2] & 0xFF;
    }

    /** The colour a pattern ({@code Ipat}) of {@code fore} on {@code back} paints. */
    static int paint(int fore, int back, int ipat) {
        if (ipat == 0 || ipat == 0xFFFF) { // clear; nil
            return ipat == 0 ? back : NONE;
        }
        if (ipat == 1) {
            return fore;
        }
        int permille = percent(ipat);
        if (permille < 0) {
            return UNKNOWN; // stripes, checks, trellis: neither colour alone
        }
        return mix(fore, back == NONE ? 0xFFFFFF : back, permille);
    }

    /**
     * The colour a percentage shading pattern prints: {@code permille} thousandths of {@code fore}
     * over {@code back}, channel by channel (DOC's {@code Ipat} and DOCX's {@code w:shd pctN} alike).
     */
    static int mix(int fore, int back, int permille) {
        int mixed = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int f = fore >> shift & 0xFF;
            int b = back >> shift & 0xFF;
            mixed |= (f * permille + b * (1000 - permille) + 500) / 1000 << shift;
        }
        return mixed;
    }

    /** How much of the foreground a percentage pattern shows, in thousandths; -1 for other patterns. */
    private static int percent(int ipat) {
        List<Integer> shades = List.of(50, 100, 200, 250, 300, 400, 500, 600, 700, 750, 800, 900);
        if (ipat >= 2 && ipat <= 13) {
            return shades.get(ipat - 2);
        }
        // ipatPct2 … ipatPct97 (0x23-0x3D): 2.5 %, 7.5 %, 12.5 %, … in steps
        int[] fine = {25, 75, 125, 150, 175, 225, 275, 325, 350, 375, 425, 450, 475, 525, 550, 575, 625, 650, 675,
            725, 775, 825, 850, 875, 925, 950, 975};
        if (ipat >= 0x23 && ipat < 0x23 + fine.length) {
            return fine[ipat - 0x23];
        }
        return -1;
    }

    private static int u16(byte[] g, int at) {
        return (g[at] & 0xFF) | (g[at + 1] & 0xFF) << 8;
    }
}
