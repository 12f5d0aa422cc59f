package org.nianbao.map;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional characters read as simplified, for matching only: reports mirrored or re-published
 * in traditional script (年度報告, 本機關不掌握相關政府信息, 處理) carry the same labels. HanLP's
 * phrase dictionary does the conversion (loaded once per JVM, about a second, on the first
 * call); a cell's {@code raw} text is never converted.
 */
final class SimplifiedScript {

    private SimplifiedScript() {
    }

    /** {@code s} in simplified characters; text with no CJK character is returned as it is. */
    static String of(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isIdeographic(s.charAt(i))) {
                return HanLP.convertToSimplifiedChinese(s);
            }
        }
        return s;
    }
}
