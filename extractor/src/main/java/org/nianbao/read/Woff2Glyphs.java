package org.nianbao.read;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * The TrueType {@code glyf} and {@code loca} tables rebuilt from WOFF2's transformed glyph table (W3C
 * WOFF2, "transformed glyf table"): seven streams — contour counts, point counts, flags, packed coordinate triplets,
 * composite descriptions, bounding boxes, instructions — read glyph by glyph and written back as
 * glyph records (coordinates as deltas, short where they fit), each on a 4-byte boundary, and the
 * offsets as a {@code loca} in the format the table names. The glyphs' {@code xMin} are kept: a
 * transformed {@code hmtx} takes its left side bearings from them.
 */
final class Woff2Glyphs {

    /** The rebuilt tables, the {@code loca} format (0 short, 1 long) and each glyph's {@code xMin}. */
    record Rebuilt(byte[] glyf, byte[] loca, short indexFormat, short[] xMin) {
    }

    private static final int ON_CURVE = 0x01;
    private static final int X_SHORT = 0x02;
    private static final int Y_SHORT = 0x04;
    private static final int X_SAME_OR_POSITIVE = 0x10;
    private static final int Y_SAME_OR_POSITIVE = 0x20;
    private static final int OVERLAP_SIMPLE = 0x40;
    private static final int ARGS_ARE_WORDS = 0x0001;
    private static final int HAVE_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int HAVE_XY_SCALE = 0x0040;
    private static final int HAVE_TWO_BY_TWO = 0x0080;
    private static final int HAVE_INSTRUCTIONS = 0x0100;

    private final ByteBuffer contours;
    private final ByteBuffer points;
    private final ByteBuffer flags;
    private final ByteBuffer glyphs;
    private final ByteBuffer composites;
    private final ByteBuffer boxes;
    private final ByteBuffer instructions;
    private final byte[] boxBitmap;
    private final byte[] overlapBitmap;

    private Woff2Glyphs(ByteBuffer in, int count, int options) throws Woff2.Damaged {
        ByteBuffer[] streams = new ByteBuffer[7];
        long[] sizes = new long[7];
        for (int s = 0; s < 7; s++) {
            sizes[s] = Integer.toUnsignedLong(in.getInt());
        }
        int at = in.position();
        for (int s = 0; s < 7; s++) {
            if (sizes[s] > in.limit() - at) {
                throw new Woff2.Damaged("a damaged WOFF2 file (a glyph stream runs past its table)");
            }
            streams[s] = ByteBuffer.wrap(in.array(), at, (int) sizes[s]).slice();
            at += (int) sizes[s];
        }
        contours = streams[0];
        points = streams[1];
        flags = streams[2];
        glyphs = streams[3];
        composites = streams[4];
        boxes = streams[5];
        instructions = streams[6];
        boxBitmap = new byte[4 * ((count + 31) / 32)];
        boxes.get(boxBitmap);
        overlapBitmap = new byte[(options & 1) != 0 ? (count + 7) / 8 : 0];
        in.position(at).get(overlapBitmap);
    }

    /** The glyph tables {@code transformed} stands for, at most {@code most} bytes of glyphs. */
    static Rebuilt rebuilt(byte[] transformed, int most) throws Woff2.Damaged {
        ByteBuffer in = ByteBuffer.wrap(transformed);
        in.getShort(); // reserved
        int options = Short.toUnsignedInt(in.getShort());
        int count = Short.toUnsignedInt(in.getShort());
        short indexFormat = in.getShort();
        if (indexFormat != 0 && indexFormat != 1) {
            throw new Woff2.Damaged("a damaged WOFF2 file (loca format " + indexFormat + ")");
        }
        Woff2Glyphs streams = new Woff2Glyphs(in, count, options);
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        long[] offsets = new long[count + 1];
        short[] xMin = new short[count];
        for (int g = 0; g < count; g++) {
            byte[] glyph = streams.glyph(g);
            xMin[g] = glyph.length == 0 ? 0 : ByteBuffer.wrap(glyph).getShort(2);
            glyf.writeBytes(glyph);
            glyf.writeBytes(new byte[-glyph.length & 3]);
            offsets[g + 1] = glyf.size();
            if (glyf.size() > most) {
                throw new Woff2.Damaged("a WOFF2 file whose glyphs unpack to more than " + (most >> 20) + " MB");
            }
        }
        if (indexFormat == 0 && offsets[count] > 0x1FFFE) {
            throw new Woff2.Damaged("a damaged WOFF2 file (its glyphs do not fit the short 'loca' it asks for)");
        }
        ByteBuffer loca = ByteBuffer.allocate((count + 1) * (indexFormat == 0 ? 2 : 4));
        for (long offset : offsets) {
            if (indexFormat == 0) {
                loca.putShort((short) (offset / 2));
            } else {
                loca.putInt((int) offset);
            }
        }
        return new Rebuilt(glyf.toByteArray(), loca.array(), indexFormat, xMin);
    }

