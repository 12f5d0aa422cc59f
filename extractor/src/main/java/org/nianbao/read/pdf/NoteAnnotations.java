package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.TextLine;

/**
 * The text of a PDF's notes: the {@code /Contents} of every comment (a sticky note, a reviewer's comment
 * or a Word comment LibreOffice exported with the page; the note of a rectangle, circle, underline or
 * strike-out round a figure; the text Acrobat's "replace text" puts in its caret), a text box typed over
 * the page (FreeText), and the titles of the bookmarks. A reader opens or sees them beside the table; the
 * page's content stream holds none of it. Read after the pages, as a Word document's comments are: for
 * what they say (an agency's correction left as a comment), never as the report's tables.
 */
public final class NoteAnnotations {

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
                String contents = a.getContents();
                PDRectangle r = a.getRectangle();
                if (NOT_NOTES.contains(a.getSubtype()) || a.isHidden() || a.isNoView() || contents == null
                        || contents.isBlank() || r == null) {
                    continue;
                }
                float[] box = PageAnnotations.inPageSpace(r, crop);
                Location where = new Location.PageBox(p, box[0], box[1], box[2], box[3]);
                for (String line : contents.strip().split("\\R+")) {
                    out.add(new TextLine(line.strip(), where));
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
