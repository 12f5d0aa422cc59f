package org.nianbao.read;

import org.apache.poi.hwpf.usermodel.Range;

/**
 * Text of binary Word as a reader sees it: field instructions dropped (their results kept), Word's
 * control characters (cell and paragraph marks, line and page breaks, object anchors) turned into
 * line breaks or removed, lines trimmed and blank lines dropped.
 */
final class WordText {

    private WordText() {
    }

    static String clean(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r', '\n', '\u000b', '\u000c', '\u0007' -> sb.append('\n');
                case '\u001e' -> sb.append('-'); // non-breaking hyphen
                case '\u00a0' -> sb.append(' ');
                case '\t' -> sb.append('\t');
                default -> {
                    if (c >= ' ' && c != '\u001f') {
                        sb.append(c);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(sb.length());
        for (String line : sb.toString().split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(t);
            }
        }
        return out.toString();
    }
}
