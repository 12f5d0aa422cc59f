package org.nianbao.reconstruct.text;

import java.util.regex.Pattern;

/**
 * Whether a row label starts at a place in a line: a Han character or bracket, after a sub-label's number
 * ({@code 1.}, {@code (三)}) if any. A run of spaces before a label may hold an indent besides the tabs a copy
 * wrote as spaces: offices indent sub-labels with full-width spaces or {@code &nbsp;} ({@code 　　1.属于国家秘密}),
 * which a clean-up normalising the text to half-width (NFKC) turns into spaces, so such a run says nothing
 * exact about the tab's width or stops, while a run before a figure does.
 */
final class LabelAhead {

    private static final Pattern LABEL = Pattern.compile(
            "(?:\\d{1,2}[.．、]|[(（][一二三四五六七八九十\\d]{1,3}[)）])?[\\p{IsHan}(（]");

    private LabelAhead() {
    }

    /** True when a label starts at {@code at} in {@code line}. */
    static boolean at(String line, int at) {
        return LABEL.matcher(line).region(at, line.length()).lookingAt();
    }
}
