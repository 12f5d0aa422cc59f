package org.nianbao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ddf.AbstractEscherOptRecord;
import org.apache.poi.ddf.EscherContainerRecord;
import org.apache.poi.ddf.EscherOptRecord;
import org.apache.poi.ddf.EscherPropertyTypes;
import org.apache.poi.ddf.EscherSimpleProperty;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.PAPX;
import org.apache.poi.hwpf.usermodel.OfficeDrawing;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.nianbao.model.Format;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.TextLine;

/**
 * Legacy Word 97–2003 documents (and Kingsoft .wps files saved in that format), read with POI
 * HWPF. Binary Word stores no column grid: a merged cell is simply wider, so each table's columns
 * are rebuilt from the cells' edges ({@link DocColumns}); cells flagged as vertical or horizontal
 * merge continuations are spanned. Tables are numbered in document order (T of
 * {@code table:T row:R col:C}); running text has no location finer than the document.
 */
public final class DocFormatReader implements FormatReader {

    private final TextFallback fallback;

    /** @param isValue tells value cells from label text, for documents whose tables were flattened to paragraphs */
    public DocFormatReader(Predicate<String> isValue) {
        this.fallback = new TextFallback(isValue);
    }

    @Override
    public Format format() {
        return Format.DOC;
    }

    @Override
    public DocumentContent read(byte[] bytes) {
        List<CellGrid> grids = new ArrayList<>();
        List<TextLine> text = new ArrayList<>();
        List<TextLine> notes = new ArrayList<>();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            DocRunProperties properties = DocRunProperties.of(doc);
            int n = range.numParagraphs();
            List<FloatingTextBoxes.Box> floating = floatingBoxes(doc, range);
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    grids.add(grid(t, grids.size() + 1, doc.getParagraphTable().getParagraphs(), properties, floating));
                    i += Math.max(1, t.numParagraphs()) - 1;
                    continue;
                }
                lines(p, text);
            }
            // text boxes, footnotes, endnotes, comments (shown beside the page), headers and footers: read after the body
            for (Range story : new Range[] {doc.getMainTextboxRange(), doc.getFootnoteRange(), doc.getEndnoteRange(),
                    doc.getCommentsRange(), doc.getHeaderStoryRange()}) {
                for (int i = 0; story != null && i < story.numParagraphs(); i++) {
                    lines(story.getParagraph(i), notes);
                }
            }
        } catch (IOException | RuntimeException e) {
            // HWPF reports damaged, encrypted (RC4) and Word 6/95 files as assorted runtime exceptions;
            // our own (grid, DocRuns, DocShading) are bugs, for Extractor to report as such
            if (e instanceof RuntimeException r && !LibraryFailure.thrownByLibrary(r)) {
                throw r;
            }
            return DocumentContent.unreadable("the legacy Word document cannot be read ("
                    + LibraryFailure.describe(e) + ")", List.of());
        }
        grids.addAll(fallback.flattenedGrids(grids, text));
        text.addAll(notes);
        return new DocumentContent(grids, text, List.of(), "", "");
    }

    private static void lines(Paragraph p, List<TextLine> into) {
        for (String line : WordText.clean(p.text()).split("\n")) {
            if (!line.isEmpty()) {
                into.add(new TextLine(line, Location.none()));
            }
        }
    }

    private static CellGrid grid(Table t, int number, List<PAPX> paragraphs, DocRunProperties properties,
                                 List<FloatingTextBoxes.Box> floating) {
        DocColumns columns = DocColumns.of(t);
        SpanGrid grid = new SpanGrid(number);
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            int[] shading = DocShading.row(rowEnd(paragraphs, row.getEndOffset() - 1));
            grid.nextRow();
            int col = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int first = columns.index(cell.getLeftEdge());
                int span = Math.max(1, columns.index(cell.getLeftEdge() + cell.getWidth()) - first);
                if (first > col) {
                    grid.addNothing(first - col);
                    col = first;
                }
                boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        || cell.isMerged() && !cell.isFirstMerged();
                if (continuation) {
                    grid.addCovered(span);
                } else {
                    CellText text = DocRuns.cell(cell, c < shading.length ? shading[c] : DocShading.UNKNOWN, properties);
                    List<CellNote> notes = text.notes();
                    var covering = !text.text().isBlank() ? FloatingTextBoxes.cover(floating, null)
                            : notes.stream().noneMatch(note -> note.kind() == CellNote.Kind.COVERED)
                                    ? FloatingTextBoxes.note(floating, null) : java.util.Optional.<CellNote>empty();
                    if (covering.isPresent()) {
                        notes = new ArrayList<>(notes);
                        notes.add(covering.get());
                    }
                    grid.add(text.text(), notes, 1, span);
                }
                col += span;
            }
        }
        return grid.build();
    }

    /**
     * The numbers of the document's text boxes ({@link FloatingTextBoxes}) when a drawn object is
     * anchored (character 0x08) in a paragraph outside the tables: such a box is placed on the page
     * by position and may stand over any cell. Boxes anchored in cells make their own cell unreadable
     * ({@link DocRuns}). The boxes are filled when one of the document's text-box shapes is
     * ({@link #filledTextBox}): the story does not say which shape holds which number; filled, they
     * may hide any cell's figure wherever they are anchored.
     */
    private static List<FloatingTextBoxes.Box> floatingBoxes(HWPFDocument doc, Range range) {
        boolean anchoredOutside = false;
        for (int i = 0; i < range.numParagraphs() && !anchoredOutside; i++) {
            Paragraph p = range.getParagraph(i);
            anchoredOutside = !p.isInTable() && p.text().indexOf('\u0008') >= 0;
        }
        List<FloatingTextBoxes.Box> numbers = new ArrayList<>();
        boolean filled = filledTextBox(doc);
        Range boxes = anchoredOutside || filled ? doc.getMainTextboxRange() : null;
        for (int i = 0; boxes != null && i < boxes.numParagraphs(); i++) {
            String text = WordText.clean(boxes.getParagraph(i).text());
            if (FloatingTextBoxes.number(text)) {
                numbers.add(new FloatingTextBoxes.Box(text.replaceAll("\\s+", ""), filled, "text box", !anchoredOutside));
            }
        }
        return numbers;
    }

    /**
     * Whether a text-box shape of the main document (one with a {@code lTxid}) paints an opaque fill:
     * {@code fFilled} ([MS-ODRAW] 2.3.7.43, on unless the shape says otherwise) with a fill opacity of
     * 0.95 or more (LibreOffice writes a see-through box as {@code fillOpacity} 0).
     */
    private static boolean filledTextBox(HWPFDocument doc) {
        for (OfficeDrawing drawing : doc.getOfficeDrawingsMain().getOfficeDrawings()) {
            EscherContainerRecord shape = drawing.getOfficeArtSpContainer();
            AbstractEscherOptRecord options = shape == null ? null : shape.getChildById(EscherOptRecord.RECORD_ID);
            if (options == null || options.lookup(EscherPropertyTypes.TEXT__TEXTID) == null) {
                continue;
            }
            EscherSimpleProperty flags = options.lookup(EscherPropertyTypes.FILL__NOFILLHITTEST);
            int bits = flags == null ? 0 : flags.getPropertyValue();
            boolean filled = (bits & 0x100000) == 0 || (bits & 0x10) != 0;
            EscherSimpleProperty opacity = options.lookup(EscherPropertyTypes.FILL__FILLOPACITY);
            if (filled && (opacity == null || opacity.getPropertyValue() >= 0xF333)) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph properties of the row's end mark (at character {@code cp}), where its table properties are. */
    private static PAPX rowEnd(List<PAPX> paragraphs, int cp) {
        return DocRunProperties.holding(paragraphs, cp);
    }
}
