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
