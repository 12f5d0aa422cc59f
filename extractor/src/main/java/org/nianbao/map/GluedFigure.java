package org.nianbao.map;

import java.util.regex.Pattern;

/**
 * A figure at the end of a row label's own text, after a character that is not part of one
 * (行政规范性文件421, 收费80,521, 1.属于国家秘密0, 行政规范性文件１３): the label matcher reads past it, so
 * the row has a value fewer than it prints. Full-width digits count: a page printing its figures in
 * them glues them to the label as often (red team 14d: an info alone left the cell blank).
 */
final class GluedFigure {

    private static final Pattern AT_END = Pattern.compile("[^0-9０-９.,，．][0-9０-９][0-9０-９,，.．]*$");

    private GluedFigure() {
    }

    static boolean endsLabel(String label) {
        return AT_END.matcher(label.strip()).find();
    }
}
