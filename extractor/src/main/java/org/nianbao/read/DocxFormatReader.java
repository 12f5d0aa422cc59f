package org.nianbao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.nianbao.model.Format;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.DocumentContent;

/**
 * Word 2007+ documents (OOXML), opened with POI XWPF and read from the body's XML in document
 * order by {@link DocxBody}: tables become exact grids located as {@code table:T row:R col:C}
 * (T counts {@code <w:tbl>} elements in document order, nested and content-control tables
 * included; C is the grid column after {@code gridSpan} expansion); paragraphs outside tables are
 * running text, which has no location finer than the document.
 */
public final class DocxFormatReader implements FormatReader {

    private final TextFallback fallback;

    /** @param isValue tells value cells from label text, for documents whose tables were flattened to paragraphs */
    public DocxFormatReader(Predicate<String> isValue) {
        this.fallback = new TextFallback(isValue);
    }

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public DocumentContent read(byte[] bytes) {
        DocxBody body;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            body = new DocxBody().read(doc.getDocument().getBody().getDomNode());
        } catch (IOException | RuntimeException e) {
            // POI reports damaged packages, zip bombs and missing parts as assorted runtime exceptions
            return DocumentContent.unreadable("the Word document is damaged and cannot be opened ("
                    + OfficeFailure.describe(e) + ")", List.of());
        }
        List<CellGrid> grids = new ArrayList<>(body.grids());
        fallback.flattenedGrid(grids, body.text()).ifPresent(grids::add);
        return new DocumentContent(grids, body.text(), body.findings(), "", "");
    }
}
