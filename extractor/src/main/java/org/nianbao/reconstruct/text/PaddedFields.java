package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line of util-linux {@code column}'s output cut back into the copy's tab-separated fields at the display columns
 * where its fields start ({@link GlibcWidth}), as {@link AlignedColumns} ({@code column -t}) and {@link SeparatedColumns}
 * ({@code column -o SEP}) find them. Each field's padding is dropped, and so are trailing fields that hold nothing:
 * {@code column} padded every line to the widest line's number of fields, so those were not the copy's.
 *
 * <p>A character that takes no column (a zero-width space or joiner, a BOM, a CR) prints nothing and is left out of
 * its field's text, but a field that held one was the copy's and is kept, empty: a web editor writes U+200B into the
 * cells it shows empty ({@code <td>&#8203;</td>}), so a copy's line {@code ⇥0⇥－⇥} arrives as {@code ⇥0⇥－⇥U+200B} and
 * {@code column} keeps the last field; dropped, the line lost the tab that ends it where the lines of a cell's paragraph
 * kept theirs, and a line holding only the tab, {@code ⇥U+200B}, came out empty in a text whose other empty lines
 * {@code column} had dropped, so the row's pieces were joined a column off (red team rtg
 * {@code chromium-innertext-rtg-zwsp-empty-cells-column-o-space-2019.txt}: 法律服务机构's 0 lost, no finding). A
 * Notepad copy's CR at each line's end is kept the same way, giving the copy's trailing tabs back.
 */
final class PaddedFields {

    private PaddedFields() {
    }

    /**
     * The line's fields joined by tabs.
     *
     * @param starts    the display column where each field after the first starts, ascending
     * @param separator the display columns before each start that are {@code column}'s separator, not the field
     *                  before's (0 for {@code column -t}, whose separator is padding like the rest)
     */
    static String tabbed(String line, List<Integer> starts, int separator) {
        List<StringBuilder> text = new ArrayList<>();
        List<Boolean> held = new ArrayList<>(); // whether the field held anything, printed or not
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int width = GlibcWidth.of(cp);
            int field = fieldAt(starts, col);
            while (text.size() <= field) {
                text.add(new StringBuilder());
                held.add(false);
            }
            boolean inSeparator = field < starts.size() && col >= starts.get(field) - separator;
            if (width == 0) {
                // stands right after its field's last character, even where that character fills the column
                held.set(field, true);
            } else if (!inSeparator) {
                text.get(field).appendCodePoint(cp);
                held.set(field, held.get(field) || cp != ' ');
            }
            col += width;
            i += Character.charCount(cp);
        }
        List<String> fields = new ArrayList<>(text.stream().map(f -> f.toString().stripTrailing()).toList());
        int end = fields.size();
        while (end > 1 && !held.get(end - 1)) {
            end--;
        }
        return String.join("\t", fields.subList(0, end));
    }

    /** The index of the field the display column falls in: the number of starts at or before it. */
    private static int fieldAt(List<Integer> starts, int col) {
        int at = Collections.binarySearch(starts, col);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
