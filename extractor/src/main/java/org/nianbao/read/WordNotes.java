package org.nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.util.XMLHelper;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.TextLine;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The text Word prints beside the body of a DOCX: footnotes, endnotes, page headers and footers. A
 * reader sees it on the page (an agency's correction notice is put in a footnote on the title, or in
 * the header of every page), so it is running text, read after the body with the body's rules for
 * what is shown; tables there are not the report's.
 */
final class WordNotes {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final List<String> KINDS = List.of("footnotes", "endnotes", "header", "footer");

    private WordNotes() {
    }

    /** The lines of every footnote, endnote, header and footer of the main part, in that order. */
    static List<TextLine> of(PackagePart main, WordStyles styles) throws IOException, InvalidFormatException, SAXException {
        List<TextLine> out = new ArrayList<>();
        if (main == null) {
            return out;
        }
        for (String kind : KINDS) {
            for (PackageRelationship rel : main.getRelationshipsByType(RELATIONSHIPS + kind)) {
                PackagePart part = main.getRelatedPart(rel);
                if (part == null) {
                    continue;
                }
                Node root;
                try (InputStream in = part.getInputStream()) {
                    root = XMLHelper.newDocumentBuilder().parse(in).getDocumentElement();
                }
                boolean notes = kind.endsWith("notes"); // w:footnotes holds w:footnote elements; w:hdr holds paragraphs
                for (Node n = notes ? root.getFirstChild() : root; n != null; n = notes ? n.getNextSibling() : null) {
                    if (n.getNodeType() == Node.ELEMENT_NODE) {
                        out.addAll(new DocxBody(id -> DocumentContent.unreadable("not read in a note", List.of()), styles)
                                .read(n).text());
                    }
                }
            }
        }
        return out;
    }
}
