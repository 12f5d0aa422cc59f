package org.nianbao.audit;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.agency.AgencyNames;
import org.nianbao.audit.changes.YearChanges;
import org.nianbao.audit.output.Outputs;
import org.nianbao.export.CsvRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao changes OUT}: each agency's consecutive years side by side. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = {"Writes OUT/changes.csv (place,body,year_a,year_b,agency_a,agency_b,document_a,document_b,"
                + "table,row,column,value_a,value_b,change: every cell of an agency's report next to its report of the "
                + "year before) and OUT/agency-matches.csv (the pairs matched, duplicates, and near misses such as "
                + "沐阳县/沭阳县 to check). Agencies are matched on place and body: 沭阳县人民政府 = 沭阳县政府.",
            "Exit status: 0 when written, 2 for a usage error, 3 when OUT cannot be read or written."})
final class ChangesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "An output folder of nianbao extract.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            YearChanges.Result r = new YearChanges(new AgencyNames()).compare(Outputs.read(out));
            write(out.resolve("changes.csv"), YearChanges.CHANGES_HEADER, r.changes());
            write(out.resolve("agency-matches.csv"), YearChanges.MATCHES_HEADER, r.matches());
            err.println(r.summary() + "; " + out.resolve("changes.csv") + ", " + out.resolve("agency-matches.csv"));
            err.flush();
            return 0;
        } catch (IOException e) {
            err.println("nianbao changes: " + e.getMessage());
            err.flush();
            return AuditCommands.UNREADABLE;
        }
    }

    private static void write(Path file, String[] header, List<String[]> rows) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); ICSVWriter csv = CsvRows.writer(w)) {
            csv.writeNext(header, false);
            for (String[] row : rows) {
                csv.writeNext(row, false);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
