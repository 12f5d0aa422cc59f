package org.nianbao.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.agency.AgencyName;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

/**
 * The one identity across documents ({@code cross-year}, a warning): an agency's requests carried
 * over into a year equal those it carried forward the year before, when both reports are in the
 * batch. An agency is known by its {@link AgencyName#key()}, which the caller gives: titles that
 * word one agency differently (沭阳县人民政府, 沭阳县政府, 沭阳縣人民政府) are one agency. Built in a first pass over the batch and kept compact: per agency and year only the first
 * report's key and its carried-forward values, never its cells; the second pass asks it for each
 * document's findings. Public for the Spark job, which runs it per agency.
 */
public final class CrossYearIndex {

    private static final int TABLE = 0;
    private static final int ROW = 1;
    private static final int COLUMN = 2;
    private static final int VALUE = 3;
    private static final int LOCATION = 5;

    private record Prior(String document, Map<String, String> carriedForward) {
    }

    private final Map<String, Prior> byAgencyYear = new HashMap<>();

    /** @param agency the key of the document's agency ({@link AgencyName#key()}) */
    public void add(String document, String agency, DocumentRows rows) {
        String year = rows.report()[DocumentRows.YEAR];
        if (agency.isEmpty() || year.isEmpty()) {
            return;
        }
        Map<String, String> forward = new LinkedHashMap<>();
        for (String[] c : rows.cells()) {
            if (c[TABLE].equals(TableId.REQUESTS.id()) && c[ROW].equals("carried_forward") && !c[VALUE].isEmpty()) {
                forward.put(c[COLUMN].intern(), c[VALUE]);
            }
        }
        // a second report of the same agency and year (a duplicate download) is not compared
        byAgencyYear.putIfAbsent(agency + "\u0000" + year, new Prior(document, Map.copyOf(forward)));
    }

    /**
     * The findings.csv rows of {@code document} (its carried-over values against the year before).
     *
     * @param agency the key of the document's agency, as given to {@link #add}
     */
    public List<String[]> findings(String document, String agency, DocumentRows rows) {
        String year = rows.report()[DocumentRows.YEAR];
        if (agency.isEmpty() || year.isEmpty()) {
            return List.of();
        }
        int before = Integer.parseInt(year) - 1;
        Prior previous = byAgencyYear.get(agency + "\u0000" + before);
        if (previous == null) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        for (String[] c : rows.cells()) {
            if (!c[TABLE].equals(TableId.REQUESTS.id()) || !c[ROW].equals("carried_over") || c[VALUE].isEmpty()) {
                continue;
            }
            String b = previous.carriedForward.get(c[COLUMN]);
            if (b == null || new BigDecimal(c[VALUE]).compareTo(new BigDecimal(b)) == 0) {
                continue;
            }
            CanonicalKey key = CanonicalKey.of(TableId.REQUESTS, c[ROW], c[COLUMN]);
            String[] row = CsvRows.finding(document, Finding.warning("cross-year", Scope.cell(key), "carried_over "
                    + key.column() + " is " + c[VALUE] + " but the " + before + " report (" + previous.document
                    + ") carried forward " + b, Location.none()));
            row[row.length - 1] = c[LOCATION]; // the cell's location, as its own row gives it
            out.add(row);
        }
        return out;
    }
}
