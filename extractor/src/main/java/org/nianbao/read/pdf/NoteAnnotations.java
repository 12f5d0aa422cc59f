package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.TextLine;

/**
 * The text of a PDF's notes: a sticky note's {@code /Contents} (a reviewer's comment, or a Word comment
 * LibreOffice exported with the page) and a text box typed over the page (FreeText). A reader opens or
 * sees them beside the table; the page's content stream holds none of it. Read after the pages, as a Word
 * document's comments are: for what they say (an agency's correction left as a comment), never as the
 * report's tables.
 */
public final class NoteAnnotations {

    private static final Set<String> NOTES = Set.of("Text", "FreeText");

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
                if (!NOTES.contains(a.getSubtype()) || a.isHidden() || a.isNoView() || contents == null
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
        return out;
    }
}
