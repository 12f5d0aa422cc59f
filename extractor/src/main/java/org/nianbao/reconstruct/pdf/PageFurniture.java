package org.nianbao.reconstruct.pdf;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Page numbers in the top and bottom margins (-3-, — 5 —, 第3页 共10页, 3/10): not part of the
 * report, and between the two parts of a table split by a page break they would cut it in two.
 */
final class PageFurniture {

    /** The margins' share of the page height. */
    private static final float MARGIN = 0.12f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–－一_·\\s]*+\\d{1,4}[-—–－一_·\\s]*+|第\\s*+\\d{1,4}\\s*+页(?:\\s*+[,，/]?\\s*+共\\s*+\\d{1,4}\\s*+页)?"
                    + "|\\d{1,4}\\s*+/\\s*+\\d{1,4})");

    boolean isFurniture(String text, float top, float bottom, float pageHeight) {
        boolean inMargin = bottom < MARGIN * pageHeight || top > (1 - MARGIN) * pageHeight;
        return inMargin && PAGE_NUMBER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).matches();
    }
}
