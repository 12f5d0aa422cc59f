package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final Path SEEDS = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"), "text");

    @TempDir
    Path tmp;

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    @Test
    void writesTheThreeOutputsAndExitsZeroWhenEveryDocumentIsExtracted() throws IOException {
        Path out = tmp.resolve("out");
        int status = Main.run("extract", "-q", SEEDS.resolve("xiayi.txt").toString(), "-o", out.toString());
        assertEquals(0, status);
        assertEquals("document,table,row,column,value,raw,location", lines(out.resolve("cells.csv")).get(0));
        assertEquals("document,sha256,format,template,year,agency,status,cells,findings,error,place",
                lines(out.resolve("reports.csv")).get(0));
        assertEquals("document,severity,rule,table,row,column,message,location", lines(out.resolve("findings.csv")).get(0));
        assertEquals(1 + 198, lines(out.resolve("cells.csv")).size());
        assertTrue(lines(out.resolve("reports.csv")).get(1).contains(",text,2019,2020,夏邑县人民政府,ok,198,0,"));
    }

    @Test
    void walksFoldersGoesOnPastBadDocumentsAndExitsOne() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.copy(SEEDS.resolve("kangle.txt"), in.resolve("kangle.doc")); // mislabelled: still text
        Files.write(in.resolve("empty.pdf"), new byte[0]);
        Files.writeString(in.resolve("earlier-output.csv"), "document,table\n");
        Path out = tmp.resolve("out");
        int status = Main.run("extract", "-q", tmp.resolve("in").toString(), tmp.resolve("missing.txt").toString(),
                "-o", out.toString());
        assertEquals(1, status);
        List<String> reports = lines(out.resolve("reports.csv"));
        assertEquals(4, reports.size(), "header + two documents of the folder + the missing file: " + reports);
        assertTrue(reports.get(1).endsWith(",failed,0,0,not a report document: the content looks like an empty file,"),
                reports.get(1));
        assertTrue(reports.get(2).contains(",text,2019,2019,康乐县人民政府,ok,198,"), reports.get(2));
        assertTrue(reports.get(3).endsWith(",failed,0,0,file not found,"), reports.get(3));
    }

    @Test
    void leavesNoPartialFilesBehind() throws IOException {
        Path out = tmp.resolve("out");
        Main.run("extract", "-q", SEEDS.resolve("gansu-office.txt").toString(), "-o", out.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".nianbao", "cells.csv", "findings.csv", "reports.csv", "wide.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> files = Files.list(out.resolve(".nianbao"))) {
            assertEquals(List.of("journal", "lock"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void exitsTwoOnAUsageError() {
        assertEquals(2, Main.run("extract", "no-output-folder.txt"));
        assertEquals(2, Main.run("extract", "-o", tmp.toString()));
        assertEquals(2, Main.run("frobnicate"));
        assertEquals(2, Main.run("extract", "--jobs", "0", "a.txt", "-o", tmp.toString()));
    }

    /**
     * Extracts the 甘肃 office's 2020 report and its next one, titled {@code nextTitle}, which
     * carries over 6 natural-person requests where 7 were carried forward; the output folder.
     */
    private Path extractTwoYearsOfOneOffice(String nextTitle) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String y2020 = Files.readString(SEEDS.resolve("gansu-office.txt"), StandardCharsets.UTF_8);
        String y2021 = y2020.replace("甘肃省人民政府办公厅 2020 年政府信息公开", nextTitle + " 2021 年政府信息公开")
                .replace("二、上年结转政府信息公开申请数量\t\t5\t0\t0\t0\t0\t0\t5", "二、上年结转政府信息公开申请数量\t\t6\t0\t0\t0\t0\t0\t6");
        Files.writeString(in.resolve("a-2020.txt"), y2020, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b-2021.txt"), y2021, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Main.run("extract", "-q", in.toString(), "-o", out.toString());
        return out;
    }

    private static List<String> crossYearFindings(Path out) throws IOException {
        return lines(out.resolve("findings.csv")).stream().filter(l -> l.contains(",cross-year,")).toList();
    }

    @Test
    void reportsACrossYearMismatchBetweenTwoReportsOfTheSameAgency() throws IOException {
        List<String> crossYear = crossYearFindings(extractTwoYearsOfOneOffice("甘肃省人民政府办公厅"));
        assertEquals(2, crossYear.size(), crossYear::toString);
        assertTrue(crossYear.get(0).contains("carried_over natural_person is 6 but the 2020 report"), crossYear.get(0));
    }

    @Test
    void knowsOneAgencyAcrossYearsWhoseTitleIsWordedDifferently() throws IOException {
        // 政府 for 人民政府, in traditional script
        Path out = extractTwoYearsOfOneOffice("甘肅省政府辦公廳");
        assertTrue(lines(out.resolve("reports.csv")).stream().anyMatch(r -> r.contains("甘肅省政府辦公廳")));
        List<String> crossYear = crossYearFindings(out);
        assertEquals(2, crossYear.size(), crossYear::toString);
    }

    @Test
    void exitsThreeWithOneLineWhenOutIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "not a folder");
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Main.commandLine(List.of()).setErr(new java.io.PrintWriter(err, true))
                .execute("extract", "-q", SEEDS.resolve("xiayi.txt").toString(), "-o", file.toString());
        assertEquals(3, status);
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().startsWith("nianbao: OUT is not a folder"), err::toString);
    }

    @Test
    void exitsThreeWhenTheFileListCannotBeRead() {
        assertEquals(3, Main.run("extract", "-q", "--files-from", tmp.resolve("no-list.txt").toString(), "-o",
                tmp.resolve("out").toString()));
    }

    @Test
    void readsInputsFromAFileListSeparatedByNewlinesOrNuls() throws IOException {
        String a = SEEDS.resolve("xiayi.txt").toString();
        String b = SEEDS.resolve("kangle.txt").toString();
        Path lines = Files.writeString(tmp.resolve("list.txt"), a + "\r\n\n" + b + "\n", StandardCharsets.UTF_8);
        Path nuls = Files.writeString(tmp.resolve("list.bin"), a + "\0" + b + "\0", StandardCharsets.UTF_8);
        assertEquals(0, Main.run("extract", "-q", "--files-from", lines.toString(), "-o", tmp.resolve("o1").toString()));
        assertEquals(0, Main.run("extract", "-q", "--files-from", nuls.toString(), "-0", "-o", tmp.resolve("o2").toString()));
        for (String o : List.of("o1", "o2")) {
            List<String> reports = lines(tmp.resolve(o).resolve("reports.csv"));
            assertEquals(3, reports.size(), reports::toString);
            assertTrue(reports.get(1).startsWith(a + ","), reports.get(1));
            assertTrue(reports.get(2).startsWith(b + ","), reports.get(2));
        }
    }

    @Test
    void readsTheFileListFromStandardInput() throws FatalError, IOException {
        byte[] list = (SEEDS.resolve("xiayi.txt") + "\n").getBytes(StandardCharsets.UTF_8);
        List<Input> in = new java.util.ArrayList<>();
        FilesFrom.read("-", false, new java.io.ByteArrayInputStream(list), in::add);
        assertEquals(List.of(SEEDS.resolve("xiayi.txt").toString()), in.stream().map(Input::key).toList());
    }

    @Test
    void saysSoWhenTheBatchIsEmpty() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Main.commandLine(List.of()).setErr(new java.io.PrintWriter(err, true))
                .execute("extract", "-q", empty.toString(), "-o", tmp.resolve("out").toString());
        assertEquals(0, status);
        assertTrue(err.toString().contains("no documents"), err::toString);
        assertEquals(1, lines(tmp.resolve("out/reports.csv")).size());
    }

    @Test
    void everyCommandHasVersionAndTheTopLevelHelpListsEveryCommand() {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cl = Main.commandLine(List.of()).setOut(new java.io.PrintWriter(out, true));
        assertEquals(0, cl.execute("extract", "--version"));
        assertEquals(0, cl.execute("help"));
        assertTrue(out.toString().startsWith("nianbao " + org.nianbao.Nianbao.version()), out::toString);
        for (String command : cl.getSubcommands().keySet()) {
            assertTrue(out.toString().contains("  " + command + " "), command + " missing from " + out);
        }
    }

    @Test
    void writesWideCsvWithOneRowPerReportAndNumbersAsNumbers() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, Main.run("extract", "-q", "-j", "1", SEEDS.resolve("xiayi.txt").toString(), "-o", out.toString()));
        List<String> wide = lines(out.resolve("wide.csv"));
        assertEquals(2, wide.size());
        List<String> header = List.of(wide.get(0).split(",", -1));
        List<String> row = List.of(wide.get(1).split(",", -1));
        assertEquals(List.of("document", "agency", "year", "template", "status"), header.subList(0, 5));
        assertEquals(row.size(), header.size());
        assertEquals(List.of(SEEDS.resolve("xiayi.txt").toString(), "夏邑县人民政府", "2020", "2019", "ok"), row.subList(0, 5));
        // the same value as cells.csv gives for the cell, unquoted
        String total = lines(out.resolve("cells.csv")).stream().filter(l -> l.contains(",requests,new,total,"))
                .findFirst().orElseThrow().split(",")[5];
        assertEquals(total, row.get(header.indexOf("requests.new.total")));
        assertTrue(total.matches("[0-9]+"), total);
    }

    @Test
    void excelOutputsStartWithAByteOrderMarkAndNeutraliseFormulas() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEEDS.resolve("xiayi.txt"), in.resolve("=cmd.txt"));
        Path out = tmp.resolve("out");
        assertEquals(0, Main.run("extract", "-q", "-j", "1", "--excel", in.resolve("=cmd.txt").toString(), "-o",
                out.toString()));
        for (String name : List.of("cells.csv", "findings.csv", "reports.csv", "wide.csv")) {
            byte[] b = Files.readAllBytes(out.resolve(name));
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]), name);
        }
        List<String> reports = lines(out.resolve("reports.csv"));
        assertTrue(reports.get(1).startsWith(in.resolve("=cmd.txt") + ","), "not at the start of the field: unchanged");
        // a key that starts with '=' (a relative name; here of a missing file) is neutralised
        Path list = Files.writeString(tmp.resolve("list"), "=cmd.txt\n");
        Path rel = tmp.resolve("rel");
        assertEquals(1, Main.run("extract", "-q", "-j", "1", "--excel", "--files-from", list.toString(), "-o", rel.toString()));
        assertEquals("'=cmd.txt,,unknown,unknown,,,failed,0,0,file not found,", lines(rel.resolve("reports.csv")).get(1));
    }
}
