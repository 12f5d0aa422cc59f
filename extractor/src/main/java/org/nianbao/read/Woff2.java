package org.nianbao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brotli.dec.BrotliInputStream;

/**
 * The WOFF 2.0 container (W3C Recommendation) unpacked into the TrueType/OpenType file it wraps, for
 * FontBox's parsers: a header, a directory of tables, and one Brotli stream holding every table, the
 * {@code glyf}/{@code loca} pair and {@code hmtx} possibly in their transformed forms (the spec's transformed glyf and hmtx),
 * which are rebuilt ({@link Woff2Glyphs}) before the tables are laid out again as an sfnt. Brotli is
 * decoded by Google's Java decoder ({@code org.brotli:dec}); the container and transforms are the
 * specification's, written here (no library on Maven Central undoes them). Of a font collection
 * ({@code ttcf}: several fonts sharing tables) the first font is unpacked: the one Chromium draws with.
 *
 * <p>A web font is whatever a site ships: every size the file states is checked against the file and
 * against {@code most} before anything is allocated, the Brotli stream is read no further than the
 * tables it must hold, and a file that breaks any of it is refused with why, never an exception.
 */
final class Woff2 {

    /** {@code wOF2}. */
    static final int SIGNATURE = 0x774F4632;
    private static final int HEADER = 48;
    private static final int COLLECTION = 0x74746366; // ttcf
    /** The tags a directory entry names by index (the spec's table of known tags); index 63 is a tag written out. */
    private static final String[] KNOWN = {"cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ",
        "fpgm", "glyf", "loca", "prep", "CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX",
        "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH", "CBDT", "CBLC", "COLR", "CPAL", "SVG ",
        "sbix", "acnt", "avar", "bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar", "hsty", "just",
        "lcar", "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill"};
    static final int GLYF = tag("glyf");
    static final int LOCA = tag("loca");
    private static final int HMTX = tag("hmtx");
    private static final int HEAD = tag("head");
    private static final int HHEA = tag("hhea");
    private static final int MAXP = tag("maxp");

    /** What unpacking gave: the sfnt, or why there is none. */
    sealed interface Unpacked {
        /** The TrueType ({@code 0x00010000}) or OpenType ({@code OTTO}) file the container wraps. */
        record Font(byte[] sfnt) implements Unpacked {
        }

        /** No font: {@code why} says what is wrong with the file, in words for a finding. */
        record Refused(String why) implements Unpacked {
        }
    }

    /** A file that breaks the format; its message says how. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String why) {
            super(why);
        }
    }

    /** One table of the directory: its place in the decompressed stream and the form it is stored in. */
    private record Entry(int tag, boolean transformed, int offset, int length) {
    }

    private Woff2() {
    }

    /** The sfnt a WOFF2 file wraps, neither the stream nor the font larger than {@code most} bytes; never throws. */
    static Unpacked unpacked(byte[] file, int most) {
        try {
            return new Unpacked.Font(sfnt(file, most));
        } catch (Damaged e) {
            return new Unpacked.Refused(e.getMessage());
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return new Unpacked.Refused("a damaged WOFF2 file (a table or stream ends before its stated size)");
        }
    }

