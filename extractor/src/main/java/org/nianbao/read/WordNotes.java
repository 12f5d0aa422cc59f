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
 * The text Word prints beside the body of a DOCX: footnotes, endnotes, comments, page headers and footers. A
 * reader sees it on the page (an agency's correction notice is put in a footnote on the title, or in
 * the header of every page), so it is running text, read after the body with the body's rules for
 * what is shown; tables there are not the report's. Only the headers and footers a section prints
 * are read: its default ones, its first-page ones where it has {@code w:titlePg}, its even-page ones
 * where the settings have {@code w:evenAndOddHeaders} (Word and LibreOffice print no other).
 */
final class WordNotes {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    /** Comments are shown beside the page by Word (markup on) and LibreOffice: a reviewer's note left in is seen. */
    private static final List<String> KINDS = List.of("footnotes", "endnotes", "comments", "header", "footer");

    private WordNotes() {
    }

    /** The lines of every footnote, endnote, comment, header and footer of the main part, in that order. */
    static List<TextLine> of(PackagePart main, Node body, WordStyles styles)
            throws IOException, InvalidFormatException, SAXException {
        List<TextLine> out = new ArrayList<>();
        if (main == null) {
            return out;
        }
        java.util.Set<String> printed = printedHeaders(body, evenAndOdd(main));
        for (String kind : KINDS) {
            for (PackageRelationship rel : main.getRelationshipsByType(RELATIONSHIPS + kind)) {
                PackagePart part = main.getRelatedPart(rel);
                boolean stories = kind.endsWith("notes") || kind.equals("comments");
                if (part == null || !stories && !printed.contains(rel.getId())) {
                    continue;
                }
                Node root;
                try (InputStream in = part.getInputStream()) {
                    root = XMLHelper.newDocumentBuilder().parse(in).getDocumentElement();
                }
                // w:footnotes holds one w:footnote per note (w:comments one w:comment); w:hdr and w:ftr hold their
                // paragraphs themselves
                List<Node> notes = new ArrayList<>();
                if (stories) {
                    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n.getNodeType() == Node.ELEMENT_NODE) {
                            notes.add(n);
                        }
                    }
                } else {
                    notes.add(root);
                }
                for (Node story : notes) {
                    out.addAll(new DocxBody(id -> DocumentContent.unreadable("not read in a note", List.of()), styles)
                            .read(story).text());
                }
            }
        }
        return out;
    }

    /** The relationship ids of the headers and footers the body's sections print. */
    private static java.util.Set<String> printedHeaders(Node body, boolean evenAndOdd) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        org.w3c.dom.NodeList sections = ((org.w3c.dom.Element) body).getElementsByTagNameNS("*", "sectPr");
        for (int i = 0; i < sections.getLength(); i++) {
            Node section = sections.item(i);
            boolean titlePage = false;
            for (Node n = section.getFirstChild(); n != null; n = n.getNextSibling()) {
                titlePage |= "titlePg".equals(n.getLocalName()) && WordStyles.on(DocxBody.attr(n, "val"));
            }
            for (Node n = section.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("headerReference".equals(n.getLocalName()) || "footerReference".equals(n.getLocalName())) {
                    String type = DocxBody.attr(n, "type");
                    if (type.isEmpty() || type.equals("default") || type.equals("first") && titlePage
                            || type.equals("even") && evenAndOdd) {
                        ids.add(DocxBody.relationshipId(n));
                    }
                }
            }
        }
        return ids;
    }

    /** Whether the document's settings print even pages' own headers ({@code w:evenAndOddHeaders}). */
    private static boolean evenAndOdd(PackagePart main) throws IOException, InvalidFormatException, SAXException {
        for (PackageRelationship rel : main.getRelationshipsByType(RELATIONSHIPS + "settings")) {
            PackagePart part = main.getRelatedPart(rel);
            if (part != null) {
                try (InputStream in = part.getInputStream()) {
                    org.w3c.dom.NodeList on = XMLHelper.newDocumentBuilder().parse(in)
                            .getElementsByTagNameNS("*", "evenAndOddHeaders");
                    return on.getLength() > 0 && WordStyles.on(DocxBody.attr(on.item(0), "val"));
                }
            }
        }
        return false;
    }
}
