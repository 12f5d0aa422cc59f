package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nianbao.reconstruct.CellGrid;

/**
 * The lines a text is read from, each with the file's line it stands on: all of the file's lines, or some left out
 * where a tool's output holds lines that say nothing the reader can place. Locations are given in the file's lines, so
 * that a cell is found where a person opening the file looks.
 *
 * @param lines the lines read on
 * @param fileLines the file's 1-based line number of each
 */
record NumberedLines(List<String> lines, List<Integer> fileLines) {

    NumberedLines {
        lines = List.copyOf(lines);
        fileLines = List.copyOf(fileLines);
        if (lines.size() != fileLines.size()) {
            throw new IllegalArgumentException(lines.size() + " lines, " + fileLines.size() + " line numbers");
        }
    }

    /** The file's lines, each on its own line number. */
    static NumberedLines asInFile(List<String> lines) {
        List<Integer> numbers = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            numbers.add(i + 1);
        }
        return new NumberedLines(lines, numbers);
    }

    /** These lines with the blank ones left out. */
    NumberedLines withoutBlank() {
        List<String> kept = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                kept.add(lines.get(i));
                numbers.add(fileLines.get(i));
            }
        }
        return new NumberedLines(kept, numbers);
    }

    /** These lines with those at the given 0-based indexes left out. */
    NumberedLines without(Set<Integer> indexes) {
        List<String> kept = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!indexes.contains(i)) {
                kept.add(lines.get(i));
                numbers.add(fileLines.get(i));
            }
        }
        return new NumberedLines(kept, numbers);
    }

    /** Whether some line read on stands on another line number than its place (some of the file's lines left out). */
    boolean renumbered() {
        for (int i = 0; i < fileLines.size(); i++) {
            if (fileLines.get(i) != i + 1) {
                return true;
            }
        }
        return false;
    }

    /** The file's line number of the 1-based line {@code read} of these lines. */
    int fileLine(int read) {
        return read >= 1 && read <= fileLines.size() ? fileLines.get(read - 1) : read;
    }

    /** The grids with their line locations the file's. */
    List<CellGrid> located(List<CellGrid> grids) {
        if (!renumbered()) {
            return grids;
        }
        return grids.stream().map(g -> g.withLines(this::fileLine)).toList();
    }
}
