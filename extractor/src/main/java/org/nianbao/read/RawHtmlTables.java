package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.reconstruct.CellGrid;

/**
 * The raw HTML tables of a Markdown file. pandoc writes a table that Markdown cannot draw (merged
 * cells: tables 三 and often 二 and 四 of the form) as the HTML table itself when asked for Markdown
 * ({@code -t markdown}, {@code gfm}, {@code commonmark}, from HTML or Word), in a block from a
 * line opening {@code <table} to the line that closes it; GitHub and most Markdown editors keep
 * such blocks. Those lines are markup, not text: read as text they lose every cell (a cell a line,
 * {@code <td>867</td>}), so each block is read as the HTML table it is, with its spans.
 */
final class RawHtmlTables {

    private static final Pattern TAG = Pattern.compile("<(/?)table(?=[\\s>/]|$)");
    private static final Pattern OPENS = Pattern.compile("^\\s*+(?:<(?!table(?:[\\s>/]|$))[a-z][^<>]*+>\\s*+)*+<table(?=[\\s>/]|$)",
            Pattern.CASE_INSENSITIVE);

    /** A block of lines, {@code from} to {@code to} inclusive (0-based), holding {@code tables} {@code <table>} elements. */
    record Block(int from, int to, int tables) {

        String markup(List<String> lines) {
            return String.join("\n", lines.subList(from, to + 1));
        }
    }

    private RawHtmlTables() {
    }

    /**
     * The blocks, in order: each starts at a line whose text opens a table ({@code <table …}) and
     * ends at the line where every table opened since is closed, or at the text's end when one never
     * is (the HTML parser closes it there, as a browser would).
     */
    static List<Block> of(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!opensTable(lines.get(i))) {
                continue;
            }
            int depth = 0;
            int tables = 0;
            int end = lines.size() - 1;
            for (int j = i; j < lines.size(); j++) {
                Matcher m = TAG.matcher(lines.get(j).toLowerCase(Locale.ROOT));
                while (m.find()) {
                    boolean close = !m.group(1).isEmpty();
                    depth += close ? -1 : 1;
                    tables += close ? 0 : 1;
                }
                if (depth <= 0) {
                    end = j;
                    break;
                }
            }
            blocks.add(new Block(i, end, tables));
            i = end;
        }
        return blocks;
    }

    /**
     * The text before, between and after the blocks: one piece more than there are blocks, each
     * without the blank lines right after a block (a block stands between blank lines, and text
     * printed a cell per paragraph takes a second blank line for a blank cell). Without blocks, the
     * whole text.
     */
    static List<TextAround> around(List<String> lines, List<Block> blocks) {
        List<TextAround> pieces = new ArrayList<>();
        int from = 0;
        for (int b = 0; b <= blocks.size(); b++) {
            int to = b < blocks.size() ? blocks.get(b).from() : lines.size();
            pieces.add(new TextAround(lines.subList(from, to), from));
            if (b < blocks.size()) {
                from = blocks.get(b).to() + 1;
                while (from < lines.size() && lines.get(from).isBlank()) {
                    from++;
                }
            }
        }
        return pieces;
    }

    /**
     * Consecutive lines of text around raw HTML tables.
     *
     * @param lines the lines, read as text
     * @param offset how many lines of the file stand before them
     */
    record TextAround(List<String> lines, int offset) {

        TextAround {
            lines = List.copyOf(lines);
        }

        /** The file's 1-based line number of line {@code i} (0-based) of the piece. */
        int line(int i) {
            return offset + i + 1;
        }

        /** The piece's lines as the file's bytes ({@code bytes}: the file's lines, or empty when not kept). */
        List<byte[]> kept(List<byte[]> bytes) {
            return bytes.isEmpty() ? bytes : bytes.subList(offset, offset + lines.size());
        }

        /** The piece's grids, read from its lines alone, with their line locations the file's. */
        List<CellGrid> located(List<CellGrid> grids) {
            if (offset == 0) {
                return grids;
            }
            return grids.stream().map(g -> g.withLines(line -> line + offset)).toList();
        }
    }

    /** A line whose text opens a table, after nothing but other tags ({@code <div class="table"><table>}). */
    private static boolean opensTable(String line) {
        return OPENS.matcher(line).lookingAt();
    }
}
