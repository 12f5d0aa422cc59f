package org.nianbao.audit;

import java.io.IOException;
import java.nio.file.Path;
import org.nianbao.agency.AgencyNames;
import org.nianbao.audit.changes.YearChanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nianbao changes OUT}: each agency's consecutive years side by side. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = {"Writes OUT/changes.csv (place,body,year_a,year_b,agency_a,agency_b,document_a,document_b,"
                + "table,row,column,value_a,value_b,change: every cell of an agency's report next to its report of the "
                + "year before) and OUT/agency-matches.csv (the pairs matched, duplicates, and near misses such as "
                + "沐阳县/沭阳县 to check). Agencies are matched on place and body: 沭阳县人民政府 = 沭阳县政府.",
            "Exit status: 0 when written, 2 for a usage error, 3 when OUT cannot be read or written."})
final class ChangesCommand extends OutputFolderCommand {

    @Mixin
    OutFolderArgument out;

    @Override
    int run() throws IOException {
        YearChanges.Result r = new YearChanges(new AgencyNames()).compare(out.read());
        Path changes = out.out.resolve("changes.csv");
        Path matches = out.out.resolve("agency-matches.csv");
        CsvFile.write(changes, YearChanges.CHANGES_HEADER, r.changes());
        CsvFile.write(matches, YearChanges.MATCHES_HEADER, r.matches());
        say(r.summary() + "; " + changes + ", " + matches);
        return 0;
    }
}
