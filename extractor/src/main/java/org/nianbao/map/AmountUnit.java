package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextLine;

/**
 * The unit a report states for its amounts outside the cells: a caption above table 二
 * ({@code （金额单位：元）}, {@code 单位：万元}) or a note under it ({@code 注：采购总金额单位为元}).
 * Column headers ({@code 采购总金额（单位：元）}) are read with the header, not here.
 *
 * @param unit 万元, 元 or 亿元
 * @param where where the statement stands
 * @param conflict the statements that disagree, in words, when there are such
 */
record AmountUnit(String unit, Location where, String conflict) {

    private static final String MONEY = "(万元|亿元|元)";
    /** A line that is only a unit caption. */
    private static final Pattern CAPTION = Pattern.compile("^\\(?(?:金额)?单位[:：]" + MONEY + "\\)?$");
    /** 金额单位 named anywhere in a short line: （单位：件；金额单位：元）. */
    private static final Pattern AMOUNT_UNIT = Pattern.compile("金额单位(?:[:：]|为|是)" + MONEY);
    /** A note under the table: 注：采购总金额单位为元. */
    private static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注)[:：]?.{0,40}?单位(?:为|是|[:：])" + MONEY);
    private static final int MAX_LINE = 60;

    /** The stated unit, from the running text and the cells of table 二's section; empty when none is stated. */
    static Optional<AmountUnit> stated(List<TextLine> text, List<SourceRow> activeRows) {
        List<AmountUnit> found = new ArrayList<>();
        for (TextLine line : text) {
            unitOf(line.text()).ifPresent(u -> found.add(new AmountUnit(u, line.where(), "")));
        }
        for (SourceRow row : activeRows) {
            for (GridCell c : row.cells()) {
                unitOf(c.text()).ifPresent(u -> found.add(new AmountUnit(u, c.where(), "")));
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AmountUnit first = found.get(0);
        List<String> others = found.stream().filter(u -> !u.unit().equals(first.unit()))
                .map(u -> u.unit() + " at " + u.where().render()).toList();
        return Optional.of(others.isEmpty() ? first : new AmountUnit(first.unit(), first.where(),
                "the report states amounts in " + first.unit() + " at " + first.where().render() + " but in "
                        + String.join(", ", others)));
    }

    private static Optional<String> unitOf(String raw) {
        String s = LabelText.nfkc(raw).replaceAll("\\s", "");
        if (s.isEmpty() || s.length() > MAX_LINE) {
            return Optional.empty();
        }
        for (Pattern p : List.of(CAPTION, AMOUNT_UNIT, NOTE)) {
            Matcher m = p.matcher(s);
            if (p == AMOUNT_UNIT ? m.find() : m.find() && m.start() == 0) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
