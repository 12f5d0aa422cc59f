package org.nianbao.map;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.model.Catalog;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.text.FormRow;
import org.nianbao.reconstruct.text.FormRows;

/**
 * The form's rows and headers as the mapper's label matching reads them, for readers that rebuild
 * rows from text that lost them ({@code pdftotext}'s block order). Stricter than the mapper where a
 * wrong answer would move values: a numbered row ({@code （七）总计}) is named only by a label that
 * carries a number too, so table 三's column header {@code 总计} names no row, and {@code 3.其他}
 * only with its number.
 */
public final class FormRowBook implements FormRows {

    /** A label's leading number: 一、 （一） (一) 1. 1、 */
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*([一二三四五六七八九十]{1,3}\\s*[、,.．]|[（(]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[)）]|\\d{1,3}\\s*[.、,．])");

    private final LabelBook labels;
    private final Map<String, FormRow> rows = new HashMap<>();
    private final Map<String, Template> headerForms = new HashMap<>();

    public FormRowBook(Catalog catalog) {
        this.labels = new LabelBook(catalog);
        Map<String, Map<Template, Integer>> widths = new LinkedHashMap<>();
        Map<String, Set<Template>> columnForms = new HashMap<>();
        for (KeySpec s : catalog.specs()) {
            String key = s.key().table().id() + "/" + s.key().row();
            Map<Template, Integer> w = widths.computeIfAbsent(key, k -> new EnumMap<>(Template.class));
            for (Template t : s.templates()) {
                w.merge(t, 1, Integer::sum);
            }
            if (s.key().table() == TableId.ACTIVE) {
                columnForms.computeIfAbsent(s.key().column(), k -> EnumSet.noneOf(Template.class)).addAll(s.templates());
            }
        }
        // the catalog lists 2021's rows after 2019's; in the form, 2021's three 其他处理 rows stand
        // where 2019's single （六）其他处理 does, before （七）总计
        List<String> order = new ArrayList<>(widths.keySet());
        List<String> otherRows = order.stream().filter(k -> k.startsWith(TableId.REQUESTS.id() + "/other_")).toList();
        order.removeAll(otherRows);
        order.addAll(order.indexOf(TableId.REQUESTS.id() + "/other") + 1, otherRows);
        for (String k : order) {
            String[] key = k.split("/");
            rows.put(k, new FormRow(TableId.fromId(key[0]).orElseThrow(), key[1], order.indexOf(k), widths.get(k)));
        }
        columnForms.forEach((column, forms) -> {
            if (forms.size() == 1) {
                headerForms.put(column, forms.iterator().next());
            }
        });
    }

    @Override
    public Optional<FormRow> row(String label) {
        boolean numbered = NUMBERED.matcher(LabelText.nfkc(label)).find();
        Optional<FormRow> requests = labels.requestsRows.match(label)
                .or(() -> labels.requestsRowsInOtherGroup.match(label).filter(m -> numbered))
                .filter(m -> numbered) // every row of table 三 is numbered
                .map(m -> rows.get(TableId.REQUESTS.id() + "/" + m.id()));
        if (requests.isPresent()) {
            return requests;
        }
        Optional<FormRow> active = labels.activeRows.match(label).map(m -> rows.get(TableId.ACTIVE.id() + "/" + m.id()));
        if (active.isPresent()) {
            return active;
        }
        return labels.appealsRows.match(label).filter(m -> !LabelBook.isNoise(m.id()))
                .map(m -> rows.get(TableId.APPEALS.id() + "/" + m.id()));
    }

    /** True when the label starts with a row number (一、 （一） 1.): table 三's rows all do, its column headers never. */
    static boolean numbered(String label) {
        return NUMBERED.matcher(LabelText.nfkc(label)).find();
    }

    @Override
    public Optional<TableId> title(String text) {
        return labels.sections.match(text).filter(m -> !m.id().equals(Section.END.name()))
                .map(m -> TableId.valueOf(m.id()));
    }

    @Override
    public List<FormRow> rows(TableId table, Template form) {
        return rows.values().stream().filter(r -> r.table() == table && r.widths().containsKey(form))
                .sorted(Comparator.comparingInt(FormRow::order)).toList();
    }

    @Override
    public Optional<Template> headerForm(String text) {
        return labels.activeColumns.match(text).map(m -> headerForms.get(m.id()));
    }
}
