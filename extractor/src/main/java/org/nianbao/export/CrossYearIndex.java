package org.nianbao.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
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
 * document's findings. Public for the Spark job, which runs it per agency, in memory; a batch keeps
 * it in a file ({@link #inFolder}), so that it does not grow the heap with the batch.
 */
public final class CrossYearIndex implements AutoCloseable {

    private static final int TABLE = 0;
    private static final int ROW = 1;
    private static final int COLUMN = 2;
    private static final int VALUE = 3;
    private static final int LOCATION = 5;

    private record Prior(String document, Map<String, String> carriedForward) {
    }

    /** Where the priors are kept, by agency and year; the first one given for each stays. */
    private interface Priors extends AutoCloseable {
        void putIfAbsent(String agencyYear, Prior prior);

        Prior get(String agencyYear);

        /** Priors held in the heap. */
        long held();

        @Override
        void close() throws IOException;
    }

    private final Priors byAgencyYear;

    /** An index in memory (one agency's reports, in the Spark job). */
    public CrossYearIndex() {
        this.byAgencyYear = new HeldPriors();
    }

    private CrossYearIndex(Priors priors) {
        this.byAgencyYear = priors;
    }

    /**
     * An index kept in a scratch file in {@code dir} (deleted on {@link #close}), found through a
     * {@link PositionIndex}: nothing per agency or year in memory. Its methods throw
     * {@link UncheckedIOException} when the file cannot be read or written.
     */
    public static CrossYearIndex inFolder(Path dir) throws IOException {
        return new CrossYearIndex(new FilePriors(dir));
    }

    /** Agency-years held in the heap (none when kept in a file). */
    public long held() {
        return byAgencyYear.held();
    }

    @Override
    public void close() throws IOException {
        byAgencyYear.close();
    }

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

    private static final class HeldPriors implements Priors {
        private final Map<String, Prior> map = new HashMap<>();

        @Override
        public void putIfAbsent(String agencyYear, Prior prior) {
            map.putIfAbsent(agencyYear, prior);
        }

        @Override
        public Prior get(String agencyYear) {
            return map.get(agencyYear);
        }

        @Override
        public long held() {
            return map.size();
        }

        @Override
        public void close() {
        }
    }

    /** Records (agency-year, document, carried-forward column and value pairs) in a spill file. */
    private static final class FilePriors implements Priors {
        private final SpillFile records;
        private final PositionIndex index;

        FilePriors(Path dir) throws IOException {
            records = SpillFile.create(dir, "cross-year.");
            try {
                index = PositionIndex.create(dir, "cross-year-index.");
            } catch (IOException e) {
                records.close();
                throw e;
            }
        }

        @Override
        public void putIfAbsent(String agencyYear, Prior prior) {
            try {
                long h = PositionIndex.hash(agencyYear);
                if (find(h, agencyYear) >= 0) {
                    return;
                }
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(raw);
                DocumentRows.writeString(out, agencyYear);
                DocumentRows.writeString(out, prior.document());
                out.writeInt(prior.carriedForward().size());
                for (Map.Entry<String, String> e : prior.carriedForward().entrySet()) {
                    DocumentRows.writeString(out, e.getKey());
                    DocumentRows.writeString(out, e.getValue());
                }
                index.put(h, p -> false, records.append(raw.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Prior get(String agencyYear) {
            try {
                long pos = find(PositionIndex.hash(agencyYear), agencyYear);
                return pos < 0 ? null : read(pos).prior;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private long find(long hash, String agencyYear) throws IOException {
            return index.find(hash, p -> read(p).agencyYear.equals(agencyYear));
        }

        private record Filed(String agencyYear, Prior prior) {
        }

        private Filed read(long pos) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(records.read(pos)));
            String agencyYear = DocumentRows.readString(in);
            String document = DocumentRows.readString(in);
            Map<String, String> forward = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                forward.put(DocumentRows.readString(in), DocumentRows.readString(in));
            }
            return new Filed(agencyYear, new Prior(document, forward));
        }

        @Override
        public long held() {
            return 0;
        }

        @Override
        public void close() throws IOException {
            try (PositionIndex i = index; SpillFile r = records) {
                // both deleted
            }
        }
    }
}