    /** Glyph {@code g}'s record as {@code glyf} holds it; empty for a glyph without outline. */
    private byte[] glyph(int g) throws Woff2.Damaged {
        int contourCount = contours.getShort();
        boolean boxed = (boxBitmap[g >> 3] & 0x80 >> (g & 7)) != 0;
        if (contourCount == 0) {
            if (boxed) {
                throw new Woff2.Damaged("a damaged WOFF2 file (an empty glyph with a bounding box)");
            }
            return new byte[0];
        }
        if (contourCount == -1) {
            if (!boxed) {
                throw new Woff2.Damaged("a damaged WOFF2 file (a composite glyph without a bounding box)");
            }
            return composite();
        }
        if (contourCount < 0) {
            throw new Woff2.Damaged("a damaged WOFF2 file (a glyph of " + contourCount + " contours)");
        }
        return simple(g, contourCount, boxed);
    }

    private byte[] composite() {
        short[] box = {boxes.getShort(), boxes.getShort(), boxes.getShort(), boxes.getShort()};
        int start = composites.position();
        boolean instructed = false;
        int componentFlags;
        do {
            componentFlags = Short.toUnsignedInt(composites.getShort());
            instructed |= (componentFlags & HAVE_INSTRUCTIONS) != 0;
            int size = 2 + ((componentFlags & ARGS_ARE_WORDS) != 0 ? 4 : 2)
                    + ((componentFlags & HAVE_SCALE) != 0 ? 2 : (componentFlags & HAVE_XY_SCALE) != 0 ? 4
                    : (componentFlags & HAVE_TWO_BY_TWO) != 0 ? 8 : 0);
            composites.position(composites.position() + size);
        } while ((componentFlags & MORE_COMPONENTS) != 0);
        byte[] components = new byte[composites.position() - start];
        composites.get(start, components);
        byte[] program = instructed ? instructions() : null;
        ByteBuffer glyph = ByteBuffer.allocate(10 + components.length + (instructed ? 2 + program.length : 0));
        glyph.putShort((short) -1);
        for (short b : box) {
            glyph.putShort(b);
        }
        glyph.put(components);
        if (instructed) {
            glyph.putShort((short) program.length).put(program);
        }
        return glyph.array();
    }

