package org.nianbao.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Tells whether a page's drawing stops part-way. PDFBox decodes a content stream whose compressed
 * data is corrupt up to the damage and silently draws what it got: the cells drawn after that
 * point would read as blanks. Each Flate-compressed content stream is inflated here on its own; one
 * that fails, or ends before its compressed data says it is complete, is damaged.
 */
final class ContentDamage {

    private ContentDamage() {
    }

    /** Why the page's drawing stops part-way, or "" when every content stream decodes to its end. */
    static String of(PDPage page) {
        try {
            Iterator<PDStream> streams = page.getContentStreams();
            int n = 0;
            while (streams.hasNext()) {
                n++;
                COSStream cos = streams.next().getCOSObject();
                COSBase filter = cos.getFilters();
                boolean flate = COSName.FLATE_DECODE.equals(filter) || filter instanceof COSArray a && a.size() == 1
                        && COSName.FLATE_DECODE.equals(a.getObject(0));
                if (!flate || cos.containsKey(COSName.DECODE_PARMS)) {
                    continue; // other filters and predictors are left to PDFBox
                }
                byte[] raw;
                try (InputStream in = cos.createRawInputStream()) {
                    raw = in.readAllBytes();
                }
                String why = inflate(raw);
                if (!why.isEmpty()) {
                    return "content stream " + n + " " + why;
                }
            }
            return "";
        } catch (IOException | RuntimeException e) {
            return "content cannot be read: " + e.getMessage();
        }
    }

    private static String inflate(byte[] raw) {
        Inflater inflater = new Inflater();
        byte[] out = new byte[64 * 1024];
        try {
            inflater.setInput(raw);
            while (!inflater.finished()) {
                int got = inflater.inflate(out);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return "ends before its compressed data is complete (at byte " + inflater.getTotalIn() + " of "
                            + raw.length + ")";
                }
            }
            return "";
        } catch (DataFormatException e) {
            return "is corrupt at byte " + inflater.getTotalIn() + " of " + raw.length + " (" + e.getMessage() + ")";
        } finally {
            inflater.end();
        }
    }
}
