package org.nianbao.audit.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.model.Location;
import org.nianbao.read.FormatReader;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextLine;

/**
 * An HTML, DOCX or DOC document as its reader sees it: tables numbered the way the reader numbers
 * them (span expansion, nested and layout tables counted) and the running text by source line.
 * Re-reading with the reader itself is deliberate: a location means what that reader meant by it.
 */
public final class GridSource implements SourceView, SourceView.LineText {

    private final Map<Integer, SourceTable> tables;
    private final Map<Integer, String> lines;

    private GridSource(Map<Integer, SourceTable> tables, Map<Integer, String> lines) {
        this.tables = Map.copyOf(tables);
        this.lines = Map.copyOf(lines);
    }

    static GridSource read(FormatReader reader, byte[] bytes) throws IOException {
        return read(reader, bytes, null);
    }

    /** As {@link #read(FormatReader, byte[])}, for the bytes of the file {@code path} (null when not known). */
    static GridSource read(FormatReader reader, byte[] bytes, java.nio.file.Path path) throws IOException {
        DocumentContent content = path == null ? reader.read(bytes) : reader.read(bytes, path);
        if (content.failed()) {
            throw new IOException(content.failure());
        }
        Map<Integer, Map<Integer, Map<Integer, GridCell>>> byTable = new TreeMap<>();
        Map<Integer, String> lines = new HashMap<>();
        for (CellGrid grid : content.grids()) {
            for (List<GridCell> row : grid.rows()) {
                for (GridCell c : row) {
                    if (c.where() instanceof Location.TableCell t) {
                        byTable.computeIfAbsent(t.table(), k -> new TreeMap<>())
                                .computeIfAbsent(t.row(), k -> new TreeMap<>())
                                .merge(t.col(), c, (a, b) -> a.spanned() ? b : a);
                    } else if (c.where() instanceof Location.Line l) {
                        lines.merge(l.line(), c.text(), (a, b) -> a + "\n" + b);
                    }
                }
            }
        }
        for (TextLine t : content.text()) {
            if (t.where() instanceof Location.Line l) {
                lines.merge(l.line(), t.text(), (a, b) -> a.contains(b) ? a : a + "\n" + b);
            }
        }
        Map<Integer, SourceTable> tables = new TreeMap<>();
        byTable.forEach((n, rows) -> {
            int cols = rows.values().stream().mapToInt(r -> r.keySet().stream().mapToInt(i -> i).max().orElse(0))
                    .max().orElse(0);
            tables.put(n, new SourceTable(n, new HashMap<>(rows), rows.keySet().stream().mapToInt(i -> i).max()
                    .orElse(0), cols));
        });
        return new GridSource(tables, lines);
    }

    public Map<Integer, SourceTable> tables() {
        return tables;
    }

    @Override
    public String at(int line) {
        return lines.getOrDefault(line, "");
    }

    @Override
    public int count() {
        return lines.keySet().stream().mapToInt(i -> i).max().orElse(0);
    }

    @Override
    public List<Presence> find(List<Probe> probes) {
        List<Presence> out = new ArrayList<>(probes.size());
        for (Probe p : probes) {
            if (p.where() instanceof Location.TableCell t) {
                out.add(cell(p.raw(), t));
            } else if (p.where() instanceof Location.Line l) {
                out.add(SourceView.findInLines(p.raw(), l.line(), this));
            } else {
                out.add(Presence.of(false, "(no such place in an HTML or Word document)"));
            }
        }
        return out;
    }

    private Presence cell(String raw, Location.TableCell t) {
        SourceTable table = tables.get(t.table());
        if (table == null) {
            return Presence.of(false, "(the document has no table " + t.table() + ")");
        }
        return table.at(t.row(), t.col())
                .map(c -> Presence.of(!c.spanned() && Whitespace.strip(c.text()).equals(Whitespace.strip(raw)),
                        c.spanned() ? "(covered by a merged cell)" : c.text()))
                .orElse(Presence.of(false, "(table " + t.table() + " has no row " + t.row() + " col " + t.col() + ")"));
    }
}
