package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/**
 * A row of units alone under table 二's header, as a spreadsheet lays it out: {@code | 个 | 千元} under
 * {@code 信息内容 | 采购项目数量 | 采购总金额}, {@code | 元} under {@code 本年收费金额}; or lynx's text of it,
 * {@code （个） （千元）} on a line of its own among the header's cells. Its money unit is the amount
 * column's: only the amount column takes money, so the unit is tied to it wherever it stands in the row
 * (issue 10, class 4; red team rtu).
 *
 * @param money the money units the row names, in order ({@link MoneyUnit}'s written forms)
 * @param where where the row's first unit stands
 */
record UnitsRow(List<String> money, Location where) {

    /** One unit, bracketed or not: a count's (个, 件, 项) or money's (千元, 人民币元). */
    private static final String UNIT = "[(\\[【]?(?:(?:计量)?单位[:：]?)?(?:个|件|项|条|次|份|家|人次|(?:人民币)?" + MoneyUnit.NAMES
            + ")[)\\]】]?";
    /** The stub of a units row ({@code 计量单位 | 元}), or a unit's name before its units ({@code 计量单位 元}). */
    private static final String STUB = "(?:计量)?单位[:：]?";
    private static final Pattern UNITS_ONLY = Pattern.compile("(?:" + STUB + ")?(?:" + UNIT + ")+");
    private static final Pattern STUB_ONLY = Pattern.compile(STUB);
    private static final Pattern MONEY = Pattern.compile("(?:人民币)?" + MoneyUnit.NAMES);

    UnitsRow {
        money = List.copyOf(money);
    }

    /** Whether {@code text} is units alone, with at least one money unit among them. */
    static boolean isUnits(String text) {
        return units(text).isPresent();
    }

    /** The row {@code cells} make when every cell that is not blank is units alone and one names money; else empty. */
    static Optional<UnitsRow> of(List<GridCell> cells) {
        List<String> money = new ArrayList<>();
        Location where = Location.none();
        boolean any = false;
        for (GridCell c : cells) {
            if (c.isBlank()) {
                continue;
            }
            String flat = flat(c.text());
            if (STUB_ONLY.matcher(flat).matches()) {
                continue;
            }
            if (!UNITS_ONLY.matcher(flat).matches()) {
                return Optional.empty();
            }
            if (!any) {
                where = c.where();
                any = true;
            }
            money.addAll(moneyIn(flat));
        }
        return money.isEmpty() ? Optional.empty() : Optional.of(new UnitsRow(money, where));
    }

    /** The money units of {@code text} when it is units alone; else empty. */
    private static Optional<List<String>> units(String text) {
        String flat = flat(text);
        if (flat.isEmpty() || !UNITS_ONLY.matcher(flat).matches()) {
            return Optional.empty();
        }
        List<String> money = moneyIn(flat);
        return money.isEmpty() ? Optional.empty() : Optional.of(money);
    }

    private static String flat(String text) {
        return SimplifiedScript.of(LabelText.nfkc(text)).replaceAll("\\s", "");
    }

    private static List<String> moneyIn(String flat) {
        List<String> out = new ArrayList<>();
        Matcher m = MONEY.matcher(flat);
        while (m.find()) {
            out.add(MoneyUnit.canonical(m.group(1)));
        }
        return out;
    }

    /** The one money unit the row names; empty when it names two that differ. */
    Optional<String> unit() {
        return money.stream().distinct().count() == 1 ? Optional.of(money.get(0)) : Optional.empty();
    }
}
