package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Finding;
import org.nianbao.read.script.HtmlUnitScripts;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;

/**
 * A page with scripts is read as its scripts leave it: the false alarms of guessing from their text
 * (red team 20a's probes) are gone, and a script that cannot be run falls back to the guesses, doubted.
 */
class LoadedPageTest {

    private final HtmlFormatReader reader = new HtmlFormatReader(new ValueParser()::isValue,
            new HtmlUnitScripts(Duration.ofSeconds(2)));

    private DocumentContent read(String head, String body) {
        return reader.read(("<!DOCTYPE html><html><head>" + head + "</head><body><table><tr><td>规章</td>"
                + "<td id=c1><span id=o1 class=old>1</span>859</td></tr></table>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static GridCell cell(DocumentContent content) {
        return content.grids().get(0).rows().get(0).get(1);
    }

    private static List<Finding> rule(DocumentContent content, String rule) {
        return content.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aScriptThatNeverRunsFlagsNothing() {
        for (String dead : List.of("<script>if (false) { document.getElementById('o1').style.display = 'none'; }</script>",
                "<script>// document.getElementById('o1').remove();\n</script>",
                "<script nomodule>document.getElementById('o1').remove();</script>",
                "<template><script>document.getElementById('o1').remove();</script></template>")) {
            DocumentContent content = read("", dead);
            assertEquals("1859", cell(content).text(), dead);
            assertTrue(cell(content).notes().isEmpty(), dead + ": " + cell(content).notes());
            assertTrue(rule(content, "script-changed").isEmpty(), dead);
        }
    }

    @Test
    void anElderModeSetOnlyFromStorageChangesNothingAndFlagsNothing() {
        DocumentContent content = read("<style>.elder .old{display:none}</style>",
                "<script>if (localStorage.getItem('elder') === '1') { document.body.classList.add('elder'); }</script>");
        assertEquals("1859", cell(content).text());
        assertTrue(cell(content).notes().isEmpty(), cell(content).notes().toString());
    }

    @Test
    void aCellAScriptChangesIsReadAsItShowsAndSaysSo() {
        DocumentContent content = read("", "<script>o1.style.display = 'none';</script>");
        assertEquals("859", cell(content).text().strip());
        Finding changed = rule(content, "script-changed").get(0);
        assertEquals("table:1 row:1 col:2", changed.where().render());
        assertTrue(changed.message().contains("\"1859\" → \"859\""), changed.message());
    }

    @Test
    void aScriptThatCannotRunFallsBackToTheGuessesAndSaysWhy() {
        DocumentContent content = read("", "<script src=\"http://example.com/x.js\"></script>"
                + "<script>document.getElementById('o1').remove();</script>");
        Finding notRun = rule(content, "script-not-run").get(0);
        assertTrue(notRun.message().contains("http://example.com/x.js was refused: on the network"), notRun.message());
        assertFalse(cell(content).notes().isEmpty(), "the guess from the script's text doubts the cell");
    }

    @Test
    void whatAScriptThatThrewHereNamesInATableIsDoubted() {
        // a syntax HtmlUnit's engine lacks (a regular expression's named group) where Chrome runs it
        DocumentContent content = read("", "<script>var m = /(?<d>\\d)/; document.querySelectorAll('.old')"
                + ".forEach(function (e) { e.textContent = ''; });</script>");
        if (rule(content, "script-not-run").isEmpty()) {
            assertEquals("859", cell(content).text().strip()); // the engine ran it after all
        } else {
            assertFalse(cell(content).notes().isEmpty(), "the cell holding .old is doubted");
        }
    }
}
