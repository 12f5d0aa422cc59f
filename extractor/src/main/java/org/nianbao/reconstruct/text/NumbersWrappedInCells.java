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
 * stands right before its values, they are one more than its seven cells, exactly one pair of them
 * is two lines of one block of digits in one font, and joined, the six applicants add up to the
 * total. Elsewhere such lines stay apart (suspect values: their window is flagged), since two lines
 * of one block may as well be two rows' cells of one column.
 */
final class NumbersWrappedInCells {

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
            if (to - from != RequestsRowIdentity.WIDTH + 1) {
                continue;
            }
            List<Integer> proven = new ArrayList<>();
            for (int k = from; k + 1 < to; k++) {
                if (wrapped(out.get(k), out.get(k + 1)) && RequestsRowIdentity.holds(run(out, from, to, k))) {
                    proven.add(k);
                }
            }
            if (proven.size() == 1) {
                int k = proven.get(0);
                PrintedItem head = out.get(k);
                GridCell joined = GridCell.of(head.cell().text().strip() + out.get(k + 1).cell().text().strip(),
                        head.cell().where());
                out.set(k, new PrintedItem(Kind.VALUE, joined, null, false, false));
                out.remove(k + 1);
            }
        }
        return out;
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

    /** The run's values as numbers, with values {@code k} and {@code k + 1} joined. */
    private static List<BigDecimal> run(List<PrintedItem> items, int from, int to, int k) {
        List<BigDecimal> values = new ArrayList<>();
        for (int v = from; v < to; v++) {
            String text = items.get(v).cell().text().strip();
            if (v == k) {
                text += items.get(v + 1).cell().text().strip();
                v++;
            }
            values.add(RequestsRowIdentity.term(GridCell.of(text, items.get(from).cell().where())));
        }
        return values;
    }
}
