package org.nianbao.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of {@code canonical-keys.csv}: a cell of the official format, the templates it belongs
 * to and its standard labels.
 *
 * @param rowLabelPath the row's label path, segments separated by {@code /}
 * @param columnLabel the column's label path, segments separated by {@code /}
 * @param note free text; a {@code 2021: path | label} note gives the 2021 wording of a shared cell
 */
public record KeySpec(CanonicalKey key, Set<Template> templates, String rowLabelPath, String columnLabel,
                      String note) {

    public KeySpec {
        Objects.requireNonNull(key, "key");
        templates = Set.copyOf(templates);
        Objects.requireNonNull(rowLabelPath, "rowLabelPath");
        Objects.requireNonNull(columnLabel, "columnLabel");
        note = note == null ? "" : note;
    }

    public boolean in(Template template) {
        return templates.contains(template);
    }

    /** The last segment of the row label path: the row's own label, e.g. {@code （一）予以公开}. */
    public String rowLabel() {
        return last(rowLabelPath);
    }

    /** The last segment of the column label, e.g. {@code 商业企业}. */
    public String columnLeafLabel() {
        return last(columnLabel);
    }

    /** Labels this cell's column is also written with in the 2021 format, from the note. */
    public List<String> column2021Labels() {
        if (!note.startsWith("2021:") || !note.contains("|")) {
            return List.of();
        }
        return List.of(note.substring(note.indexOf('|') + 1).trim());
    }

    private static String last(String path) {
        // label paths use "/" between segments; no standard label contains one except 本年增/减,
        // which is a column label and never a path
        return path.equals("本年增/减") ? path : path.substring(path.lastIndexOf('/') + 1);
    }
}
