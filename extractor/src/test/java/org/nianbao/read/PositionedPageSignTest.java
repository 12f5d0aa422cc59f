package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.nianbao.reconstruct.TextLine;
import org.junit.jupiter.api.Test;

/** A sign pdftohtml set in a block of its own (another font) is laid out with the figure it touches. */
class PositionedPageSignTest {

    private static List<String> lines(String html) {
        return PositionedPage.lines(Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)))
                .orElseThrow().stream().map(TextLine::text).toList();
    }

    @Test
    void aMinusTouchingItsFigureIsOneStringWithIt() throws IOException {
        // corpus/redteam/pdftohtml-wide-minus-split-fonts-0011-2019.html: `-` (DejaVu Sans, 18 px) at
        // left 647, `１` at 653; laid out two columns apart, the `-` was read as a blank mark in the
        // column before and 本年增/减 as 1
        List<String> lines = lines(Files.readString(
                Path.of("../corpus/redteam/pdftohtml-wide-minus-split-fonts-0011-2019.html"), StandardCharsets.UTF_8));
        assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith("行政强制") && l.contains("-１") && l.contains("２６９")),
                String.join("\n", lines));
    }

    @Test
    void aDashACellsPaddingAwayFromAFigureStaysABlankMark() throws IOException {
        // the same page with the figure moved 30 px right of the `-` (more than an em at 18 px): two cells
        String moved = Files.readString(Path.of("../corpus/redteam/pdftohtml-wide-minus-split-fonts-0011-2019.html"),
                StandardCharsets.UTF_8).replace("top:60px;left:653px", "top:60px;left:683px");
        List<String> lines = lines(moved);
        assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith("行政强制") && !l.contains("-１") && l.contains("１")),
                String.join("\n", lines));
    }
}
