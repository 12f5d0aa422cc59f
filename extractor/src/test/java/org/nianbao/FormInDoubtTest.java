package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.KeySpec;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * While the form of a report is in doubt, every cell of either form is extracted or covered by a
 * finding (issue 9, item 4; docs/forms.md). The documents are the fixture
 * {@code text/form-assumed-2021.txt} (a 2021 report whose table 二 lost its header lines and whose
 * table 三 leaves out the （六） rows) and variants of it that change only its title.
 */
class FormInDoubtTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());
    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));
    private static final Catalog CATALOG = Catalog.standard();

    private static String assumed2021() throws IOException {
        return Files.readString(FIXTURES.resolve("text/form-assumed-2021.txt"), StandardCharsets.UTF_8);
    }

    private static DocumentResult extract(String text) {
        return EXTRACTOR.extract("inline.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> templateRules(DocumentResult r) {
        return r.findings().stream().map(Finding::rule).filter(s -> s.startsWith("template-")).toList();
    }

    /** The cells of the form that are neither extracted nor covered by a finding scoped to a table. */
    private static List<String> uncovered(DocumentResult r, Template form) {
        Map<CanonicalKey, ExtractedCell> cells = r.report().byKey();
        return CATALOG.specs().stream().filter(s -> s.in(form)).map(KeySpec::key)
                .filter(k -> !cells.containsKey(k))
                .filter(k -> r.findings().stream().noneMatch(f -> f.warnsAt(k))) // info covers no doubt
                .map(CanonicalKey::toString).collect(Collectors.toList());
    }

    private static void assertBothFormsCovered(DocumentResult r) {
        assertEquals(List.of(), uncovered(r, Template.Y2019), "2019 cells neither extracted nor flagged");
        assertEquals(List.of(), uncovered(r, Template.Y2021), "2021 cells neither extracted nor flagged");
    }

    @Test
    void aFormAssumedFromTheYearReportsTheMissingRowsOfBothForms() throws IOException {
        DocumentResult r = extract(assumed2021());
        assertEquals(Template.Y2021, r.report().template());
        assertEquals(List.of("template-assumed"), templateRules(r));
        assertEquals("9", r.report().cell(CanonicalKey.of(TableId.ACTIVE, "regulations", "in_force")).orElseThrow()
                .value().render(), "table 二 read in the assumed form's columns");
        assertBothFormsCovered(r);
    }

    @Test
    void aYearThatContradictsTheValuesLeavesTheFormUndecided() throws IOException {
        // the same tables under a 2020 title: the year says 2019, the one-value rows of table 二 say 2021
        DocumentResult r = extract(assumed2021().replace("2021年政府信息公开", "2020年政府信息公开"));
        assertEquals(Template.UNKNOWN, r.report().template());
        assertEquals(List.of("template-undecided"), templateRules(r));
        assertBothFormsCovered(r);
    }

    @Test
    void withoutTitleTheValuesAloneAssumeTheForm() throws IOException {
        DocumentResult r = extract(assumed2021().replace("某某镇人民政府2021年政府信息公开工作年度报告", "某某镇人民政府"));
        assertEquals(Template.Y2021, r.report().template());
        assertEquals(List.of("template-assumed"), templateRules(r));
        assertBothFormsCovered(r);
    }

    @Test
    void aTableThatPrintsNoFormOfItsOwnFollowsTheFormTheOthersPrint() throws IOException {
        // a 2021 report whose table 二 lost its header lines: table 三's numbered （六） rows decide
        DocumentResult r = EXTRACTOR.extract(FIXTURES.resolve("text/form-2021-headers-lost.txt"));
        assertEquals(Template.Y2021, r.report().template());
        assertEquals(List.of(), templateRules(r));
        assertEquals("31", r.report().cell(CanonicalKey.of(TableId.ACTIVE, "normative_documents", "in_force"))
                .orElseThrow().value().render());
        assertTrue(r.report().cells().stream().noneMatch(c -> c.key().column().equals("new_made")));
    }
}
