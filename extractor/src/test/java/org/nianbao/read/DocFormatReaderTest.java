package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;

class DocFormatReaderTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));

    private final DocFormatReader reader = new DocFormatReader(new ValueParser()::isValue);

    @Test
    void notesACellWhoseOnlyContentIsAPictureAsCoveredAndNoOther() throws IOException {
        // red team 8: LibreOffice's DOC of a report whose 行政强制 decisions cell holds only a picture of 51
        Path doc = Path.of("../corpus/redteam/image-cell-2021.doc");
        DocumentContent c = reader.read(Files.readAllBytes(doc));
        List<String> covered = new java.util.ArrayList<>();
        for (CellGrid g : c.grids()) {
            for (List<GridCell> row : g.rows()) {
                for (GridCell cell : row) {
                    if (cell.notes().stream().anyMatch(n -> n.kind() == org.nianbao.reconstruct.CellNote.Kind.COVERED)) {
                        covered.add(row.get(0).text() + "|" + cell.text());
                    }
                }
            }
        }
        assertEquals(List.of("行政强制|"), covered);
    }

    @Test
    void rebuildsMergedCellsOfABinaryWordTableFromTheirEdges() throws IOException {
        // table 三 of the fixture: the note spans 3 rows × 3 columns, 申请人情况 7 columns, 自然人 2 rows
        DocumentContent c = reader.read(Files.readAllBytes(FIXTURES.resolve("doc/converted-2019.doc")));
        assertEquals(3, c.grids().size());
        CellGrid requests = c.grids().get(1);
        List<GridCell> first = requests.rows().get(0);
        assertEquals(10, first.size());
        assertTrue(first.get(0).text().startsWith("（本列数据的勾稽关系为"));
        assertTrue(first.get(1).spanned() && first.get(2).spanned());
        assertEquals("申请人情况", first.get(3).text());
        assertTrue(first.get(4).spanned());
        List<GridCell> second = requests.rows().get(1);
        assertTrue(second.get(0).spanned() && second.get(2).spanned());
        assertEquals("自然人", second.get(3).text());
        assertTrue(requests.rows().get(2).get(3).spanned(), "自然人 spans two rows");
        assertEquals("示例县教育局2020年政府信息公开工作年度报告", c.text().get(0).text());
    }

    @Test
    void doubtsACellWhoseListNumberDrawsAFigureThatIsNotRead() throws IOException {
        // LibreOffice's DOCs of fix18c's DOCX cases: it draws 1250 (a 1 before 250) and 250 (the level alone)
        for (String doc : List.of("doc-list-number-before-figure-2019.doc", "doc-list-number-is-figure-2019.doc")) {
            DocumentContent c = reader.read(Files.readAllBytes(Path.of("../corpus/redteam/" + doc)));
            assertTrue(valueAfter(c, "规章", 3).notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL), doc);
            assertEquals(List.of(), notes(valueAfter(c, "规章", 2)), doc);
        }
    }

    @Test
    void appliesCharacterStylesThroughTheStylesTheyAreBasedOn() throws IOException {
        // LibreOffice's DOC: a 7 in a style two levels below a superscript style, a white, a 1 pt, a
        // double-struck and a subscript digit each through a based-on style
        DocumentContent c = reader.read(Files.readAllBytes(Path.of("../corpus/redteam/doc-style-chain-2021.doc")));
        assertEquals("14⁷", valueAfter(c, "行政许可", 1).text());
        assertEquals(List.of("HIDDEN 9 white text"), notes(valueAfter(c, "行政处罚", 1)));
        assertEquals(List.of("HIDDEN 3 font size 1.0 pt"), notes(valueAfter(c, "行政强制", 1)));
        assertEquals(List.of("STRUCK 6 double strike-through"), notes(valueAfter(c, "规章", 1)));
        assertEquals("955₂", valueAfter(c, "规章", 2).text());
    }

    @Test
    void hidesTextColouredLikeItsOwnShadingAndRaisesASmallDigitAfterADigit() throws IOException {
        DocumentContent c = reader.read(Files.readAllBytes(Path.of("../corpus/redteam/doc-run-shading-2021.doc")));
        assertEquals("14", valueAfter(c, "行政许可", 1).text(), "yellow on a yellow shading from a based-on style");
        assertEquals(List.of("HIDDEN 7 text colour FFFF00 on a character shading of the same colour (FFFF00)"),
                notes(valueAfter(c, "行政许可", 1)));
        assertEquals("14", valueAfter(c, "行政处罚", 1).text(), "black on grey shows");
        assertEquals(List.of(), notes(valueAfter(c, "行政处罚", 1)));
        assertEquals("51", valueAfter(c, "行政强制", 1).text(), "navy on navy");
        assertEquals("18³", valueAfter(c, "规章", 1).text(), "a 7 pt digit after 10.5 pt ones");
        assertEquals("663", valueAfter(c, "行政规范性文件", 1).text(), "runs of one size are one number");
        assertEquals("17¹²", valueAfter(c, "行政规范性文件", 2).text());
    }

    @Test
    void hidesTextColouredLikeItsParagraphsShading() throws IOException {
        DocumentContent c = reader.read(Files.readAllBytes(Path.of("../corpus/redteam/doc-paragraph-shading-2021.doc")));
        assertEquals(List.of("HIDDEN 7 text colour FFF2CC on a paragraph shading of the same colour (FFF2CC)"),
                notes(valueAfter(c, "行政许可", 1)));
        assertEquals("51", valueAfter(c, "行政强制", 1).text());
        assertEquals("14", valueAfter(c, "行政处罚", 1).text(), "dark blue on pale blue shows");
        assertEquals(List.of(), notes(valueAfter(c, "行政处罚", 1)));
    }

    @Test
    void drawsAnEqFieldsPhoneticGuideAfterItsBase() throws IOException {
        DocumentContent c = reader.read(Files.readAllBytes(Path.of("../corpus/redteam/doc-eq-ruby-2021.doc")));
        assertEquals("14注", valueAfter(c, "行政处罚", 1).text());
        assertEquals("663²", valueAfter(c, "行政规范性文件", 1).text());
    }

    @Test
    void notesEmptyCellsWhenATextBoxWithANumberIsAnchoredOutsideTheTables() throws IOException {
        DocumentContent c = reader.read(Files.readAllBytes(Path.of("../corpus/redteam/textbox-vml-after-2021.doc")));
        GridCell cell = valueAfter(c, "行政强制", 1);
        assertEquals("", cell.text());
        assertTrue(cell.notes().stream().anyMatch(n -> n.kind() == org.nianbao.reconstruct.CellNote.Kind.COVERED
                && n.how().contains("51")), cell.notes().toString());
        assertTrue(valueAfter(c, "行政处罚", 1).notes().isEmpty(), "a cell with text is left as it reads");
        DocumentContent plain = reader.read(Files.readAllBytes(Path.of("../corpus/redteam/doc-eq-ruby-2021.doc")));
        assertTrue(plain.grids().stream().flatMap(g -> g.rows().stream()).flatMap(List::stream)
                .allMatch(x -> x.notes().isEmpty()), "no box, no note");
    }

    @Test
    void notesEveryCellWithTextWhenAFilledTextBoxWithANumberMayCoverIt() throws IOException {
        // fixer 13c: LibreOffice's .doc of a white box holding 834 over the cell still holding 791
        DocumentContent c = reader.read(Files.readAllBytes(Path.of("../corpus/redteam/textbox-white-cover-2019.doc")));
        GridCell cell = valueAfter(c, "行政许可", 3);
        assertEquals("791", cell.text());
        assertTrue(cell.notes().stream().anyMatch(n -> n.kind() == org.nianbao.reconstruct.CellNote.Kind.COVERED
                && n.how().contains("834")), cell.notes().toString());
    }

    @Test
    void doubtsADigitSqueezedByCharacterScalingBelowTwentyPercent() throws IOException {
        // sprmCCharScale, which HWPF does not apply: 1 % and 10 % are slivers, 50 % a narrow 9 that shows
        assertScaledDoubted("doc-char-scale-1pct-2019.doc", "规章", 1);
        assertScaledDoubted("doc-char-scale-10pct-2019.doc", "行政处罚", 3);
        DocumentContent wide = reader.read(Files.readAllBytes(Path.of("../corpus/redteam/doc-char-scale-50pct-2019.doc")));
        GridCell shown = valueAfter(wide, "行政处罚", 3);
        assertEquals("9185444", shown.text());
        assertEquals(List.of(), notes(shown));
    }

    private void assertScaledDoubted(String name, String label, int n) throws IOException {
        GridCell cell = valueAfter(reader.read(Files.readAllBytes(Path.of("../corpus/redteam/" + name))), label, n);
        assertTrue(cell.notes().stream().anyMatch(x -> x.kind() == org.nianbao.reconstruct.CellNote.Kind.DOUBTFUL
                && x.how().contains("sprmCCharScale")), name + " " + cell.notes());
    }

    /** The cell {@code n} places right of the first cell reading {@code label}. */
    static GridCell valueAfter(DocumentContent c, String label, int n) {
        for (CellGrid g : c.grids()) {
            for (List<GridCell> row : g.rows()) {
                for (int i = 0; i + n < row.size(); i++) {
                    if (row.get(i).text().equals(label)) {
                        return row.get(i + n);
                    }
                }
            }
        }
        throw new AssertionError("no cell " + label);
    }

    private static List<String> notes(GridCell cell) {
        return cell.notes().stream().map(x -> x.kind() + " " + x.text() + " " + x.how()).toList();
    }

    @Test
    void mergesColumnEdgesDrawnSlightlyApart() {
        DocColumns columns = DocColumns.of(new TreeSet<>(List.of(0, 1000, 1040, 2000, 3000)));
        assertEquals(1, columns.index(1040));
        assertEquals(2, columns.index(2000));
        assertEquals(3, columns.index(2990));
    }

    @Test
    void cleansWordControlCharacters() {
        assertEquals("本年新制作数量\n12", WordText.clean("本年新制作数量\u000b12\u0007"));
        assertEquals("共5 件", WordText.clean("共\u0013 PAGE \u00145\u0015 件\r"));
    }

    @Test
    void saysAnUnreadableDocumentCannotBeRead() {
        DocumentContent c = reader.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        assertTrue(c.failed());
        assertTrue(c.failure().startsWith("the legacy Word document cannot be read"), c.failure());
    }
}
