package org.nianbao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Predicate;
import java.io.InputStream;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.nianbao.model.Format;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.TextLine;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Word 2007+ documents (OOXML), opened with POI's OOXML package reader (zip-bomb and entity
 * protections included) and read from the main part's body in document order by {@link DocxBody}: tables become exact grids located as {@code table:T row:R col:C}
 * (T counts {@code <w:tbl>} elements in document order, nested and content-control tables
 * included; C is the grid column after {@code gridSpan} expansion); paragraphs outside tables are
 * running text, which has no location finer than the document.
 */
public final class DocxFormatReader implements FormatReader {

    private final TextFallback fallback;
    private final HtmlFormatReader html;

    /** @param isValue tells value cells from label text, for documents whose tables were flattened to paragraphs */
    public DocxFormatReader(Predicate<String> isValue) {
        this.fallback = new TextFallback(isValue);
        this.html = new HtmlFormatReader(isValue);
    }

    /**
     * The part an {@code altChunk} imports: HTML (what content systems paste) is read by the HTML
     * reader, plain text as lines; other kinds (RTF, another Word document) are not read.
     */
    private DocumentContent chunk(PackagePart main, String id) {
        try {
            PackageRelationship rel = main == null ? null : main.getRelationship(id);
            PackagePart part = rel == null ? null : main.getRelatedPart(rel);
            if (part == null) {
                return DocumentContent.unreadable("its part (" + id + ") is missing", List.of());
            }
            String type = part.getContentType().toLowerCase(java.util.Locale.ROOT);
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
            if (type.contains("html")) {
                return html.read(bytes);
            }
            if (type.startsWith("text/plain")) {
                List<TextLine> lines = new ArrayList<>();
                for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank()) {
                        lines.add(new TextLine(line.strip(), org.nianbao.model.Location.none()));
                    }
                }
                return new DocumentContent(List.of(), lines, List.of(), "", "");
            }
            return DocumentContent.unreadable("content of type " + type + " is not read", List.of());
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (e instanceof RuntimeException r && !LibraryFailure.thrownByLibrary(r)) {
                throw r; // our bug (the HTML reader's, say), not a damaged part
            }
            return DocumentContent.unreadable(LibraryFailure.describe(e), List.of());
        }
    }

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public DocumentContent read(byte[] bytes) {
        DocxBody body;
        List<TextLine> notes;
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            Optional<Node> bodyElement = body(pkg);
            if (bodyElement.isEmpty()) {
                return DocumentContent.unreadable("the Word document has no body (word/document.xml)", List.of());
            }
            PackagePart main = mainPart(pkg);
            WordStyles styles = styles(main);
            body = new DocxBody(id -> chunk(main, id), styles, numbering(main, styles), dataStore(main)).read(bodyElement.get());
            notes = WordNotes.of(main, bodyElement.get(), styles);
        } catch (IOException | InvalidFormatException | SAXException | RuntimeException e) {
            // POI reports damaged packages, zip bombs and missing parts as assorted runtime exceptions;
            // our own (DocxBody, WordRuns, WordStyles) are bugs, for Extractor to report as such
            if (e instanceof RuntimeException r && !LibraryFailure.thrownByLibrary(r)) {
                throw r;
            }
            return DocumentContent.unreadable("the Word document is damaged and cannot be opened ("
                    + LibraryFailure.describe(e) + ")", List.of());
        }
        List<CellGrid> grids = new ArrayList<>(body.grids());
        grids.addAll(fallback.flattenedGrids(grids, body.text()));
        List<TextLine> text = new ArrayList<>(body.text());
        text.addAll(notes);
        return new DocumentContent(grids, text, body.findings(), "", "");
    }

    /**
     * The main document part's body. Only that part is parsed (POI's secure DOM parser: no DTDs,
     * no external entities); building XWPF's object model of every part took four times as long.
     */
    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        return rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
    }

    /**
     * The document's styles, when its styles part can be read: a run takes hidden, struck or raised
     * formatting from them. Without the part (or with a damaged one, which Word would refuse to show
     * styled), runs have their direct properties only.
     */
    private static WordStyles styles(PackagePart main) {
        try {
            for (String type : STYLES) {
                PackageRelationshipCollection rels = main.getRelationshipsByType(type);
                if (rels.size() > 0) {
                    PackagePart part = main.getRelatedPart(rels.getRelationship(0));
                    if (part != null) {
                        try (InputStream in = part.getInputStream()) {
                            return WordStyles.of(XMLHelper.newDocumentBuilder().parse(in));
                        }
                    }
                }
            }
        } catch (IOException | InvalidFormatException | SAXException | RuntimeException e) {
            if (e instanceof RuntimeException r && !LibraryFailure.thrownByLibrary(r)) {
                throw r; // our bug in WordStyles, not a damaged styles part
            }
            return WordStyles.NONE;
        }
        return WordStyles.NONE;
    }

    /** The document's list numbering, when its numbering part can be read; else no paragraph is numbered. */
    private static WordNumbering numbering(PackagePart main, WordStyles styles) {
        try {
            for (String type : NUMBERING) {
                PackageRelationshipCollection rels = main.getRelationshipsByType(type);
                if (rels.size() > 0) {
                    PackagePart part = main.getRelatedPart(rels.getRelationship(0));
                    if (part != null) {
                        try (InputStream in = part.getInputStream()) {
                            return WordNumbering.of(XMLHelper.newDocumentBuilder().parse(in), styles);
                        }
                    }
                }
            }
        } catch (IOException | InvalidFormatException | SAXException | RuntimeException e) {
            if (e instanceof RuntimeException r && !LibraryFailure.thrownByLibrary(r)) {
                throw r; // our bug in WordNumbering, not a damaged numbering part
            }
        }
        return WordNumbering.NONE;
    }

    /**
     * The document's custom XML parts by their item ids ({@code customXmlProps}' {@code ds:itemID}); a part that
     * cannot be read is left out, so the controls bound to it are doubted.
     */
    private static WordDataStore dataStore(PackagePart main) {
        Map<String, Document> items = new HashMap<>();
        try {
            for (PackageRelationship rel : main.getRelationshipsByType(CUSTOM_XML)) {
                PackagePart item = main.getRelatedPart(rel);
                PackageRelationshipCollection props = item == null ? null : item.getRelationshipsByType(CUSTOM_XML_PROPS);
                if (props == null || props.size() == 0) {
                    continue;
                }
                PackagePart propsPart = item.getRelatedPart(props.getRelationship(0));
                try (InputStream p = propsPart.getInputStream(); InputStream in = item.getInputStream()) {
                    Document properties = XMLHelper.newDocumentBuilder().parse(p);
                    String id = properties.getDocumentElement().getAttributeNS(DATASTORE, "itemID");
                    if (!id.isEmpty()) {
                        items.put(id, XMLHelper.newDocumentBuilder().parse(in));
                    }
                } catch (IOException | SAXException | RuntimeException e) {
                    if (e instanceof RuntimeException r && !LibraryFailure.thrownByLibrary(r)) {
                        throw r;
                    }
                }
            }
        } catch (InvalidFormatException | RuntimeException e) {
            if (e instanceof RuntimeException r && !LibraryFailure.thrownByLibrary(r)) {
                throw r;
            }
        }
        return WordDataStore.of(items);
    }

    private static final String CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    private static final String CUSTOM_XML_PROPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
    private static final String DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

    private static final List<String> NUMBERING = List.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/numbering");

    private static final List<String> STYLES = List.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/styles");

    private static Optional<Node> body(OPCPackage pkg) throws IOException, InvalidFormatException, SAXException {
        PackagePart part = mainPart(pkg);
        if (part == null) {
            return Optional.empty();
        }
        Document xml;
        try (InputStream in = part.getInputStream()) {
            xml = XMLHelper.newDocumentBuilder().parse(in);
        }
        for (Node n = xml.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("body".equals(n.getLocalName())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
