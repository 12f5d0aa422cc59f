package org.nianbao.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.ExtractOptions;
import org.nianbao.Extractor;
import org.nianbao.Nianbao;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;

/**
 * The form decided for real-tool documents whose table 二 header the reader cannot match
 * (docs/forms.md): a 2021 page printed by Chromium is 2021, assumed from what it shows, not 2019
 * from the columns it was read in by default; a report for 2021 printed on the 2019 form is 2019,
 * decided by the rows only that form has. Whether any value is wrong without a finding is
 * {@link RedTeamCasesTest}'s concern.
 */
class FormDecisionCasesTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    @ParameterizedTest
    @CsvSource({
            "chromium-split-2021.pdf, 2021, template-assumed",
            "chromium-header-split-2021.pdf, 2021, template-assumed",
            "chromium-2019form-2021.pdf, 2019, template-year-mismatch",
    })
    void decidesTheFormFromWhatThePagePrints(String document, String template, String finding) {
        DocumentResult r = EXTRACTOR.extract(Path.of("redteam").resolve(document));
        assertEquals(template, r.report().template().id());
        assertEquals(List.of(finding), r.findings().stream().map(Finding::rule).filter(s -> s.startsWith("template-"))
                .toList());
    }
}