    private static byte[] sfnt(byte[] file, int most) throws Damaged {
        ByteBuffer in = ByteBuffer.wrap(file);
        if (file.length < HEADER || in.getInt(0) != SIGNATURE) {
            throw new Damaged("not a WOFF2 file");
        }
        int flavor = in.getInt(4);
        long length = Integer.toUnsignedLong(in.getInt(8));
        if (length != file.length) {
            throw new Damaged("a damaged WOFF2 file (its header gives " + length + " bytes, the file has "
                    + file.length + ")");
        }
        int tables = Short.toUnsignedInt(in.getShort(12));
        long compressed = Integer.toUnsignedLong(in.getInt(20));
        if (tables == 0) {
            throw new Damaged("a damaged WOFF2 file (no tables)");
        }
        in.position(HEADER);
        List<Entry> entries = new ArrayList<>(tables);
        long stream = 0;
        for (int t = 0; t < tables; t++) {
            int flags = u8(in);
            int index = flags & 0x3F;
            int tag = index == 63 ? in.getInt() : tag(KNOWN[index]);
            int version = flags >> 6;
            long origLength = base128(in);
            // glyf and loca are transformed unless version 3 says "null"; every other table unless version 0 does
            boolean glyphs = tag == GLYF || tag == LOCA;
            boolean transformed = glyphs ? version != 3 : version != 0;
            if (transformed && (glyphs ? version != 0 : tag != HMTX || version != 1)) {
                throw new Damaged("a damaged WOFF2 file (transform " + version + " of table '" + name(tag) + "')");
            }
            long stored = transformed ? base128(in) : origLength;
            if (tag == LOCA && transformed && stored != 0) {
                throw new Damaged("a damaged WOFF2 file (a transformed 'loca' with data of its own)");
            }
            if (origLength > most || stream + stored > most) {
                throw new Damaged("a WOFF2 file whose tables unpack to more than " + (most >> 20) + " MB");
            }
            entries.add(new Entry(tag, transformed, (int) stream, (int) stored));
            stream += stored;
        }
        List<Entry> font = entries;
        if (flavor == COLLECTION) {
            // Chromium draws a collection's first font: its tables are those the collection directory lists for it
            int[] first = firstFont(in, tables);
            flavor = first[0];
            font = new ArrayList<>();
            for (int i = 1; i < first.length; i++) {
                font.add(entries.get(first[i]));
            }
        }
        Map<Integer, Entry> byTag = new HashMap<>();
        for (Entry e : font) {
            if (byTag.put(e.tag(), e) != null) {
                throw new Damaged("a damaged WOFF2 file (a table listed twice)");
            }
        }
        Entry glyf = byTag.get(GLYF);
        Entry loca = byTag.get(LOCA);
        if ((glyf == null) != (loca == null) || glyf != null && glyf.transformed() != loca.transformed()) {
            throw new Damaged("a damaged WOFF2 file ('glyf' and 'loca' not stored alike)");
        }
        if (compressed > file.length - in.position()) {
            throw new Damaged("a damaged WOFF2 file (its compressed tables run past the end of the file)");
        }
        byte[] data = decompressed(file, in.position(), (int) compressed, (int) stream);

        Map<Integer, byte[]> out = new HashMap<>();
        for (Entry e : font) {
            out.put(e.tag(), Arrays.copyOfRange(data, e.offset(), e.offset() + e.length()));
        }
        if (glyf != null && glyf.transformed()) {
            Woff2Glyphs.Rebuilt rebuilt = Woff2Glyphs.rebuilt(out.get(GLYF), most);
            byte[] head = out.get(HEAD);
            if (head == null || head.length < 54 || ByteBuffer.wrap(head).getShort(50) != rebuilt.indexFormat()) {
                throw new Damaged("a damaged WOFF2 file ('head' and the glyph table disagree on the 'loca' format)");
            }
            out.put(GLYF, rebuilt.glyf());
            out.put(LOCA, rebuilt.loca());
            Entry hmtx = byTag.get(HMTX);
            if (hmtx != null && hmtx.transformed()) {
                out.put(HMTX, metrics(out.get(HMTX), out.get(HHEA), out.get(MAXP), rebuilt.xMin()));
            }
        } else if (byTag.containsKey(HMTX) && byTag.get(HMTX).transformed()) {
            throw new Damaged("a damaged WOFF2 file (a transformed 'hmtx' without a transformed 'glyf')");
        }
        return laidOut(flavor, out, most);
    }

    /**
     * The collection directory (after the table directory): its first font's flavour, then the
     * indices of that font's tables in the table directory; the other fonts are read past.
     */
    private static int[] firstFont(ByteBuffer in, int tables) throws Damaged {
        int version = in.getInt();
        int fonts = uint255(in);
        if (version != 0x00010000 && version != 0x00020000 || fonts == 0) {
            throw new Damaged("a damaged WOFF2 font collection (its collection directory)");
        }
        int[] first = null;
        for (int f = 0; f < fonts; f++) {
            int count = uint255(in);
            int[] font = new int[count + 1];
            font[0] = in.getInt();
            for (int i = 1; i <= count; i++) {
                font[i] = uint255(in);
                if (font[i] >= tables) {
                    throw new Damaged("a damaged WOFF2 font collection (a font naming a table it does not have)");
                }
            }
            first = first == null ? font : first;
        }
        return first;
    }

    /** The Brotli stream at {@code offset}, which must hold exactly {@code size} bytes. */
    private static byte[] decompressed(byte[] file, int offset, int compressed, int size) throws Damaged {
        byte[] data = new byte[size];
        try (InputStream brotli = new BrotliInputStream(new ByteArrayInputStream(file, offset, compressed))) {
            int read = brotli.readNBytes(data, 0, size);
            if (read != size || brotli.read() != -1) {
                throw new Damaged("a damaged WOFF2 file (its Brotli stream holds " + (read != size ? "less" : "more")
                        + " than its tables)");
            }
            return data;
        } catch (IOException | RuntimeException e) {
            // the decoder wraps its own errors in IOException; anything else it throws on hostile input is damage too
            throw new Damaged("a damaged WOFF2 file (its Brotli stream does not decode: " + e.getMessage() + ")");
        }
    }

