package org.nianbao.reconstruct.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 三 as {@code pdftotext}'s default mode prints LibreOffice's (or Word's) PDF of a report: the
 * row labels, wrapped in their narrow column ({@code 2、其} / {@code 他法律} / {@code 行政法} …), come out
 * as one run of text ahead of the values, several rows' labels in one block, and the values follow
 * one block each, row by row, left to right. Where two rows' cells of one column touch (rows one
 * line high), poppler joins them into one block of two lines and prints it out of that order.
 *
 * <p>Nothing on the page ties a value to its label here; what places them is the form. When the
 * table's values are exactly as many as the form's cells (7 for each of its rows: no blank cell was
 * lost, no other number crept in), the <em>k</em>-th run of seven values is the <em>k</em>-th row's.
 * A row is read only when that run is seven blocks of one value each, with no text printed among them,
 * no block of two rows' cells in it or in the runs beside it, and digits of one font in it and in the
 * runs beside it (each font has its own baseline, and poppler may print one font's blocks late); the
 * other rows' values are kept at their cells, flagged. The row's identity (the six applicants add up to the total, templates.md) is
 * not asked here: the validator checks it on every row read, so a run that is not the row's, or a
 * source that does not add up, is flagged at the row either way, and a source's own inconsistency
 * is reported as such instead of as a layout doubt. Text whose values do not fill the form is not read
 * here: which cells were blank cannot be told.
 */
final class LabelsAheadOfValues {

    private static final int WIDTH = 7;
    /** A row's number inside a run of labels: （一） (二) 三、 1、 2. */
    private static final Pattern NUMBER = Pattern.compile(
            "[（(]\\s*[一二三四五六七八九十]{1,2}\\s*[)）]|[一二三四五六七八九十]{1,2}\\s*、|\\d{1,2}\\s*[、.．]");
    /**
     * Table 三's header as the form prints it, each level's cells left to right. poppler prints a
     * level's cells in that order when no value comes between them.
     */
    private static final List<List<String>> HEADER = List.of(
            List.of("自然人", "法人或其他组织", "总计"),
            List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
    /** The shortest label a prefix match may take: a number and a few words. */
    private static final int MIN_LABEL = 5;

    private final Predicate<String> isValue;
    private final FormRows form;

    LabelsAheadOfValues(Predicate<String> isValue, FormRows form) {
        this.isValue = isValue;
        this.form = form;
    }

    /**
     * A value, how many lines its block has (more than one: a column of touching rows), and how many
     * blocks of text were printed before it.
     */
    private record Value(GridCell cell, int blockLines, int textBefore) {
    }

    /** A row's label as printed, and where it starts. */
    private record Label(String text, Location at) {
    }

    /**
     * {@code rows} (the block reader's rows) with table 三's replaced by this layout's, when the text
     * shows it: labels of several rows in one block, and values that fill the form. Empty otherwise.
     */
    Optional<List<List<GridCell>>> reread(List<String> lines, List<List<Integer>> blocks, List<List<GridCell>> rows) {
        int from = -1;
        int to = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String text = PrintedBlocks.text(lines.get(i)).strip();
            Optional<TableId> title = text.isEmpty() ? Optional.empty() : form.title(text);
            if (from < 0 && title.filter(t -> t == TableId.REQUESTS).isPresent()) {
                from = i;
            } else if (from >= 0 && (title.filter(t -> t == TableId.APPEALS).isPresent() && form.row(text).isEmpty()
                    || AppealsValues.AFTER_TABLES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find())) {
                to = i;
                break;
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        List<Value> values = new ArrayList<>();
        List<GridCell> headerCells = new ArrayList<>();
        List<Integer> valuesBeforeHeader = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> lineOf = new ArrayList<>(); // the line each character of text came from
        boolean labelsTogether = false;
        int textBlocks = 0;
        for (List<Integer> block : blocks) {
            if (block.get(0) < from || block.get(0) >= to) {
                continue;
            }
            int numbers = 0;
            String whole = block.stream().map(i -> PrintedBlocks.text(lines.get(i)).strip())
                    .collect(Collectors.joining()).replaceAll("\\s", "");
            if (HEADER.stream().anyMatch(level -> level.contains(whole))) {
                headerCells.add(GridCell.of(whole, new Location.Line(block.get(0) + 1)));
                valuesBeforeHeader.add(values.size());
                textBlocks++;
                continue;
            }
            for (int i : block) {
                String line = PrintedBlocks.text(lines.get(i)).strip();
                if (isValue.test(line)) {
                    values.add(new Value(GridCell.of(line, new Location.Line(i + 1)), block.size(), textBlocks));
                } else {
                    Matcher m = NUMBER.matcher(line);
                    while (m.find()) {
                        numbers++;
                    }
                    text.append(line);
                    line.chars().forEach(c -> lineOf.add(i));
                }
            }
            labelsTogether |= numbers >= 3;
            textBlocks += block.stream().anyMatch(i -> !isValue.test(PrintedBlocks.text(lines.get(i)).strip())) ? 1 : 0;
        }
        if (!labelsTogether) {
            return Optional.empty(); // each label printed with its row: the block reader's layout
        }
        Map<String, Label> labels = labels(text.toString(), lineOf);
        Optional<Template> template = template(labels);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        List<FormRow> formRows = form.rows(TableId.REQUESTS, template.get());
        if (formRows.isEmpty() || values.size() != WIDTH * formRows.size()) {
            return Optional.empty();
        }
        List<List<GridCell>> table = new ArrayList<>(header(headerCells, valuesBeforeHeader));
        for (int k = 0; k < formRows.size(); k++) {
            Label label = labels.get(formRows.get(k).id());
            if (label == null) {
                continue; // no label printed for it: the mapper reports the row missing
            }
            List<Value> run = values.subList(WIDTH * k, WIDTH * (k + 1));
            List<GridCell> cells = run.stream().map(Value::cell).toList();
            // a column block of two rows, or a font on its own baseline, is printed out of order and
            // may push a value into the run of the row beyond it
            List<Value> near = values.subList(Math.max(0, WIDTH * (k - 1)), Math.min(values.size(), WIDTH * (k + 2)));
            String doubt = near.stream().anyMatch(v -> v.blockLines() > 1)
                    ? "pdftotext printed cells of this row or the next or previous one in one block with another row's "
                    + "(a column of touching rows), out of the columns' order, so which cell each belongs to cannot be told"
                    : mixedGlyphs(values, k - 1) || mixedGlyphs(values, k) || mixedGlyphs(values, k + 1)
                    ? "this row or the next or previous one mixes digits of different fonts (ASCII, full-width) or blank "
                    + "marks, which poppler may print out of their columns' order, so which cell each belongs to cannot be told"
                    : run.get(0).textBefore() != run.get(WIDTH - 1).textBefore()
                    ? "pdftotext printed other text (column headers) among this row's values, so the order they "
                    + "belong in is not established"
                    : null;
            List<GridCell> row = new ArrayList<>();
            row.add(GridCell.of(label.text(), label.at()));
            cells.forEach(c -> row.add(doubt == null ? c : c.noted(CellNote.unplaced(doubt))));
            table.add(row);
        }
        return Optional.of(splice(rows, table, from + 1, to));
    }

    /**
     * True when the {@code k}-th run of seven mixes glyphs of different fonts: ASCII digits,
     * full-width digits, blank marks ({@code －}). Each font sits on its own baseline in LibreOffice's
     * PDF, and poppler may print one font's blocks of a row after the other's (a generated 2019
     * report: {@code 75 0 0 － － 0 －} for {@code － － － 75 0 0 75}), or among the next row's.
     */
    private static boolean mixedGlyphs(List<Value> values, int k) {
        if (k < 0 || WIDTH * (k + 1) > values.size()) {
            return false;
        }
        return values.subList(WIDTH * k, WIDTH * (k + 1)).stream().map(v -> glyphs(v.cell().text())).distinct().count() > 1;
    }

    private static String glyphs(String value) {
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "ascii";
        }
        return value.chars().allMatch(c -> c >= '０' && c <= '９') ? "full-width" : "mark";
    }

    /**
     * Each of table 三's rows whose label the text holds: the run is cut at every row number, and a
     * piece names a row when it or its longest prefix does (a piece may run on into the column
     * headers printed after it).
     */
    private Map<String, Label> labels(String text, List<Integer> lineOf) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            starts.add(m.start());
        }
        Map<String, Label> out = new HashMap<>();
        for (int s = 0; s < starts.size(); s++) {
            int start = starts.get(s);
            int end = s + 1 < starts.size() ? starts.get(s + 1) : text.length();
            // the whole piece first, however short (3、其他), then its prefixes
            for (int e = end; e == end || e - start >= MIN_LABEL; e--) {
                String piece = text.substring(start, e).strip();
                Optional<FormRow> row = form.row(piece).filter(r -> r.table() == TableId.REQUESTS);
                if (row.isPresent()) {
                    out.putIfAbsent(row.get().id(), new Label(piece, new Location.Line(lineOf.get(start) + 1)));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The form with more of its own rows named (2021's rows under （六）其他处理; 2019's （六）其他处理
     * itself, which 2021 prints as the group's label); empty when neither has more.
     */
    private Optional<Template> template(Map<String, Label> labels) {
        Map<Template, Integer> own = new EnumMap<>(Template.class);
        for (Template t : Template.values()) {
            own.put(t, (int) form.rows(TableId.REQUESTS, t).stream()
                    .filter(r -> r.widths().size() == 1 && labels.containsKey(r.id())).count());
        }
        int most = own.values().stream().max(Integer::compare).orElse(0);
        List<Template> best = own.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return most > 0 && best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
    }

    /**
     * The header's two levels as printed, when poppler printed each cell once, no value among them,
     * in the form's order; else none, and the mapper says it placed the values by the form's order
     * (a report may print its columns in another order, and out of that order nothing could tell).
     */
    private static List<List<GridCell>> header(List<GridCell> cells, List<Integer> valuesBefore) {
        List<String> printed = cells.stream().map(GridCell::text).toList();
        List<String> form = HEADER.stream().flatMap(List::stream).toList();
        if (!printed.equals(form) || valuesBefore.stream().distinct().count() != 1) {
            return List.of();
        }
        int upper = HEADER.get(0).size();
        return List.of(cells.subList(0, upper), cells.subList(upper, cells.size()));
    }

    /**
     * The rows with every cell on lines {@code first}..{@code last} (1-based, {@code first}
     * exclusive: the table's title stays) taken out, and {@code table} put where the first was. A
     * row the block reader ran across the table's start (table 二's last header cell, the title,
     * table 三's header) keeps its cells outside.
     */
    private static List<List<GridCell>> splice(List<List<GridCell>> rows, List<List<GridCell>> table, int first, int last) {
        List<List<GridCell>> out = new ArrayList<>();
        boolean inserted = false;
        for (List<GridCell> row : rows) {
            List<GridCell> outside = row.stream().filter(c -> !(c.where() instanceof Location.Line l
                    && l.line() > first && l.line() <= last)).toList();
            if (outside.size() < row.size() && !inserted) {
                if (!outside.isEmpty()) {
                    out.add(outside);
                }
                out.addAll(table);
                inserted = true;
            } else if (!outside.isEmpty()) {
                out.add(outside);
            }
        }
        if (!inserted) {
            out.addAll(table);
        }
        return out;
    }
}
