package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.TextLine;

/**
 * The text of a PDF's notes: the {@code /Contents} of every comment (a sticky note, a reviewer's comment
 * or a Word comment LibreOffice exported with the page; the note of a rectangle, circle, underline or
 * strike-out round a figure; the text Acrobat's "replace text" puts in its caret), a text box typed over
 * the page (FreeText), the words a stamp or a text field shows, and the titles of the bookmarks.
 * A reader opens or sees them beside the table; the
 * page's content stream holds none of it. Read after the pages, as a Word document's comments are: for
 * what they say (an agency's correction left as a comment), never as the report's tables.
 */
public final class NoteAnnotations {

    /** Annotations whose appearance may draw words of a note: a stamp made of text, a text box. */
    private static final Set<String> SHOWN_TEXT = Set.of("Stamp", "FreeText");
    /** A text field's "password" flag (PDF 32000-1, table 228): the viewer draws its value as dots. */
    private static final int PASSWORD = 1 << 13;
    /** How far up a field's parents its inheritable entries ({@code /FT}, {@code /Ff}, {@code /V}) are looked for. */
    private static final int FIELD_DEPTH = 8;
    /** Annotations whose {@code /Contents} is no note: a link's or a form field's alternate text, a popup's copy of its parent's. */
    private static final Set<String> NOT_NOTES = Set.of("Link", "Widget", "Popup", "PrinterMark", "TrapNet", "Watermark");

    private NoteAnnotations() {
    }

    /** The notes of the first {@code pages} pages, one line each, located at the note's box. */
    public static List<TextLine> of(PDDocument document, int pages) {
        List<TextLine> out = new ArrayList<>();
        for (int p = 1; p <= Math.min(pages, document.getNumberOfPages()); p++) {
            PDPage page = document.getPage(p - 1);
            List<PDAnnotation> annotations;
            try {
                annotations = page.getAnnotations();
            } catch (IOException | RuntimeException e) {
                continue; // a damaged annotation array: the page's own text is read without its notes
            }
            PDRectangle crop = page.getCropBox();
            for (PDAnnotation a : annotations) {
                PDRectangle r = a.getRectangle();
                if (a.isHidden() || a.isNoView() || r == null) {
                    continue;
                }
                float[] box = PageAnnotations.inPageSpace(r, crop);
                Location where = new Location.PageBox(p, box[0], box[1], box[2], box[3]);
                if (!NOT_NOTES.contains(a.getSubtype())) {
                    add(a.getContents(), where, out);
                }
                if (SHOWN_TEXT.contains(a.getSubtype())) {
                    add(shownText(a, document), where, out);
                } else if (isTextField(a)) {
                    add(fieldText(a, document), where, out);
                }
            }
        }
        if (document.getNumberOfPages() > 0) {
            PDRectangle first = document.getPage(0).getCropBox();
            Location bookmarks = new Location.PageBox(1, 0, 0, first.getWidth(), first.getHeight());
            titles(document.getDocumentCatalog().getDocumentOutline(), bookmarks, out, 0);
        }
        return out;
    }

    private static void add(String text, Location where, List<TextLine> out) {
        if (text != null) {
            for (String line : text.strip().split("\\R+")) {
                if (!line.isBlank()) {
                    out.add(new TextLine(line.strip(), where));
                }
            }
        }
    }

    /**
     * A text field, single- or multi-line (a 备注/说明 box of a fillable template, where a note is typed), its type and
     * flags inherited from any parent (Acrobat's dotted names: {@code form1} › {@code 备注} › the widget). A password
     * field shows dots, not its value.
     */
    private static boolean isTextField(PDAnnotation a) {
        if (!a.getSubtype().equals("Widget")) {
            return false;
        }
        COSBase type = inherited(a.getCOSObject(), COSName.FT);
        COSBase flags = inherited(a.getCOSObject(), COSName.FF);
        int ff = flags instanceof COSNumber n ? n.intValue() : 0;
        return COSName.TX.equals(type) && (ff & PASSWORD) == 0;
    }

    /**
     * The words a text field shows: its appearance's, or its value where the viewer draws the value itself (no
     * appearance, one that draws no words, or the form's {@code /NeedAppearances}: form fillers that leave the
     * drawing to the viewer, which every viewer draws from {@code /V}).
     */
    private static String fieldText(PDAnnotation a, PDDocument document) {
        String shown = needsAppearances(document) ? "" : shownText(a, document);
        if (!shown.isBlank()) {
            return shown;
        }
        return inherited(a.getCOSObject(), COSName.V) instanceof COSString value ? value.getString() : "";
    }

    private static boolean needsAppearances(PDDocument document) {
        try {
            var form = document.getDocumentCatalog().getAcroForm(null);
            return form != null && form.getNeedAppearances();
        } catch (RuntimeException damaged) {
            return false;
        }
    }

    /** A field's entry, its own or the nearest parent's (a looping or deep parent chain stops at {@link #FIELD_DEPTH}). */
    private static COSBase inherited(COSDictionary field, COSName key) {
        COSDictionary at = field;
        for (int depth = 0; at != null && depth <= FIELD_DEPTH; depth++) {
            COSBase value = at.getDictionaryObject(key);
            if (value != null) {
                return value;
            }
            at = at.getDictionaryObject(COSName.PARENT) instanceof COSDictionary parent ? parent : null;
        }
        return null;
    }

    /**
     * The text an annotation's appearance draws (a stamp made of words, a field's text), read by drawing the
     * appearance alone on a page of its own; empty when it draws none or cannot be read. Its own, not the
     * page's: a stamp away from the table is read nowhere else.
     */
    private static String shownText(PDAnnotation a, PDDocument document) {
        PDAppearanceStream appearance = a.getNormalAppearanceStream();
        if (appearance == null || appearance.getBBox() == null) {
            return "";
        }
        try (PDDocument alone = new PDDocument()) {
            PDPage page = new PDPage(appearance.getBBox());
            alone.addPage(page);
            try (PDPageContentStream drawing = new PDPageContentStream(alone, page)) {
                drawing.drawForm(appearance);
            }
            return new PDFTextStripper().getText(alone);
        } catch (IOException | RuntimeException unreadable) {
            return ""; // an appearance that cannot be drawn shows nothing this reader can read
        }
    }

    /** The bookmarks' titles, depth first; a damaged or looping outline stops where it breaks. */
    private static void titles(PDOutlineNode node, Location where, List<TextLine> out, int depth) {
        if (node == null || depth > 8 || out.size() > 10_000) {
            return;
        }
        try {
            for (PDOutlineItem item : node.children()) {
                if (out.size() > 10_000) {
                    return; // an outline whose siblings loop
                }
                String title = item.getTitle();
                if (title != null && !title.isBlank()) {
                    out.add(new TextLine(title.strip(), where));
                }
                titles(item, where, out, depth + 1);
            }
        } catch (RuntimeException damaged) {
            // the bookmarks read so far stand
        }
    }
}
