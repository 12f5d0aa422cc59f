package org.nianbao.reconstruct.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Laid-out text ({@code pdftotext -layout}) re-flowed by GNU {@code fmt} after it was made: {@code fmt -s}
 * cuts each line longer than its width at the last blank before it and starts the rest with the line's
 * own indentation; plain {@code fmt} also joins lines of the same indentation and refills them. Either
 * way a row of table 三 (~120 columns) ends up in pieces whose figures stand where the cut put them,
 * not under the header's columns (red team 16b: read one column off, or rotated with the row total
 * kept). Unlike a mail client's wrap ({@link WrappedLayout}) the pieces keep an indentation, and
 * {@code fmt} counts bytes (a CJK character three), not display columns.
 *
 * <p>Told by its shape: laid-out pages (form feeds) whose every line that has a blank after its
 * indent is no longer than one width of 40–100 bytes, one in three or more of them ending just short
 * of it. The page's
 * own table 三 rows are wider and have a blank right after their label, so untouched {@code -layout}
 * text never qualifies.
 */
public final class ReflowedLayout {

    /** The narrowest width taken ({@code fmt} is set to 60–80; its default is 75). */
    private static final int MIN_WIDTH = 40;
    /** The widest width taken (pdftotext lays table 三 out wider). */
    private static final int MAX_WIDTH = 100;
    /** How far short of the width a cut line may end (the cut falls at a blank before it). */
    private static final int NEAR = 12;
    /** Lines ending near the width needed before the text counts as re-flowed. */
    private static final int MIN_CUT = 15;
    /** At least one in this many of the lines that have a blank must end near the width. */
    private static final int CUT_SHARE = 3;

    private ReflowedLayout() {
    }

    /**
     * The pages of {@code lines}, a PDF's laid-out pages re-flowed by {@code fmt} to a width narrower than
     * their tables, that hold a line it cut or refilled (one ending just short of the width); none when the
     * text was not re-flowed.
     */
    public static ColumnsLost of(List<String> lines) {
        if (lines.stream().noneMatch(l -> l.indexOf('\f') >= 0)) {
            return ColumnsLost.NONE;
        }
        // a line with no blank after its indent cannot be cut: it stays whole, however wide
        int[] bytes = lines.stream().mapToInt(l -> cuttable(l) ? bytes(l.replace("\f", "").stripTrailing()) : -1).toArray();
        int[] cuttable = Arrays.stream(bytes).filter(b -> b >= 0).toArray();
        int width = Arrays.stream(cuttable).max().orElse(-1);
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return ColumnsLost.NONE;
        }
        // a page narrow enough (Chromium's print of an HTML report: 89–125 bytes) has a few lines that
        // long; fmt ends one in three or more of its lines just short of its width (red team 16b: 38–75 %)
        List<Integer> cut = IntStream.range(0, bytes.length).filter(i -> bytes[i] > width - NEAR).boxed().toList();
        return cut.size() >= MIN_CUT && cut.size() * CUT_SHARE >= cuttable.length
                ? ColumnsLost.onPagesOf(lines, cut, false) : ColumnsLost.NONE;
    }

    private static boolean cuttable(String line) {
        String s = line.replace("\f", "").stripTrailing();
        return s.indexOf(' ', s.length() - s.stripLeading().length()) >= 0;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
