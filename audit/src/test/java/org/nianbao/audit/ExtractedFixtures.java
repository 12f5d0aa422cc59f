package org.nianbao.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.source.SourceFile;

/**
 * Every fixture extracted once per test run, with a correction for one PDF cell so that a corrected
 * cell shows somewhere: extracting them all takes a minute on CI, and the audit pages and the
 * verifier read the same outputs (surefire runs the module's test classes in one JVM). Nothing may
 * write into {@link #outputs}' folder but the audit site the pages' tests write there once.
 */
public final class ExtractedFixtures {

    public static final String PDF = "pdf/bordered-2019.pdf";
    public static final String CORRECTED_KEY = "requests/new/natural_person";

    private static Outputs outputs;

    private ExtractedFixtures() {
    }

    public static synchronized Outputs outputs() {
        if (outputs == null) {
            try {
                Path out = Files.createTempDirectory("nianbao-audit-test");
                String sha = SourceFile.sha256(Files.readAllBytes(Extracted.fixture(PDF)));
                Path corrections = Files.createTempFile("corrections", ".csv");
                Files.writeString(corrections, "sha256,table,row,column,value,reason\n" + sha + ","
                        + CORRECTED_KEY.replace('/', ',') + ",402,recounted\n", StandardCharsets.UTF_8);
                outputs = Extracted.extract(out, Extracted.FIXTURES.toString(), "--corrections", corrections.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return outputs;
    }
}
