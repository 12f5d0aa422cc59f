package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Finding;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/** How the form is decided from its clues (docs/forms.md), and what is said about it. */
class FormDecisionTest {

    private static final FormClue HEADER_2021 = FormClue.printed(Template.Y2021, TableId.ACTIVE, "active/regulations/issued");
    private static final FormClue ROW_2019 = FormClue.printed(Template.Y2019, TableId.ACTIVE, "row active/other_services");
    private static final FormClue OTHER_ROWS_2021 = FormClue.printed(Template.Y2021, TableId.REQUESTS,
            "row requests/other_no_fee");
    private static final FormClue SINGLE_OTHER_ROW = FormClue.likely(Template.Y2019, TableId.REQUESTS, "row requests/other");
    private static final FormClue ONE_VALUE = FormClue.likely(Template.Y2021, TableId.ACTIVE,
            "row active/licensing with 1 value and no header");

    private static List<String> rules(FormDecision d) {
        return d.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void printedCluesOfOneFormDecideItAndNothingIsSaid() {
        FormDecision d = FormDecision.decide(List.of(HEADER_2021, OTHER_ROWS_2021, FormClue.year(2022)));
        assertEquals(Template.Y2021, d.template());
        assertEquals(FormDecision.Certainty.PRINTED, d.certainty());
        assertEquals(Optional.of(Template.Y2021), d.formOf(TableId.ACTIVE));
        assertEquals(Optional.of(Template.Y2021), d.formOf(TableId.APPEALS));
        assertEquals(List.of(), rules(d));
    }

    @Test
    void printedCluesOutweighTheYearWhichIsNamedAsAMismatch() {
        // a 2021 report printed on the 2019 form
        FormDecision d = FormDecision.decide(List.of(ROW_2019, ONE_VALUE, FormClue.year(2021)));
        assertEquals(Template.Y2019, d.template());
        assertEquals(List.of("template-year-mismatch"), rules(d));
        assertTrue(d.findings().get(0).message().contains("row active/other_services"), d.findings().get(0).message());
    }

    @Test
    void printedCluesOfBothFormsAreMixedAndPutTheTableThatPrintsBothInDoubt() {
        FormDecision d = FormDecision.decide(List.of(HEADER_2021, ROW_2019, OTHER_ROWS_2021));
        assertEquals(Template.MIXED, d.template());
        assertEquals(Optional.empty(), d.formOf(TableId.ACTIVE));
        assertEquals(Optional.of(Template.Y2021), d.formOf(TableId.REQUESTS));
        assertEquals(Optional.empty(), d.formOf(TableId.APPEALS));
        assertEquals(List.of("template-mixed"), rules(d));
    }

    @Test
    void a2021FormKeepingTheSingleOtherRowIsMixedAndChecksAs2021() {
        FormDecision d = FormDecision.decide(List.of(HEADER_2021, SINGLE_OTHER_ROW, FormClue.year(2023)));
        assertEquals(Template.MIXED, d.template());
        assertEquals(Optional.of(Template.Y2021), d.formOf(TableId.ACTIVE));
        assertEquals(Optional.of(Template.Y2021), d.formOf(TableId.REQUESTS));
        assertEquals(List.of("template-mixed"), rules(d));
    }

    @Test
    void theYearAloneAssumesTheFormAndPutsEveryTableInDoubt() {
        FormDecision d = FormDecision.decide(List.of(FormClue.year(2023)));
        assertEquals(Template.Y2021, d.template());
        assertEquals(FormDecision.Certainty.ASSUMED, d.certainty());
        assertEquals(Optional.empty(), d.formOf(TableId.ACTIVE));
        assertEquals(Template.Y2021, d.likely());
        assertEquals(List.of("template-assumed"), rules(d));
        assertEquals(Severity.INFO, d.findings().get(0).severity());
    }

    @Test
    void theSingleOtherRowAgreesWithA2021Year() {
        FormDecision d = FormDecision.decide(List.of(SINGLE_OTHER_ROW, FormClue.year(2024)));
        assertEquals(Template.MIXED, d.template());
        assertEquals(FormDecision.Certainty.ASSUMED, d.certainty());
        assertEquals(Template.Y2021, d.likely());
        assertEquals(List.of("template-mixed", "template-assumed"), rules(d));
    }

    @Test
    void theSingleOtherRowAloneAssumes2019() {
        FormDecision d = FormDecision.decide(List.of(SINGLE_OTHER_ROW));
        assertEquals(Template.Y2019, d.template());
        assertEquals(FormDecision.Certainty.ASSUMED, d.certainty());
    }

    @Test
    void likelyCluesThatDisagreeLeaveTheFormUndecided() {
        FormDecision d = FormDecision.decide(List.of(ONE_VALUE, FormClue.year(2020)));
        assertEquals(Template.UNKNOWN, d.template());
        assertEquals(FormDecision.Certainty.UNDECIDED, d.certainty());
        assertEquals(Template.Y2019, d.likely(), "the year's form is read where a choice is needed");
        assertEquals(List.of("template-undecided"), rules(d));
        Finding f = d.findings().get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("2019 by title year 2020; 2021 by row active/licensing with 1 value"), f.message());
    }

    @Test
    void noClueAtAllIsUndecided() {
        FormDecision d = FormDecision.decide(List.of());
        assertEquals(Template.UNKNOWN, d.template());
        assertEquals(List.of("template-undecided"), rules(d));
        assertEquals(Template.Y2019, d.likely());
    }

    @Test
    void aYearIsAClueToTheFormItsReportsUse() {
        assertEquals(Template.Y2019, FormClue.year(2020).form());
        assertEquals(Template.Y2021, FormClue.year(2021).form());
    }
}
