package org.nianbao.corpus.generate;

import java.util.List;
import java.util.Random;
import org.nianbao.corpus.generate.Layout.Block;
import org.nianbao.corpus.generate.Layout.Cell;
import org.nianbao.corpus.generate.Layout.PageBreak;
import org.nianbao.corpus.generate.Layout.Paragraph;
import org.nianbao.corpus.generate.Layout.Slot;
import org.nianbao.corpus.generate.Layout.SlotKind;
import org.nianbao.corpus.generate.Layout.Table;

/**
 * Flattens a layout to text the way the seeds were flattened (see {@link Rendering}). The
 * pdftotext-style layout has its own class, {@link SpaceAlignedText}.
 */
final class TextRenderer {

    String render(Layout.Document doc, Rendering style, Random rng) {
        StringBuilder out = new StringBuilder();
        if (style == Rendering.TEXT_MARKDOWN) {
            out.append("# ");
        }
        out.append(doc.title()).append(style == Rendering.TEXT_TAB_CELLS ? "\n" : "\n\n");
        int page = 2;
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                String prefix = style == Rendering.TEXT_MARKDOWN && p.heading() ? "## " : "";
                out.append(prefix).append(p.text()).append(style == Rendering.TEXT_TAB_CELLS ? "\n" : "\n\n");
            } else if (b instanceof PageBreak pb) {
                out.append(footer(pb.nextPage()));
            } else if (b instanceof Table t) {
                List<List<Slot>> grid = t.grid();
                for (int r = 0; r < grid.size(); r++) {
                    if (t.breaksBefore().contains(r) && style.paged()) {
                        out.append(footer(page++));
                    }
                    switch (style) {
                        case TEXT_PARAGRAPHS -> paragraphs(grid.get(r), out, rng);
                        case TEXT_TAB_CELLS -> tabCells(grid.get(r), out);
                        case TEXT_TAB_ROWS -> tabRow(grid.get(r), false, out, rng);
                        case TEXT_TAB_PADDED -> tabRow(grid.get(r), true, out, rng);
                        case TEXT_MARKDOWN -> markdown(grid.get(r), r == 0, out);
                        default -> throw new IllegalArgumentException(style + " is not a flat text rendering");
                    }
                }
                out.append("\n");
            }
        }
        return out.toString();
    }

    /** The page number a PDF-to-text conversion leaves between two rows of a table cut by a page end. */
    private static String footer(int page) {
        return "\n— " + page + " —\n\n";
    }

    private static void paragraphs(List<Slot> row, StringBuilder out, Random rng) {
        for (Slot s : row) {
            if (s.kind() != SlotKind.ORIGIN) {
                continue;
            }
            String text = s.cell().oneLine();
            if (text.isBlank()) {
                out.append("\n");
            } else if (!s.cell().value() && rng.nextInt(100) < 20) {
                out.append("  ").append(text).append("   \n\n");
            } else {
                out.append(text).append("\n\n");
            }
        }
    }

    private static void tabCells(List<Slot> row, StringBuilder out) {
        for (Slot s : row) {
            if (s.kind() == SlotKind.ORIGIN) {
                out.append('\t').append(s.cell().text()).append('\n');
            } else if (s.kind() == SlotKind.ROW_COVERED && s.firstColumn()) {
                out.append("\t\n");
            }
        }
        out.append('\n');
    }

    private static void tabRow(List<Slot> row, boolean padded, StringBuilder out, Random rng) {
        StringBuilder line = new StringBuilder();
        boolean first = true;
        for (Slot s : row) {
            if (!padded && s.kind() != SlotKind.ORIGIN) {
                continue;
            }
            line.append(first ? "" : "\t").append(s.kind() == SlotKind.ORIGIN ? spaced(s.cell()) : "");
            first = false;
        }
        if (rng.nextInt(100) < 20) {
            line.append('\t');
        }
        out.append(line).append('\n');
    }

    private static void markdown(List<Slot> row, boolean header, StringBuilder out) {
        StringBuilder line = new StringBuilder("|");
        for (Slot s : row) {
            line.append(' ').append(s.kind() == SlotKind.ORIGIN ? spaced(s.cell()) : "").append(" |");
        }
        out.append(line).append('\n');
        if (header) {
            out.append("|").append(" --- |".repeat(row.size())).append('\n');
        }
    }

    /** A wrapped cell on one line, its line break become a space (甘肃省: 本年新 制作数量). */
    private static String spaced(Cell c) {
        return c.text().replace("\n", " ");
    }
}
