package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * The windows of tables 二 and 三: labels printed in the form's order are anchors, and a window holds
 * the rows from one anchor up to the next with the values printed between them, read only when they
 * fill the rows exactly (the widths of the form's rows, one choice only).
 */
final class ValueWindows {

    private static final int MAX_WINDOW_ROWS = 8;
    /**
     * How many windows after one that its values do not fill it may be joined with: three, since poppler
     * prints （六）其他处理's second and third rows, （七）总计 and 四、结转 as 28 values then the last three
     * labels when the group opens a page (11 of seeds 2024's and 901's 120 documents gain rows with three).
     */
    private static final int MAX_WINDOWS_JOINED = 3;

    /**
     * A window and the widths of its rows its values fill exactly, when there is one such choice.
     */
    record Filled(ValueWindow window, Optional<int[]> widths) {
    }

    private final FormRows form;

    ValueWindows(FormRows form) {
        this.form = form;
    }

    /**
     * The windows of tables 二 and 三: {@code labels} are the items naming rows, {@code position[i]}
     * the number of values printed before item {@code i}, {@code end} the first item past the two
     * tables. A window whose values do not fill its rows is joined with up to three after it when
     * together they fill them all (labels printed after their values).
     */
    List<Filled> of(List<PrintedItem> items, int end, List<Integer> labels, int[] position, int valueCount) {
        Map<TableId, Set<Template>> forms = formsByHeaders(items, end);
        List<Integer> anchors = anchors(items, labels);
        List<ValueWindow> windows = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            int first = anchors.get(a);
            int next = a + 1 < anchors.size() ? anchors.get(a + 1) : -1;
            int lo = items.get(first).row().order();
            int hi = next < 0 ? Integer.MAX_VALUE : items.get(next).row().order();
            List<Integer> rows = new ArrayList<>();
            for (int l : labels) {
                int o = items.get(l).row().order();
                if (l == first || !anchors.contains(l) && o > lo && o < hi) {
                    rows.add(l);
                }
            }
            if (a == 0) { // labels printed out of order before the first anchor's row
                for (int l : labels) {
                    if (!anchors.contains(l) && items.get(l).row().order() < lo) {
                        rows.add(l);
                    }
                }
            }
            rows.sort((x, y) -> Integer.compare(items.get(x).row().order(), items.get(y).row().order()));
            // a table's title is printed between the tables: values after it are not this table's
            int stop = next < 0 ? end : next;
            TableId table = items.get(first).row().table();
            for (int i = first + 1; i < stop; i++) {
                PrintedItem it = items.get(i);
                if (it.kind() == Kind.TEXT && form.title(it.cell().text()).filter(t -> t != table).isPresent()) {
                    stop = i;
                    break;
                }
            }
            windows.add(new ValueWindow(rows, position[first], stop == end ? valueCount : position[stop]));
        }
        List<Optional<int[]>> fits = new ArrayList<>();
        for (ValueWindow w : windows) {
            fits.add(widths(items, w, forms));
        }
        // a window whose values over- or under-fill it may have traded values with the next one
        List<Filled> merged = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            ValueWindow win = windows.get(w);
            Optional<int[]> fit = fits.get(w);
            int last = w;
            for (int more = w + 1; fit.isEmpty() && more < windows.size() && more <= w + MAX_WINDOWS_JOINED; more++) {
                List<Integer> rows = new ArrayList<>(win.rows());
                for (int k = w + 1; k <= more; k++) {
                    rows.addAll(windows.get(k).rows());
                }
                ValueWindow joined = new ValueWindow(rows, win.from(), windows.get(more).to());
                Optional<int[]> joinedFit = widths(items, joined, forms);
                if (joinedFit.isPresent()) {
                    win = joined;
                    fit = joinedFit;
                    last = more;
                }
            }
            merged.add(new Filled(win, fit));
            w = last;
        }
        return merged;
    }

    /** Templates the headers of each table name (table 二's column headers differ between the forms). */
    private Map<TableId, Set<Template>> formsByHeaders(List<PrintedItem> items, int end) {
        Set<Template> active = EnumSet.noneOf(Template.class);
        for (int i = 0; i < end; i++) {
            if (items.get(i).kind() == Kind.TEXT) {
                form.headerForm(items.get(i).cell().text()).ifPresent(active::add);
            }
            if (items.get(i).kind() == Kind.ROW && items.get(i).row().table() == TableId.ACTIVE
                    && items.get(i).row().widths().size() == 1) {
                active.addAll(items.get(i).row().widths().keySet());
            }
        }
        return Map.of(TableId.ACTIVE, active);
    }

    /** The labels printed in the form's order (the longest such run); the others were moved. */
    private static List<Integer> anchors(List<PrintedItem> items, List<Integer> labels) {
        int n = labels.size();
        int[] length = new int[n];
        int[] before = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            before[i] = -1;
            for (int j = 0; j < i; j++) {
                if (items.get(labels.get(j)).row().order() < items.get(labels.get(i)).row().order()
                        && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    before[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = best; i >= 0; i = before[i]) {
            out.add(0, labels.get(i));
        }
        return out;
    }

    /**
     * The widths of the window's rows that its values fill exactly, when there is one such choice
     * (a row of table 二 has 3 cells in 2019 and 1 in 2021); empty when none or several.
     */
    private static Optional<int[]> widths(List<PrintedItem> items, ValueWindow w, Map<TableId, Set<Template>> forms) {
        if (w.rows().size() > MAX_WINDOW_ROWS) {
            return Optional.empty();
        }
        List<int[]> options = new ArrayList<>();
        for (int r : w.rows()) {
            FormRow row = items.get(r).row();
            Set<Template> named = forms.getOrDefault(row.table(), Set.of());
            Set<Integer> ws = new LinkedHashSet<>();
            row.widths().forEach((t, width) -> {
                if (named.size() != 1 || named.contains(t)) {
                    ws.add(width);
                }
            });
            if (ws.isEmpty()) {
                ws.addAll(row.widths().values());
            }
            options.add(ws.stream().mapToInt(Integer::intValue).toArray());
        }
        List<int[]> fits = new ArrayList<>();
        choose(options, 0, new int[options.size()], w.to() - w.from(), fits);
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static void choose(List<int[]> options, int at, int[] chosen, int left, List<int[]> fits) {
        if (at == options.size()) {
            if (left == 0 && fits.stream().noneMatch(f -> Arrays.equals(f, chosen))) {
                fits.add(chosen.clone());
            }
            return;
        }
        for (int width : options.get(at)) {
            if (width <= left) {
                chosen[at] = width;
                choose(options, at + 1, chosen, left - width, fits);
            }
        }
    }
}
