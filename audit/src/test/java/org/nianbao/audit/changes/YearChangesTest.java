package org.nianbao.audit.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.AuditCommands;
import org.nianbao.audit.Extracted;
import org.nianbao.audit.output.Outputs;
import org.nianbao.cli.Main;

/**
 * Reports made for it from the 积石山县 seed: its title renamed to 沭阳县人民政府 2020, to 沭阳县政府 2021
 * (one value changed), and to 沐阳县人民政府 2021 (a typo of the place).
 */
class YearChangesTest {

    @TempDir
    Path tmp;

    private Path report(String name, String title, String line45) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Extracted.fixture("text/jishishan.txt")));
        assertEquals("积石山县2020年政府信息公开年度报告", lines.get(0));
        assertEquals("\t382", lines.get(44), "行政许可 上一年项目数量");
        lines.set(0, title);
        lines.set(44, line45);
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void pairsOneAgencyAcrossWordingsInConsecutiveYearsAndReportsTheNearMiss() throws IOException {
        report("shuyang-2020.txt", "沭阳县人民政府2020年政府信息公开年度报告", "\t382");
        report("shuyang-2021.txt", "沭阳县政府2021年政府信息公开年度报告", "\t400");
        report("muyang-2021.txt", "沐阳县人民政府2021年政府信息公开年度报告", "\t382");
        Path out = tmp.resolve("out");
        Outputs o = Extracted.extract(out, tmp.resolve("in").toString());
        assertTrue(Files.readString(out.resolve("reports.csv")).contains(",沭阳县政府,ok,198,"), "agency as titled");
        assertTrue(Files.readAllLines(out.resolve("reports.csv")).stream().filter(l -> l.contains("沭阳县"))
                .allMatch(l -> l.endsWith(",沭阳县")), "reports.csv's place");

        assertEquals(0, Main.commandLine(AuditCommands.all()).execute("changes", out.toString()));

        List<String> changes = Files.readAllLines(out.resolve("changes.csv"));
        assertEquals(String.join(",", YearChanges.CHANGES_HEADER), changes.get(0));
        assertEquals(1 + 198, changes.size(), "one pair, 198 cells");
        assertTrue(changes.contains("沭阳县,政府,2020,2021,沭阳县人民政府,沭阳县政府," + doc(o, "shuyang-2020.txt") + ","
                + doc(o, "shuyang-2021.txt") + ",active,licensing,previous_count,382,400,18"), changes.get(7));
        assertTrue(changes.stream().filter(l -> l.contains(",requests,new,total,")).allMatch(l -> l.endsWith(",0")),
                "unchanged cells change by 0");
        List<String> matches = Files.readAllLines(out.resolve("agency-matches.csv"));
        assertEquals(3, matches.size(), matches.toString());
        assertTrue(matches.get(1).startsWith("pair,沭阳县人民政府,2020,") && matches.get(1).contains(",沭阳县政府,2021,")
                && matches.get(1).endsWith("\"names differ, matched on place and body: 沭阳县 + 政府\""), matches.get(1));
        String near = matches.get(2);
        assertTrue(near.startsWith("near-miss,") && near.contains("沐阳县人民政府")
                && (near.contains(",沭阳县,沐阳县,") || near.contains(",沐阳县,沭阳县,")), near);
    }

    private static String doc(Outputs o, String name) {
        return o.reports().stream().map(r -> r.document()).filter(d -> d.endsWith(name)).findFirst().orElseThrow();
    }
}