    /**
     * The {@code hmtx} table from its transformed form: the advance widths, and the left side
     * bearings either stored or, where the flags say so, the glyphs' {@code xMin}.
     */
    private static byte[] metrics(byte[] transformed, byte[] hhea, byte[] maxp, short[] xMin) throws Damaged {
        if (hhea == null || hhea.length < 36 || maxp == null || maxp.length < 6) {
            throw new Damaged("a damaged WOFF2 file (a transformed 'hmtx' without 'hhea' or 'maxp')");
        }
        int metrics = Short.toUnsignedInt(ByteBuffer.wrap(hhea).getShort(34));
        int glyphs = Short.toUnsignedInt(ByteBuffer.wrap(maxp).getShort(4));
        ByteBuffer in = ByteBuffer.wrap(transformed);
        int flags = u8(in);
        if (glyphs != xMin.length || metrics == 0 || metrics > glyphs || (flags & 0xFC) != 0) {
            throw new Damaged("a damaged WOFF2 file (its 'hmtx' does not match its glyphs)");
        }
        short[] advance = new short[metrics];
        for (int i = 0; i < metrics; i++) {
            advance[i] = in.getShort();
        }
        ByteBuffer out = ByteBuffer.allocate(4 * metrics + 2 * (glyphs - metrics));
        for (int i = 0; i < metrics; i++) {
            out.putShort(advance[i]).putShort((flags & 1) != 0 ? xMin[i] : in.getShort());
        }
        for (int i = metrics; i < glyphs; i++) {
            out.putShort((flags & 2) != 0 ? xMin[i] : in.getShort());
        }
        return out.array();
    }

    /** The tables as an sfnt: offset table, records sorted by tag, tables on 4-byte boundaries. */
    private static byte[] laidOut(int flavor, Map<Integer, byte[]> tables, int most) throws Damaged {
        List<Integer> tags = new ArrayList<>(tables.keySet());
        tags.sort(Comparator.comparingLong(Integer::toUnsignedLong));
        long size = 12 + 16L * tags.size();
        for (int tag : tags) {
            size += (tables.get(tag).length + 3) & ~3L;
        }
        if (size > most) {
            throw new Damaged("a WOFF2 file that unpacks to more than " + (most >> 20) + " MB");
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        int n = tags.size();
        int power = Integer.highestOneBit(n);
        out.putInt(flavor).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (n * 16 - power * 16));
        int at = 12 + 16 * n;
        for (int t = 0; t < n; t++) {
            byte[] table = tables.get(tags.get(t));
            out.putInt(12 + 16 * t, tags.get(t)).putInt(12 + 16 * t + 4, checksum(table))
                    .putInt(12 + 16 * t + 8, at).putInt(12 + 16 * t + 12, table.length);
            out.put(at, table);
            at += (table.length + 3) & ~3;
        }
        return out.array();
    }

    private static int checksum(byte[] table) {
        int sum = 0;
        for (int i = 0; i < table.length; i += 4) {
            int word = 0;
            for (int j = 0; j < 4; j++) {
                word = word << 8 | (i + j < table.length ? table[i + j] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }

    /** A UIntBase128: at most 5 bytes, no leading zero byte, within 32 bits. */
    private static long base128(ByteBuffer in) throws Damaged {
        long value = 0;
        for (int i = 0; i < 5; i++) {
            int b = u8(in);
            if (i == 0 && b == 0x80 || (value & 0xFE000000L) != 0) {
                throw new Damaged("a damaged WOFF2 file (a malformed table length)");
            }
            value = value << 7 | (b & 0x7F);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new Damaged("a damaged WOFF2 file (a malformed table length)");
    }

    /** A 255UInt16: one byte, or a code and one or two more. */
    static int uint255(ByteBuffer in) {
        int code = u8(in);
        return switch (code) {
            case 253 -> Short.toUnsignedInt(in.getShort());
            case 255 -> 253 + u8(in);
            case 254 -> 2 * 253 + u8(in);
            default -> code;
        };
    }

    static int u8(ByteBuffer in) {
        return Byte.toUnsignedInt(in.get());
    }

    private static int tag(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }

    private static String name(int tag) {
        return new String(new char[] {(char) (tag >>> 24), (char) (tag >> 16 & 0xFF), (char) (tag >> 8 & 0xFF),
            (char) (tag & 0xFF)});
    }
}
