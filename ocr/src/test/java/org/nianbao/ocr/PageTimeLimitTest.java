package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Main;

/** {@code -Dnianbao.ocr.pageSeconds} bounds each page, in the library and in the batch's worker processes. */
class PageTimeLimitTest {

    private static final Path SCAN = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"), "ocr",
            "bordered-2021.page2-scan-200.png");

    @TempDir
    Path tmp;

    @Test
    void readsThePageLimitInSecondsDecimalsAllowedAndFallsBackTo300() {
        assertEquals(Duration.ofSeconds(45), RapidPageOcr.pageLimit("45"));
        assertEquals(Duration.ofMillis(500), RapidPageOcr.pageLimit(" 0.5 "));
        assertEquals(Duration.ofSeconds(300), RapidPageOcr.pageLimit(""));
        assertEquals(Duration.ofSeconds(300), RapidPageOcr.pageLimit("ten"));
        assertEquals(Duration.ofSeconds(300), RapidPageOcr.pageLimit("-3"));
    }

    @Test
    void aPageLimitGivenToTheCliStopsOcrInsideItsWorkerProcess() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        assumeTrue(os.contains("linux") && System.getProperty("os.arch").matches("amd64|x86_64"),
                "the OCR engine does not run on this platform");
        Path out = tmp.resolve("out");
        String before = System.getProperty("nianbao.ocr.pageSeconds");
        System.setProperty("nianbao.ocr.pageSeconds", "0.001"); // no page is read in a millisecond
        int status;
        try {
            status = Main.run("extract", "-q", "-j", "1", "--timeout", "600", SCAN.toString(), "-o", out.toString());
        } finally {
            if (before == null) {
                System.clearProperty("nianbao.ocr.pageSeconds");
            } else {
                System.setProperty("nianbao.ocr.pageSeconds", before);
            }
        }
        assertEquals(1, status);
        String findings = Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8);
        assertTrue(findings.contains("needs-ocr") && findings.contains("OCR failed on page 1: OCR did not finish "
                + "within the page's time limit"), findings);
    }
}
