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
 * The form decided for real-tool documents (docs/forms.md): a 2021 page printed by Chromium is 2021, decided from
 * its table 二 header with nothing assumed since Chromium's bevelled cell borders are read as rulings (session
 * chrome; before, the header was not matched and the form was assumed from what the page shows, never 2019 from
 * the columns it was read in by default); a report for 2021 printed on the 2019 form is 2019, decided by the rows
 * only that form has. Whether any value is wrong without a finding is {@link RedTeamCasesTest}'s concern.
 */
class FormDecisionCasesTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    @ParameterizedTest
    @CsvSource({
            "chromium-split-2021.pdf, 2021, ''",
            "chromium-header-split-2021.pdf, 2021, ''",
            "chromium-2019form-2021.pdf, 2019, template-year-mismatch",
    })
    void decidesTheFormFromWhatThePagePrints(String document, String template, String finding) {
        DocumentResult r = EXTRACTOR.extract(Path.of("redteam").resolve(document));
        assertEquals(template, r.report().template().id());
        assertEquals(finding.isEmpty() ? List.of() : List.of(finding), r.findings().stream().map(Finding::rule)
                .filter(s -> s.startsWith("template-")).toList());
    }
}
