package org.nianbao.audit.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.Extracted;
import org.nianbao.audit.output.CellRow;
import org.nianbao.audit.source.SourceFile;

/**
 * A report scanned to an image file: the audit page shows the page image with the box of the cell
 * OCR read, in the points the image reader located it in (the file's 200 dpi), as for a PDF page.
 */
class ScannedImageSourceTest {

    private static final String SCAN = "ocr/bordered-2021.page2-scan-200.png"; // 1700 × 2373 px at 200 dpi

    @TempDir
    Path images;

    @Test
    @SuppressWarnings("unchecked")
    void anImageFileIsShownAsItsPageImageWithTheOcrCellsBox() throws IOException {
        String sha = SourceFile.sha256(Files.readAllBytes(Extracted.fixture(SCAN)));
        CellRow cell = new CellRow(SCAN, "requests", "new", "total", "35", "35",
                "page:1 bbox:520.3,120.5,548.0,138.2 ocr", CellRow.EXTRACTED);
        SourceExcerpts excerpts = new SourceExcerpts(SourceFile.load(Extracted.FIXTURES, SCAN, sha), "image",
                List.of(cell), images, "d7");

        assertEquals("pdf", excerpts.source().get("kind"), "drawn as pages: " + excerpts.source());
        Map<String, Object> page = (Map<String, Object>) ((Map<String, Object>) excerpts.source().get("pages")).get("1");
        assertEquals(1700 * 72 / 200f, (float) page.get("w"), 0.5f);
        assertEquals(2373 * 72 / 200f, (float) page.get("h"), 0.5f);
        BufferedImage png = ImageIO.read(images.getParent().resolve((String) page.get("img")).toFile());
        assertEquals(Math.round(1700 / 200f * 110), png.getWidth(), 1, "rendered at the audit pages' 110 dpi");

        Map<String, Object> at = (Map<String, Object>) excerpts.at(cell.key()).orElseThrow();
        Map<String, Object> view = ((List<Map<String, Object>>) at.get("views")).get(0);
        assertEquals(1, view.get("page"));
        assertEquals(List.of(520.3f, 120.5f, 548.0f, 138.2f), view.get("box"));
    }

    @Test
    void anImageThatCannotBeDecodedSaysSoInsteadOfAPage() throws IOException {
        Path bad = images.resolve("bad.png");
        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        SourceExcerpts excerpts = new SourceExcerpts(SourceFile.load(images, "bad.png",
                SourceFile.sha256(Files.readAllBytes(bad))), "image", List.of(), images, "d8");
        assertEquals("none", excerpts.source().get("kind"));
        assertTrue(String.valueOf(excerpts.source().get("problem")).contains("could not be opened as image"),
                String.valueOf(excerpts.source()));
    }
}