    private byte[] simple(int g, int contourCount, boolean boxed) throws Woff2.Damaged {
        int[] ends = new int[contourCount];
        int total = 0;
        for (int c = 0; c < contourCount; c++) {
            total += Woff2.uint255(points);
            if (total > 0xFFFF) {
                throw new Woff2.Damaged("a damaged WOFF2 file (a glyph of more than 65535 points)");
            }
            ends[c] = total - 1;
        }
        int[] x = new int[total];
        int[] y = new int[total];
        boolean[] on = new boolean[total];
        int px = 0;
        int py = 0;
        for (int p = 0; p < total; p++) {
            int flag = Woff2.u8(flags);
            on[p] = (flag & 0x80) == 0;
            flag &= 0x7F;
            int dx;
            int dy;
            if (flag < 10) {
                dx = 0;
                dy = signed(flag, ((flag & 14) << 7) + Woff2.u8(glyphs));
            } else if (flag < 20) {
                dx = signed(flag, (((flag - 10) & 14) << 7) + Woff2.u8(glyphs));
                dy = 0;
            } else if (flag < 84) {
                int b0 = flag - 20;
                int b1 = Woff2.u8(glyphs);
                dx = signed(flag, 1 + (b0 & 0x30) + (b1 >> 4));
                dy = signed(flag >> 1, 1 + ((b0 & 0x0C) << 2) + (b1 & 0x0F));
            } else if (flag < 120) {
                int b0 = flag - 84;
                dx = signed(flag, 1 + ((b0 / 12) << 8) + Woff2.u8(glyphs));
                dy = signed(flag >> 1, 1 + (((b0 % 12) >> 2) << 8) + Woff2.u8(glyphs));
            } else if (flag < 124) {
                int b1 = Woff2.u8(glyphs);
                int b2 = Woff2.u8(glyphs);
                int b3 = Woff2.u8(glyphs);
                dx = signed(flag, (b1 << 4) + (b2 >> 4));
                dy = signed(flag >> 1, ((b2 & 0x0F) << 8) + b3);
            } else {
                dx = signed(flag, Short.toUnsignedInt(glyphs.getShort()));
                dy = signed(flag >> 1, Short.toUnsignedInt(glyphs.getShort()));
            }
            px += dx;
            py += dy;
            x[p] = px;
            y[p] = py;
        }
        byte[] program = instructions();
        short[] box = new short[4];
        if (boxed) {
            for (int i = 0; i < 4; i++) {
                box[i] = boxes.getShort();
            }
        } else if (total > 0) {
            box = new short[] {(short) x[0], (short) y[0], (short) x[0], (short) y[0]};
            for (int p = 1; p < total; p++) {
                box[0] = (short) Math.min(box[0], x[p]);
                box[1] = (short) Math.min(box[1], y[p]);
                box[2] = (short) Math.max(box[2], x[p]);
                box[3] = (short) Math.max(box[3], y[p]);
            }
        }
        ByteBuffer glyph = ByteBuffer.allocate(10 + 2 * contourCount + 2 + program.length + 5 * total);
        glyph.putShort((short) contourCount);
        for (short b : box) {
            glyph.putShort(b);
        }
        for (int end : ends) {
            glyph.putShort((short) end);
        }
        glyph.putShort((short) program.length).put(program);
        boolean overlap = overlapBitmap.length > 0 && (overlapBitmap[g >> 3] & 0x80 >> (g & 7)) != 0;
        int[] pointFlags = new int[total];
        for (int p = 0; p < total; p++) {
            int dx = x[p] - (p == 0 ? 0 : x[p - 1]);
            int dy = y[p] - (p == 0 ? 0 : y[p - 1]);
            pointFlags[p] = (on[p] ? ON_CURVE : 0) | (p == 0 && overlap ? OVERLAP_SIMPLE : 0)
                    | (dx == 0 ? X_SAME_OR_POSITIVE : Math.abs(dx) < 256 ? X_SHORT | (dx > 0 ? X_SAME_OR_POSITIVE : 0) : 0)
                    | (dy == 0 ? Y_SAME_OR_POSITIVE : Math.abs(dy) < 256 ? Y_SHORT | (dy > 0 ? Y_SAME_OR_POSITIVE : 0) : 0);
            glyph.put((byte) pointFlags[p]);
        }
        for (int p = 0; p < total; p++) {
            coordinate(glyph, x[p] - (p == 0 ? 0 : x[p - 1]), pointFlags[p], X_SHORT, X_SAME_OR_POSITIVE);
        }
        for (int p = 0; p < total; p++) {
            coordinate(glyph, y[p] - (p == 0 ? 0 : y[p - 1]), pointFlags[p], Y_SHORT, Y_SAME_OR_POSITIVE);
        }
        byte[] out = new byte[glyph.position()];
        glyph.get(0, out);
        return out;
    }

    /** One delta as its flag says it is written: nothing (same), one byte (short), or two. */
    private static void coordinate(ByteBuffer glyph, int delta, int flag, int isShort, int sameOrPositive) {
        if ((flag & isShort) != 0) {
            glyph.put((byte) Math.abs(delta));
        } else if ((flag & sameOrPositive) == 0) {
            glyph.putShort((short) delta);
        }
    }

    /** A glyph's instructions: their length from the glyph stream, their bytes from the instruction stream. */
    private byte[] instructions() {
        byte[] program = new byte[Woff2.uint255(glyphs)];
        instructions.get(program);
        return program;
    }

    /** {@code value} negative unless the flag's low bit is set (the spec's triplet encoding). */
    private static int signed(int flag, int value) {
        return (flag & 1) != 0 ? value : -value;
    }
}
