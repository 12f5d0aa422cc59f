package org.nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.ExtractOptions;
import picocli.CommandLine;

class JobOptionsTest {

    private static JobSpec parse(String... args) {
        SubmitMain main = new SubmitMain();
        new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return main.job.spec(List.of(main.input), main.output);
    }

    @Test
    void theJobTakesEveryLimitOfTheCliUnderTheCliNames() {
        JobSpec spec = parse("in", "out", "--timeout", "7", "--max-bytes", "1000", "--max-text-bytes", "500",
                "--max-pages", "3");

        assertEquals(ExtractOptions.defaults().withTimeLimit(Duration.ofSeconds(7)).withMaxBytes(1000)
                .withMaxTextBytes(500).withMaxPages(3), spec.options());
    }

    @Test
    void withoutLimitOptionsTheJobHasTheExtractorDefaults() {
        assertEquals(ExtractOptions.defaults(), parse("in", "out").options());
    }

    @Test
    void aLimitThatIsNotPositiveIsAUsageErrorNamingTheOptions() {
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> parse("in", "out", "--max-text-bytes", "0"));
        assertEquals("--timeout, --max-bytes, --max-text-bytes and --max-pages must be positive", e.getMessage());
    }
}
