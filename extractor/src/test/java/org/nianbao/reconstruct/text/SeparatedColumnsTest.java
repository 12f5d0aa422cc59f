package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resources are table 三 of a Chromium {@code innerText} copy of a generated 2019 page (cells holding
 * paragraphs, so a row's pieces stand on lines apart), and the whole copy of seed 9393's page {@code 0011-2019}, with
 * what util-linux 2.38.1 {@code column -t -s $'\t' -o SEP} made of them, run on this machine (not written by hand).
 */
class SeparatedColumnsTest {

    private static final String DIR = "src/test/resources/text/column/";

    static List<String> lines(String name) throws IOException {
        return Files.readString(Path.of(DIR + name), StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * The copy as {@code column} leaves it to be read back: lines with no printed field gone (the empty ones and
     * those holding tabs only), each field's trailing spaces gone (no different from padding), trailing empty
     * fields gone (every line is padded to the same number of fields).
     */
    static List<String> trimmed(List<String> copy) {
        List<String> out = new ArrayList<>();
        for (String line : copy) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = new ArrayList<>(Arrays.stream(line.split("\t", -1)).map(String::stripTrailing).toList());
            while (fields.size() > 1 && fields.get(fields.size() - 1).isEmpty()) {
                fields.remove(fields.size() - 1);
            }
            out.add(String.join("\t", fields));
        }
        return out;
    }

    @Test
    void readsBarsAndSpacesBetweenFieldsBackAsTheCopysTabs() throws IOException {
        assertEquals(trimmed(lines("innertext-requests.txt")),
                SeparatedColumns.of(lines("innertext-requests.column-o-bar.txt")));
    }

    @Test
    void readsBareBarsBetweenFieldsBackAsTheCopysTabs() throws IOException {
        assertEquals(trimmed(lines("innertext-requests.txt")),
                SeparatedColumns.of(lines("innertext-requests.column-o-pipe.txt")));
    }

    @Test
    void readsSingleSpacesBetweenFieldsBackAsTheCopysTabs() throws IOException {
        assertEquals(trimmed(lines("innertext-requests.txt")),
                SeparatedColumns.of(lines("innertext-requests.column-o-space.txt")));
    }

    @Test
    void keepsALabelsOwnSpaceInItsFieldWhereNoLineShowsABoundaryThere() throws IOException {
        // seed 9393's page 0011-2019 (red team chromium-innertext-column-o-space-granted-shifted-2019.txt): table 四's
        // header cell 尚未 审结 is its column's widest field, so its own space stands over every other line's padding;
        // cut there, every line had a field more and 予以公开's figures, on a line apart, were read a column off
        assertEquals(trimmed(lines("innertext-0011-2019.txt")),
                SeparatedColumns.of(lines("innertext-0011-2019.column-o-space.txt")));
    }

    @Test
    void leavesSpaceSeparatedLinesNotPaddedToOneWidthAlone() throws IOException {
        // text laid out by hand or by pdftotext ends its lines where their text ends
        List<String> ragged = lines("innertext-requests.column-o-space.txt").stream().map(String::stripTrailing).toList();
        assertSame(ragged, SeparatedColumns.of(ragged));
    }

    @Test
    void keepsAColumnNoLinePrintsInAsABlankField() throws IOException {
        // the copy's sixth field (其他组织's) blanked on every line: `column` gives it no width, the separator twice
        List<String> copy = new ArrayList<>(trimmed(lines("innertext-requests.txt")));
        List<String> columned = new ArrayList<>(lines("innertext-requests.column-o-bar.txt"));
        for (int i = 0; i < columned.size(); i++) {
            String line = columned.get(i);
            columned.set(i, line.substring(0, nth(line, " | ", 4) + 3) + line.substring(nth(line, " | ", 5)));
            List<String> fields = new ArrayList<>(Arrays.asList(copy.get(i).split("\t", -1)));
            if (fields.size() > 5) {
                fields.set(5, "");
            }
            copy.set(i, String.join("\t", fields).replaceAll("\t+$", ""));
        }
        String first = columned.get(0);
        assertEquals(" |  | ", first.substring(nth(first, " | ", 4), nth(first, " | ", 4) + 6));
        assertEquals(copy, SeparatedColumns.of(columned));
    }

    /** Where the separator stands the {@code n + 1}-th time in the line. */
    private static int nth(String line, String separator, int n) {
        int at = -1;
        for (int k = 0; k <= n; k++) {
            at = line.indexOf(separator, at + 1);
        }
        return at;
    }

    @Test
    void leavesATableFramedByBarsAlone() throws IOException {
        // a Markdown or w3m table puts a bar before the first cell: read as it is a leading blank field would shift
        // every row one column right
        List<String> framed = lines("innertext-requests.column-o-pipe.txt").stream().map(l -> "|" + l + "|").toList();
        assertSame(framed, SeparatedColumns.of(framed));
    }

    @Test
    void leavesTextWithALineWithoutTheSeparatorsAlone() throws IOException {
        List<String> lines = new ArrayList<>(lines("innertext-requests.column-o-bar.txt"));
        lines.add(10, "（一）主动公开政府信息情况");
        assertSame(lines, SeparatedColumns.of(lines));
    }

    @Test
    void leavesColumnTOutputWithALabelsOwnSpaceLinedUpToAlignedColumns() {
        // column -t pads each field to its column's widest plus two spaces; 其 他's space stands over the shorter
        // figures' padding on every line, a single space column by chance among the two-wide boundaries
        List<String> padded = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            String field = k == 0 ? "其 他" + "  " : (k % 10) + "      "; // the widest field is five display columns
            padded.add("行政许可" + "  " + field + (k % 3) + "  ");
        }
        assertSame(padded, SeparatedColumns.of(padded));
    }

    @Test
    void leavesColumnTOutputToAlignedColumns() throws IOException {
        List<String> spaced = lines("innertext-requests.column-o-bar.txt").stream()
                .map(l -> l.replace(" | ", "   ")).toList();
        assertSame(spaced, SeparatedColumns.of(spaced));
    }

    @Test
    void readsFullWidthBarsBetweenFieldsBackAsTheCopysTabs() throws IOException {
        // `column -o '｜'`: the bar a Chinese input method types, two display columns wide
        assertEquals(trimmed(lines("innertext-requests.txt")),
                SeparatedColumns.of(lines("innertext-requests.column-o-fullwidth-bar.txt")));
        assertEquals(trimmed(lines("innertext-requests.txt")),
                SeparatedColumns.of(lines("innertext-requests.column-o-spaced-fullwidth-bar.txt")));
    }

    @Test
    void countsACarriageReturnAndAByteOrderMarkNoColumnsAsColumnDoes() throws IOException {
        // the copy saved by Windows Notepad (a BOM, CRLF) then lined up on Linux: each CR stands inside its line's last
        // field, before the padding; the text reader keeps it there (its lines end at line feeds). `column` drops the
        // lines holding a CR alone or after tabs only as it drops empty lines; the copy's first line, empty, holds the
        // BOM and stays. The CR prints nothing but holds its field, so every line gets the copy's closing tabs back.
        List<String> notepad = List.of(Files.readString(Path.of(DIR + "innertext-requests.notepad.column-o-bar.txt"),
                StandardCharsets.UTF_8).split("\n"));
        List<String> expected = new ArrayList<>(List.of(""));
        for (String line : lines("innertext-requests.txt")) {
            if (!line.isBlank()) {
                expected.add(String.join("\t", Arrays.stream(line.split("\t", -1)).map(String::stripTrailing).toList()));
            }
        }
        assertEquals(expected, SeparatedColumns.of(notepad));
    }

    /**
     * The copy as {@code column} leaves it where a web editor wrote U+200B into the cells it shows empty: a line holding
     * one is no empty line and stays, a field holding one is kept (empty, the U+200B printing nothing), the other
     * trailing empty fields go as in {@link #trimmed}.
     */
    static List<String> zeroWidthTrimmed(List<String> copy) {
        List<String> out = new ArrayList<>();
        for (String line : copy) {
            if (line.isBlank() && !line.contains("\u200b")) {
                continue;
            }
            List<String> fields = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            while (fields.size() > 1 && fields.get(fields.size() - 1).isBlank()) {
                fields.remove(fields.size() - 1);
            }
            out.add(String.join("\t", fields.stream().map(f -> f.replace("\u200b", "").stripTrailing()).toList()));
        }
        return out;
    }

    @Test
    void keepsAFieldHoldingOnlyAZeroWidthSpaceAsTheCopysEmptyCell() throws IOException {
        // red team rtg: U+200B in every empty cell; dropped with the padding, a line's closing tab and the lines
        // holding a tab alone were lost, and a row's pieces were joined a column off
        assertEquals(zeroWidthTrimmed(lines("innertext-requests.zwsp-empty.txt")),
                SeparatedColumns.of(lines("innertext-requests.zwsp-empty.column-o-space.txt")));
    }

    @Test
    void countsASoftHyphenOneColumnAsColumnDoes() throws IOException {
        // red team rtg: counted none, every line holding one stood a column off the others
        assertEquals(trimmed(lines("innertext-requests.soft-hyphen.txt")),
                SeparatedColumns.of(lines("innertext-requests.soft-hyphen.column-o-space.txt")));
    }
}
