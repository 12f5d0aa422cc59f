package org.nianbao.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units a report states for table 二's amounts outside their cells: one for every amount
 * ({@code （单位：万元）}), and one for a single amount where a caption names it
 * ({@code （单位：万元；收费金额：元）}, {@code （收费金额单位：万元，采购金额单位：元）}): the specific statement
 * governs its amount, the general one the rest (issue 10, class 4; red team rtu).
 *
 * @param general the unit stated for all amounts, if any
 * @param byRow the unit stated for one amount, by the id of its row ({@code fees}, {@code procurement})
 * @param unplaced money units printed among table 二's lines that no caption, header or label
 *     accounts for ({@code （千元）} cut off its header by Debian html2text and printed past the table),
 *     each with where it stands: an amount with no unit of its own is then flagged, never read as 万元
 */
record StatedUnits(Optional<AmountUnit> general, Map<String, AmountUnit> byRow, List<AmountUnit> unplaced) {

    StatedUnits {
        byRow = Map.copyOf(byRow);
        unplaced = List.copyOf(unplaced);
    }

    static StatedUnits none() {
        return new StatedUnits(Optional.empty(), Map.of(), List.of());
    }

    /** The unit stated for the amount of row {@code rowId}: its own where a caption names it, else the general one. */
    Optional<AmountUnit> forRow(String rowId) {
        AmountUnit own = byRow.get(rowId);
        return own != null ? Optional.of(own) : general;
    }
}
