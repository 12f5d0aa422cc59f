package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.validate.Identities;

/**
 * The search behind the column identities of table 三: exact while it stays small, and when it
 * would not, it gives up and every row keeps the readings of its own evidence.
 */
class ColumnIdentitiesTest {

    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org", "total");
    private static final List<String> ROWS = List.of("new", "carried_over", "granted", "partially_granted",
            "denied_state_secret", "denied_law_prohibited", "denied_security", "denied_third_party", "denied_internal",
            "denied_process", "denied_enforcement_file", "denied_query", "unable_no_info", "unable_need_creation",
            "unable_unclear", "rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_mass_repeat",
            "rejected_confirm", "other", "total", "carried_forward");

    private final ValueParser parser = new ValueParser();
    private final Identities identities = new Identities(Catalog.standard());

    /**
     * Table 三 read from flattened rows: every row seven zeros unless given, a given row being the
     * values printed in order (blank cells lost when fewer than seven).
     */
    private List<ColumnIdentities.Row> table(Map<String, String> printed) {
        FormDecoder decoder = FormDecoder.learn(List.of(), parser, true);
        List<ColumnIdentities.Row> rows = new ArrayList<>();
        for (String row : ROWS) {
            List<GridCell> values = Arrays.stream(printed.getOrDefault(row, "0 0 0 0 0 0 0").split(" "))
                    .map(v -> GridCell.of(v, new Location.Line(ROWS.indexOf(row) + 1))).toList();
            rows.add(new ColumnIdentities.Row(row, COLUMNS, decoder.readings(values, 7, Positions.FLATTENED,
                    FormDecoder.totals(Collections.nCopies(7, ""), COLUMNS))));
        }
        return rows;
    }

    private static List<String> texts(RowFit fit) {
        return fit.cells().stream().map(c -> c.map(GridCell::text).orElse("?")).toList();
    }

    /** Four rows whose values could each stand under several columns, and totals that settle them. */
    private static Map<String, String> fourOpenRows() {
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("new", "1 2 4 8 0 0 15");
        printed.put("granted", "1 1");
        printed.put("denied_state_secret", "2 2");
        printed.put("denied_security", "4 4");
        printed.put("denied_third_party", "8 8");
        printed.put("total", "1 2 4 8 0 0 15");
        return printed;
    }

    @Test
    void settlesRowsWhoseReadingsOnlyOneChoiceMakesAddUpDownEveryColumn() {
        List<RowReadings> weighed = new ColumnIdentities(identities).weigh(table(fourOpenRows()));
        assertEquals(List.of("1", "", "", "", "", "", "1"), texts(weighed.get(ROWS.indexOf("granted")).fit()));
        assertEquals(List.of("", "", "", "8", "", "", "8"), texts(weighed.get(ROWS.indexOf("denied_third_party")).fit()));
        assertEquals(RowFit.Problem.NONE, weighed.get(ROWS.indexOf("denied_security")).fit().problem());
    }

    @Test
    void fallsBackToEachRowsOwnReadingsWhenTheSearchPassesItsCap() {
        // a cap of 3 partial sums: the six readings of one row already pass it, so nothing is ruled out
        List<ColumnIdentities.Row> rows = table(fourOpenRows());
        List<RowReadings> weighed = new ColumnIdentities(identities, 3).weigh(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).readings().fit(), weighed.get(i).fit());
        }
        RowFit granted = weighed.get(ROWS.indexOf("granted")).fit();
        assertEquals(RowFit.Problem.AMBIGUOUS, granted.problem());
        assertEquals(6, granted.doubts().size());
    }

    @Test
    void doesNotUseAnIdentityNoChoiceOfReadingsSatisfies() {
        // （七）总计 prints 5 5 5 (15): the outcomes 1, 2, 4 and 8 cannot make three fives, so the source
        // disagrees with itself somewhere, and the rows keep the readings of their own evidence
        Map<String, String> printed = fourOpenRows();
        printed.put("total", "5 5 5 0 0 0 15");
        printed.put("new", "5 5 5 0 0 0 15");
        List<ColumnIdentities.Row> rows = table(printed);
        List<RowReadings> weighed = new ColumnIdentities(identities).weigh(rows);
        assertEquals(rows.get(ROWS.indexOf("granted")).readings().fit(), weighed.get(ROWS.indexOf("granted")).fit());
    }
}
