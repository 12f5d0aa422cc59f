package org.nianbao.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Catalog;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;

/**
 * Table 二's row labels cut by bytes (Debian {@code html2text -utf8} sizes its label column in
 * characters and prints it in bytes: {@code 行政�} for both 行政处罚 and 行政强制, {@code 其他对�}),
 * read by the block they stand in. The form fixes each block's rows and their order
 * (第二十条第（六）项: 行政处罚, then 行政强制). Within one block, the rows printed with a label are
 * placed on the form's rows of that block in order, each at most once: a cut label may go to a row
 * whose label begins with what is left of it, a label read whole to its own row. Where exactly one
 * such placement exists, the cut labels are read so, with an info {@code label-approximate}; where
 * none or several do ({@code 行政�} alone under （六）), they stay unmatched and are reported as before.
 * What this assumes: a report prints a block's rows in the form's order (every template does).
 */
final class CutRowLabels {

    private static final char CUT = '\uFFFD';
    private static final Pattern BLOCK = Pattern.compile("第二十条第\\(?([一二三四五六七八九十]+)\\)?项");

    private final LabelMatcher rowLabels;
    /** The rows of each block, in the form's order, both forms together. */
    private final Map<String, List<String>> blocks = new LinkedHashMap<>();

    CutRowLabels(LabelMatcher rowLabels, Catalog catalog) {
        this.rowLabels = rowLabels;
        for (KeySpec spec : catalog.specs()) {
            if (spec.key().table() != TableId.ACTIVE) {
                continue;
            }
            block(spec.rowLabelPath()).ifPresent(b -> {
                List<String> rows = blocks.computeIfAbsent(b, k -> new ArrayList<>());
                if (!rows.contains(spec.key().row())) {
                    rows.add(spec.key().row());
                }
            });
        }
    }

    /** What the cut labels of table 二's rows are read as, by index in {@code rows}, where one placement fits. */
    Map<Integer, LabelMatch> read(List<SourceRow> rows, ValueParser parser) {
        Map<Integer, LabelMatch> read = new HashMap<>();
        Optional<String> current = Optional.empty();
        List<Printed> printed = new ArrayList<>();
        for (int at = 0; at < rows.size(); at++) {
            LabeledRow lr = LabeledRow.find(rows.get(at), rowLabels::match, parser);
            Optional<String> title = lr.before().stream().map(c -> block(c.text()))
                    .flatMap(Optional::stream).reduce((a, b) -> b);
            if (title.isPresent()) {
                current.ifPresent(b -> read.putAll(place(b, printed)));
                current = title;
                printed.clear();
            }
            String last = lr.before().isEmpty() ? "" : lr.before().get(lr.before().size() - 1).text();
            boolean values = lr.values().stream().anyMatch(c -> !c.isBlank() && parser.isValue(c.text()));
            if (!values || lr.match().isEmpty() && (last.isEmpty() || block(last).isPresent())) {
                // no value printed (a wrapped label's second line, |服务事�|�___|), or values under no
                // label of their own: no row of the block
                continue;
            }
            Optional<String> rest = lr.match().isPresent() ? Optional.empty() : readable(last);
            printed.add(new Printed(at, lr.match().map(LabelMatch::id), rest));
        }
        current.ifPresent(b -> read.putAll(place(b, printed)));
        return read;
    }

    /** The block number of a title or a label path ({@code 六}), if it names one. */
    static Optional<String> block(String text) {
        Matcher m = BLOCK.matcher(LabelText.nfkc(text).replaceAll("\\s+", ""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** What is left of a label cut by bytes ({@code 行政} of {@code 行政�}); empty when it is not one. */
    static Optional<String> readable(String label) {
        String s = label.strip().replaceAll("_+$", "");
        int cut = s.indexOf(CUT);
        if (cut < 2 || s.substring(cut).chars().anyMatch(c -> c != CUT)
                || s.substring(0, cut).chars().anyMatch(c -> Character.isDigit(c) || c == '_')) {
            return Optional.empty();
        }
        return Optional.of(s.substring(0, cut));
    }

    /**
     * One printed row of a block: the row its label names, or what is left of a cut label.
     *
     * @param at  the row's index among the table's source rows
     * @param row the row read from a whole label, if any
     * @param cut what is left of a cut label, if the label was cut (neither: a label that names no
     *            row, which still stands for one of the block's rows)
     */
    record Printed(int at, Optional<String> row, Optional<String> cut) {
    }

    /**
     * What the cut labels of one block are read as, by index, when exactly one placement fits
     * ({@link FormOrder}: every printed row of the block stands for one row only); empty otherwise.
     */
    private Map<Integer, LabelMatch> place(String block, List<Printed> printed) {
        List<String> rows = blocks.getOrDefault(block, List.of());
        if (printed.stream().noneMatch(p -> p.cut().isPresent())) {
            return Map.of();
        }
        List<List<String>> found = FormOrder.candidates(rows, printed.size(), (i, row) -> fits(printed.get(i), row));
        if (found.stream().anyMatch(c -> c.size() != 1)) {
            return Map.of();
        }
        Map<Integer, LabelMatch> read = new HashMap<>();
        for (int i = 0; i < printed.size(); i++) {
            Printed p = printed.get(i);
            String row = found.get(i).get(0);
            p.cut().flatMap(c -> rowLabels.begunAs(c, row)).ifPresent(m -> read.put(p.at(), m));
        }
        return read;
    }

    /** Whether a printed row may be the block's row {@code row}: its own, one its cut label begins, any for a label naming none. */
    private boolean fits(Printed p, String row) {
        return p.row().map(row::equals).orElse(false)
                || p.cut().flatMap(c -> rowLabels.begunAs(c, row)).isPresent()
                || p.row().isEmpty() && p.cut().isEmpty();
    }
}
