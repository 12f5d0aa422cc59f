package org.nianbao.fixturegen;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.nianbao.model.CanonicalKey;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/**
 * Writes a fixture .docx: the body's WordprocessingML is written here element by element (so that
 * gridSpan, vMerge, content controls and split runs are exactly as authored) and POI packages it.
 * Tables are numbered as the reader documents: every {@code <w:tbl>} in the order it starts.
 */
final class DocxBuilder {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int PAGE_WIDTH = 9000; // twips between the margins of an A4 page

    private final StringBuilder body = new StringBuilder();
    private final Map<CanonicalKey, String> locations = new LinkedHashMap<>();
    private final Map<CanonicalKey, String> runsXml = new LinkedHashMap<>();
    private int tables;

    /** Writes the value cell of {@code key} as these runs (WordprocessingML) instead of its text. */
    DocxBuilder runs(CanonicalKey key, String xml) {
        runsXml.put(key, xml);
        return this;
    }

    DocxBuilder heading(String text) {
        body.append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>").append(runs(text, "<w:b/><w:sz w:val=\"36\"/>"))
                .append("</w:p>");
        return this;
    }

    DocxBuilder para(String text) {
        body.append("<w:p>").append(runs(text, "")).append("</w:p>");
        return this;
    }

    /** Content imported from another part of the package (the caller adds the part and the relationship). */
    DocxBuilder altChunk(String relationshipId) {
        body.append("<w:altChunk r:id=\"").append(relationshipId).append("\"/>");
        return this;
    }

    /** An empty paragraph holding a page break: Word keeps the tables on either side apart. */
    DocxBuilder pageBreak() {
        body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        return this;
    }

    DocxBuilder table(Grid g) {
        body.append(tableXml(g));
        return this;
    }

    /** A table inside a block-level content control, as templates with form fields have them. */
    DocxBuilder tableInContentControl(Grid g, String tag) {
        body.append("<w:sdt><w:sdtPr><w:alias w:val=\"").append(tag).append("\"/><w:tag w:val=\"").append(tag)
                .append("\"/></w:sdtPr><w:sdtContent>").append(tableXml(g)).append("</w:sdtContent></w:sdt>");
        return this;
    }

    Map<CanonicalKey, String> locations() {
        return locations;
    }

    void write(OutputStream out) throws IOException {
        String xml = "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
                + "w:bottom=\"1440\" w:left=\"1440\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>"
                + "</w:body></w:document>";
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getDocument().setBody(DocumentDocument.Factory.parse(xml).getDocument().getBody());
            doc.write(out);
        } catch (XmlException e) {
            throw new IOException("bad body XML", e);
        }
    }

    private String tableXml(Grid g) {
        int number = ++tables;
        int columns = g.columns();
        int width = PAGE_WIDTH / columns;
        StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"" + width * columns + "\" w:type=\"dxa\"/>"
                + "<w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            sb.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        sb.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int c = 0; c < columns; c++) {
            sb.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        for (int r = 0; r < g.rows(); r++) {
            sb.append("<w:tr>");
            for (int c = 0; c < columns; ) {
                Grid.Cell cell = g.covering(r, c).orElseThrow(() -> new IllegalStateException("hole in grid"));
                sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width * cell.colspan()).append("\" w:type=\"dxa\"/>");
                if (cell.colspan() > 1) {
                    sb.append("<w:gridSpan w:val=\"").append(cell.colspan()).append("\"/>");
                }
                boolean starts = cell.row() == r;
                if (cell.rowspan() > 1) {
                    sb.append(starts ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
                }
                String content = !starts ? "" : cell.key().map(runsXml::get).orElse(runs(cell.text(), ""));
                sb.append("</w:tcPr><w:p>").append(content).append("</w:p></w:tc>");
                if (starts) {
                    cell.key().ifPresent(k -> locations.put(k, "table:" + number + " row:" + (cell.row() + 1)
                            + " col:" + (cell.col() + 1)));
                }
                c = cell.col() + cell.colspan();
            }
            sb.append("</w:tr>");
        }
        return sb.append("</w:tbl>").toString();
    }

    /** Text as Word often stores it: split into two runs with different properties ("13" + "89"). */
    private static String runs(String text, String props) {
        if (text.isEmpty()) {
            return "";
        }
        int mid = text.length() / 2;
        if (mid == 0) {
            return run(text, props);
        }
        return run(text.substring(0, mid), props) + run(text.substring(mid), props + "<w:lang w:val=\"en-US\"/>");
    }

    private static String run(String text, String props) {
        return "<w:r>" + (props.isEmpty() ? "" : "<w:rPr>" + props + "</w:rPr>") + "<w:t xml:space=\"preserve\">"
                + HtmlPage.escape(text) + "</w:t></w:r>";
    }
}
