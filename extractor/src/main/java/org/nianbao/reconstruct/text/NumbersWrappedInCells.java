package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * A number a narrow cell wrapped, which {@code pdftotext} prints as two lines of one block
 * ({@code ２３} / {@code １} for 231), joined where table 三's row identity proves it: the row's label
 * stands right before its values, they are one or two more than its seven cells, and of the pairs of
 * them that are two lines of one block of digits in one font, exactly one set of that many (sharing
 * no line) makes the six applicants add up to the total when joined. Elsewhere such lines stay apart
 * (suspect values: their window is flagged), since two lines of one block may as well be two rows'
 * cells of one column.
 */
final class NumbersWrappedInCells {

    /**
     * At most this many numbers wrapped in one row: a 2019 page of seed 7319 wrapped two in one row
     * ({@code ２０} / {@code ８} … {@code ３８} / {@code １}); with more, the pairs' sets grow and chance
     * sums with them.
     */
    private static final int MAX_WRAPPED = 2;

    private NumbersWrappedInCells() {
    }

    /** {@code items} with each wrapped number the identity proves joined into one value. */
    static List<PrintedItem> joined(List<PrintedItem> items) {
        List<PrintedItem> out = new ArrayList<>(items);
        for (int i = 0; i < out.size(); i++) {
            PrintedItem label = out.get(i);
            if (label.kind() != Kind.ROW || label.row().table() != TableId.REQUESTS
                    || label.row().widths().values().stream().anyMatch(w -> w != RequestsRowIdentity.WIDTH)) {
                continue;
            }
            int from = i + 1;
            int to = from;
            while (to < out.size() && out.get(to).kind() == Kind.VALUE) {
                to++;
            }
            int extra = to - from - RequestsRowIdentity.WIDTH;
            if (extra < 1 || extra > MAX_WRAPPED) {
                continue;
            }
            List<Integer> candidates = new ArrayList<>();
            for (int k = from; k + 1 < to; k++) {
                if (wrapped(out.get(k), out.get(k + 1))) {
                    candidates.add(k);
                }
            }
            List<List<Integer>> proven = new ArrayList<>();
            int end = to;
            choose(candidates, 0, extra, new ArrayList<>(), pairs -> {
                if (RequestsRowIdentity.holds(run(out, from, end, pairs))) {
                    proven.add(List.copyOf(pairs));
                }
            });
            if (proven.size() == 1) {
                List<Integer> pairs = proven.get(0);
                for (int p = pairs.size() - 1; p >= 0; p--) {
                    int k = pairs.get(p);
                    PrintedItem head = out.get(k);
                    GridCell joined = GridCell.of(head.cell().text().strip() + out.get(k + 1).cell().text().strip(),
                            head.cell().where());
                    out.set(k, new PrintedItem(Kind.VALUE, joined, null, false, false));
                    out.remove(k + 1);
                }
            }
        }
        return out;
    }

    /**
     * Calls {@code use} with every set of {@code n} pairs among the candidates that share no line, in
     * order ({@code candidates} are the first lines of pairs of consecutive values).
     */
    private static void choose(List<Integer> candidates, int at, int n, List<Integer> chosen,
                               java.util.function.Consumer<List<Integer>> use) {
        if (chosen.size() == n) {
            use.accept(chosen);
            return;
        }
        for (int c = at; c < candidates.size(); c++) {
            int k = candidates.get(c);
            if (!chosen.isEmpty() && chosen.get(chosen.size() - 1) + 1 >= k) {
                continue; // two pairs sharing a line: ２ / ３ / １ is one number cut twice or none
            }
            chosen.add(k);
            choose(candidates, c + 1, n, chosen, use);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** True when {@code a} and {@code b} are two lines of one block, each digits only, in one font. */
    private static boolean wrapped(PrintedItem a, PrintedItem b) {
        return a.suspect() && b.suspect() && !a.besideText() && !b.besideText()
                && a.cell().where() instanceof Location.Line la && b.cell().where() instanceof Location.Line lb
                && lb.line() == la.line() + 1
                && digits(a.cell().text()) && digits(b.cell().text())
                && DigitFonts.numberFonts(a.cell().text()) == DigitFonts.numberFonts(b.cell().text());
    }

    private static boolean digits(String text) {
        String s = text.strip();
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    /** The run's values as numbers, with each value in {@code pairs} joined to the one after it. */
    private static List<BigDecimal> run(List<PrintedItem> items, int from, int to, List<Integer> pairs) {
        List<BigDecimal> values = new ArrayList<>();
        for (int v = from; v < to; v++) {
            String text = items.get(v).cell().text().strip();
            if (pairs.contains(v)) {
                text += items.get(v + 1).cell().text().strip();
                v++;
            }
            values.add(RequestsRowIdentity.term(GridCell.of(text, items.get(from).cell().where())));
        }
        return values;
    }
}
