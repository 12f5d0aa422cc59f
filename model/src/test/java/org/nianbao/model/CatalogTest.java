package org.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void bundledCopyEqualsTheSpecFileWhenTheSpecIsPresent() throws IOException {
        Path spec = Path.of(System.getProperty("nianbao.shared", "../../shared"), "spec", "canonical-keys.csv");
        assumeTrue(Files.exists(spec), "no ../shared/spec beside the project");
        try (InputStream bundled = Catalog.class.getResourceAsStream("canonical-keys.csv")) {
            assertArrayEquals(Files.readAllBytes(spec), bundled.readAllBytes(),
                    "model/src/main/resources/org/nianbao/model/canonical-keys.csv must be a copy of the spec's");
        }
    }

    @Test
    void listsEveryCellOfBothFormats() {
        assertEquals(22, catalog.specs(TableId.ACTIVE, Template.Y2019).size());
        assertEquals(10, catalog.specs(TableId.ACTIVE, Template.Y2021).size());
        assertEquals(23 * 7, catalog.specs(TableId.REQUESTS, Template.Y2019).size());
        assertEquals(25 * 7, catalog.specs(TableId.REQUESTS, Template.Y2021).size());
        assertEquals(15, catalog.specs(TableId.APPEALS, Template.Y2019).size());
        assertEquals(15, catalog.specs(TableId.APPEALS, Template.Y2021).size());
    }

    @Test
    void knowsTheStandardLabelsOfACell() {
        KeySpec s = catalog.find(CanonicalKey.of(TableId.REQUESTS, "unable_no_info", "commercial")).orElseThrow();
        assertEquals("1.本机关不掌握相关政府信息", s.rowLabel());
        assertEquals("商业企业", s.columnLeafLabel());
        KeySpec decisions = catalog.find(CanonicalKey.of(TableId.ACTIVE, "licensing", "decisions")).orElseThrow();
        assertEquals(List.of("本年处理决定数量"), decisions.column2021Labels());
    }

    @Test
    void ordersKeysAsTheCatalogListsThem() {
        CanonicalKey first = CanonicalKey.of(TableId.ACTIVE, "regulations", "new_made");
        CanonicalKey later = CanonicalKey.of(TableId.APPEALS, "review", "upheld");
        assertTrue(catalog.order().compare(first, later) < 0);
    }

    @Test
    void refusesACatalogWithADuplicateKey() {
        String csv = "table,row,column,templates,row_label_path,column_label,note\n"
                + "appeals,review,upheld,2019,行政复议,结果维持,\n"
                + "appeals,review,upheld,2021,行政复议,结果维持,\n";
        assertThrows(IllegalArgumentException.class,
                () -> Catalog.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void splitsQuotedCsvFields() {
        assertEquals(List.of("a", "b,c", "d\"e", ""), Catalog.split("a,\"b,c\",\"d\"\"e\","));
    }
}
