package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What a page script that writes into a table puts in doubt: the cells it can reach, worked out from the table it
 * takes and the indexes it walks by, each doubt naming the script. Every page below was run in Chromium 156
 * ({@code --dump-dom}) to check that the script changes the cell named and no other.
 */
class ScriptedStyleTest {

    /** Two tables of 3 rows × 3 cells, values r{row}c{col} in the first and s{row}c{col} in the second. */
    private static final String TABLES = "<table id=t1><tr><td>r0c0<td>r0c1<td>r0c2<tr><td>r1c0<td>r1c1<td>r1c2<tr><td>r2c0"
            + "<td>r2c1<td>r2c2</table><table id=t2><tr><td>s0c0<td>s0c1<td>s0c2<tr><td>s1c0<td>s1c1<td>s1c2<tr><td>s2c0"
            + "<td>s2c1<td>s2c2</table>";

    /** The texts of the cells of the page the script puts in doubt. */
    private static List<String> doubted(String script) {
        Document page = Jsoup.parse("<html><body>" + TABLES + "<script>" + script + "</script></body></html>");
        StyleSheet sheet = StyleSheet.of(page);
        List<String> out = new ArrayList<>();
        for (Element td : page.select("td")) {
            sheet.doubted(td).ifPresent(why -> out.add(td.text()));
        }
        return out;
    }

    @Test
    void aCellWrittenThroughConstantIndexesIsTheOnlyOneInDoubt() {
        assertEquals(List.of("r1c2"), doubted("var t = document.getElementsByTagName('table')[0];\nt.rows[1].cells[2].innerHTML = '9';"));
        assertEquals(List.of("s2c0"), doubted("document.getElementsByTagName('table')[1].rows[2].cells[0].textContent = '9';"));
        assertEquals(List.of("s0c1"), doubted("document.getElementById('t2').rows[0].cells[1].innerText = '9';"));
        assertEquals(List.of("r2c2"), doubted("document.querySelector('table').tBodies[0].rows[2].cells[2].innerHTML = '9';"));
        assertEquals(List.of("s1c1"), doubted("var ts = document.getElementsByTagName('table');\nts[1].rows[1].cells[1].innerHTML = '9';"));
        assertEquals(List.of("r1c1"), doubted("var t = document.getElementById('t1'); var r = 1; var c = 1;\n"
                + "t.rows[r].cells[c].innerHTML = '9';"));
        // the ninth cell of the page, counted as the DOM counts them
        assertEquals(List.of("s0c2"), doubted("document.querySelectorAll('td')[11].innerHTML = '9';"));
    }

    @Test
    void aLoopBetweenNumbersReachesTheRowsItRunsOver() {
        assertEquals(List.of("r1c2", "r2c2"), doubted("var t = document.getElementById('t1');\n"
                + "for (var i = 1; i < 3; i++) { t.rows[i].cells[2].innerHTML = '9'; }"));
        assertEquals(List.of("r0c0", "r1c0"), doubted("var t = document.getElementById('t1');\n"
                + "for (let i = 1; i >= 0; i--) t.rows[i].cells[0].textContent = '';"));
        // a loop to the table's length reaches every row: the column it writes is in doubt, the others not
        assertEquals(List.of("r0c2", "r1c2", "r2c2"), doubted("var t = document.getElementById('t1');\n"
                + "for (var i = 0; i < t.rows.length; i++) { if (t.rows[i].cells[0].textContent == 'r1c0') t.rows[i].cells[2].innerHTML = '9'; }"));
    }

    @Test
    void aCellHiddenPutsItsRowInDoubtForTheCellsAfterItMoveUp() {
        assertEquals(List.of("r1c0", "r1c1", "r1c2"), doubted("document.getElementById('t1').rows[1].cells[0].style.display = 'none';"));
    }

    @Test
    void aWalkFromAFunctionsParameterReachesWhatTheCallGivesIt() {
        assertEquals(List.of("r1c2"), doubted("function fix(t) { t.rows[1].cells[2].innerHTML = '9'; }\n"
                + "fix(document.getElementsByTagName('table')[0]);"));
        // a parameter used as an index is no number: every cell of the row
        assertEquals(List.of("s0c0", "s0c1", "s0c2"), doubted("function fix(n, t) { t.rows[0].cells[n].innerHTML = '9'; }\n"
                + "fix(1, document.getElementById('t2'));"));
    }

    @Test
    void aWalkFromSomethingNotFoundPutsEveryCellInDoubt() {
        // a variable handed on to a function: which table it is, is not worked out here
        assertEquals(18, doubted("function fix(t) { t.rows[1].cells[2].innerHTML = '9'; }\n"
                + "var main = document.getElementById('t2');\nfix(main);").size());
    }

    @Test
    void positionsAScriptMayHaveShiftedAreNotTrusted() {
        // a row inserted first: rows[2] is another row by then, and a cell inserted may move cells[2]: the table is in doubt
        assertEquals(List.of("r0c0", "r0c1", "r0c2", "r1c0", "r1c1", "r1c2", "r2c0", "r2c1", "r2c2"), doubted("var t = document.getElementById('t1');\n"
                + "var r = t.insertRow(0); r.insertCell(0).textContent = 'x';\nt.rows[2].cells[2].innerHTML = '9';"));
        // a cell removed: the cells after it move up, and the rows a loop removing them visits are not followed
        assertEquals(List.of("s0c0", "s0c1", "s0c2", "s1c0", "s1c1", "s1c2", "s2c0", "s2c1", "s2c2"),
                doubted("document.getElementById('t2').rows[0].cells[1].remove();"));
    }

    @Test
    void whatDoesNotChangeAFigureShownPutsNothingInDoubt() {
        assertEquals(List.of(), doubted("var t = document.getElementById('t1');\n"
                + "for (var i = 0; i < t.rows.length; i++) t.rows[i].style.backgroundColor = '#eee';"));
        assertEquals(List.of(), doubted("var t = document.getElementById('t1');\nif (t.rows[0].cells[0].innerHTML == 'x') alert(1);"));
        // a slider's or menu's children walked from a function's parameter: no table's part, no cell in doubt
        assertEquals(List.of(), doubted("function show(el) { el.children[0].style.display = 'none'; }\nshow(window.slider);"));
        // an index past the cells there are reaches none (the script stops with an error in a browser)
        assertEquals(List.of(), doubted("document.getElementById('t1').rows[7].cells[0].innerHTML = '9';"));
    }

    @Test
    void theDoubtNamesTheScript() {
        Document page = Jsoup.parse("<html><body>" + TABLES + "<script>var a = 1;</script><script>\n  var t = "
                + "document.getElementById('t1');\nt.rows[1].cells[2].innerHTML = '9';</script></body></html>");
        String why = StyleSheet.of(page).doubted(page.select("td").get(5)).orElseThrow();
        assertTrue(why.contains("<script> #2 \"var t = document.getElementById('t1');\""), why);
        Document onload = Jsoup.parse("<html><body onload=\"document.getElementById('t1').rows[0].cells[0].innerHTML='9'\">"
                + TABLES + "</body></html>");
        String handler = StyleSheet.of(onload).doubted(onload.select("td").get(0)).orElseThrow();
        assertTrue(handler.contains("<body onload=\"document.getElementById('t1')"), handler);
    }
}
