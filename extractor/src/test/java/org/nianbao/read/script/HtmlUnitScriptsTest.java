package org.nianbao.read.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and ordinary scripts: each run ends, within its limit, in a document or in a problem that says why. */
class HtmlUnitScriptsTest {

    private final HtmlUnitScripts scripts = new HtmlUnitScripts(Duration.ofSeconds(1));

    private ScriptRun run(String body) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> scripts.run(
                "<!DOCTYPE html><html><head></head><body><table><tr><td id=c1>1859</td></tr></table>" + body
                        + "</body></html>", Optional.empty(), "page.html"));
    }

    private static boolean has(ScriptRun run, ScriptProblem.Kind kind) {
        return run.problems().stream().anyMatch(p -> p.kind() == kind);
    }

    @Test
    void handsBackTheDocumentAsTheScriptsLeftIt() {
        ScriptRun run = run("<script>document.getElementById('c1').textContent = '859';</script>");
        assertTrue(run.clean(), run.problems().toString());
        assertTrue(run.dom().contains("<td id=\"c1\">859</td>"), run.dom());
        assertFalse(run.dom().contains("nianbao-prelude"), "the prelude is not part of the page");
    }

    @Test
    void runsDatesInChinasTimeZoneAsTheReportsReadersBrowserDoes() {
        // a date-only ISO string is UTC midnight: 2020-01-01 is 2020 at UTC+8, 2019 in New York (HtmlUnit's default)
        ScriptRun run = run("<script>document.getElementById('c1').textContent ="
                + " String(new Date('2020-01-01').getFullYear()) + '-' + new Date(Date.UTC(2020, 0, 1)).getHours();</script>");
        assertTrue(run.clean(), run.problems().toString());
        assertTrue(run.dom().contains("<td id=\"c1\">2020-8</td>"), run.dom());
    }

    @Test
    void readsTheLocalDatesChromeReadsThatHtmlUnitsEngineCallsInvalid() {
        // V8 reads these as local times; HtmlUnit's engine makes them Invalid Dates, and a page counting its months
        // by them would write a valid-looking 0 (red team rtx); Python's str(datetime) writes microseconds (rtz)
        ScriptRun run = run("<script>var d = ['2020-1-1', '2020-01-01 08:30:00', '2020.01.01', '2020-12-31 23:59:59.5',"
                + " '2020-01-31 23:59:59.123456'];"
                + " document.getElementById('c1').textContent = d.map(function (s) { var t = new Date(s);"
                + " return t.getFullYear() + '.' + (t.getMonth() + 1) + '.' + t.getHours() + '.' + t.getMilliseconds(); }).join(' ')"
                + " + ' ' + (Date.parse('2020-1-2') - Date.parse('2020-1-1')) + ' ' + isNaN(new Date('2020年1月1日'));</script>");
        assertTrue(run.clean(), run.problems().toString());
        assertTrue(run.dom().contains("<td id=\"c1\">2020.1.0.0 2020.1.8.0 2020.1.0.0 2020.12.23.500 2020.1.23.123 86400000 true</td>"),
                run.dom());
    }

    @Test
    void leavesTheCellAsTheBrowsersTypeErrorForAConstIncrementLeavesIt() {
        ScriptRun run = run("<script>const n = 0; n++; document.getElementById('c1').textContent = '859';</script>");
        assertTrue(run.clean(), run.problems().toString());
        assertTrue(run.dom().contains("<td id=\"c1\">1859</td>"), run.dom());
    }

    @Test
    void givesTimersSetInALetLoopEachIterationsOwnIndex() {
        ScriptRun run = run("<script>var c = document.getElementsByTagName('td'); for (let i = 0; i < c.length; i++) {"
                + " setTimeout(function () { c[i].textContent = '859'; }, 10); }</script>");
        assertTrue(run.clean(), run.problems().toString());
        assertTrue(run.dom().contains("<td id=\"c1\">859</td>"), run.dom());
    }

    @Test
    void writesARuleInsertedIntoAStyleElementBackIntoItsText() {
        ScriptRun run = run("<style id=s>td{color:black}</style>"
                + "<script>document.getElementById('s').sheet.insertRule('.old{display:none}', 1);</script>");
        assertTrue(run.clean(), run.problems().toString());
        assertTrue(run.dom().matches("(?s).*<style id=\"s\">[^<]*\\.old\\s*\\{\\s*display: none;?\\s*}.*"), run.dom());
    }

    @Test
    void anEndlessLoopRunsOutOfTime() {
        ScriptRun run = run("<script>while (true) {}</script>");
        assertFalse(run.clean());
        assertTrue(has(run, ScriptProblem.Kind.TIMED_OUT), run.problems().toString());
    }

    @Test
    void aStormOfDocumentWritesRunsOutOfTime() {
        ScriptRun run = run("<script>for (;;) { document.write('<p>x</p>'); }</script>");
        assertFalse(run.clean());
    }

    @Test
    void aHugeAllocationEndsInAProblemNotACrash() {
        ScriptRun run = run("<script>var a = []; for (;;) { a.push(new Array(100000).join('x')); }</script>");
        assertFalse(run.clean());
        assertTrue(has(run, ScriptProblem.Kind.TIMED_OUT) || has(run, ScriptProblem.Kind.OUT_OF_MEMORY),
                run.problems().toString());
    }

    @Test
    void aScriptOnTheNetworkIsRefusedNeverFetched() {
        ScriptRun run = run("<script src=\"http://example.com/hide.js\"></script>");
        assertFalse(run.clean());
        ScriptProblem refused = run.problems().stream().filter(p -> p.kind() == ScriptProblem.Kind.REFUSED)
                .findFirst().orElseThrow();
        assertEquals("http://example.com/hide.js", refused.script());
    }

    @Test
    void aFetchFromTheNetworkIsRefused() {
        ScriptRun run = run("<script>var x = new XMLHttpRequest(); x.open('GET', 'https://example.com/data.json', false);"
                + " x.send(); document.getElementById('c1').textContent = x.responseText;</script>");
        assertFalse(run.clean());
        assertTrue(has(run, ScriptProblem.Kind.REFUSED), run.problems().toString());
    }

    @Test
    void sendingTheWindowToAnotherPageIsAProblem(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("other.html"), "<html><body><table><tr><td>7</td></tr></table></body></html>");
        ScriptRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> scripts.run(
                "<html><body><table><tr><td>1859</td></tr></table><script>location = 'other.html';</script></body></html>",
                Optional.of(folder), "page.html"));
        assertFalse(run.clean());
        assertTrue(has(run, ScriptProblem.Kind.NAVIGATED), run.problems().toString());
    }

    @Test
    void aScriptFileBesideThePageRunsAndOneOutsideItsFolderIsRefused(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("site"));
        Files.createDirectories(folder.resolve("page_files"));
        Files.writeString(folder.resolve("page_files/hide.js"), "document.getElementById('c1').textContent = '859';");
        Files.writeString(root.resolve("secret.js"), "document.getElementById('c1').textContent = 'read';");
        String page = "<html><body><table><tr><td id=c1>1859</td></tr></table>"
                + "<script src=\"page_files/hide.js\"></script>%s</body></html>";
        ScriptRun beside = scripts.run(page.formatted(""), Optional.of(folder), "page.html");
        assertTrue(beside.clean(), beside.problems().toString());
        assertTrue(beside.dom().contains(">859</td>"), beside.dom());
        ScriptRun outside = scripts.run(page.formatted("<script src=\"../secret.js\"></script>"
                + "<script src=\"file://" + root.resolve("secret.js") + "\"></script>"), Optional.of(folder), "page.html");
        assertFalse(outside.dom().contains(">read</td>"));
        assertFalse(outside.clean());
    }

    @Test
    void anErrorNamesTheLineOfTheScriptThatThrew() {
        ScriptRun run = scripts.run("<html><body>\n<table><tr><td>1</td></tr></table>\n<script>\nundefinedFunction();\n"
                + "</script></body></html>", Optional.empty(), "page.html");
        ScriptProblem threw = run.problems().stream().filter(p -> p.kind() == ScriptProblem.Kind.THREW)
                .findFirst().orElseThrow();
        assertTrue(threw.line() >= 3 && threw.line() <= 4, threw.toString());
    }

    @Test
    void givesUpARunWhereACodeStringReachedOtherwiseThanByNameDoesWhatABrowserThrowsAbout() {
        String write = "document.getElementById('c1').textContent = '859';";
        for (String handed : java.util.List.of("[eval][0]('const k = 0; k++;');",
                "(function () {}).constructor('const k = 0; k++;')();", "Reflect.apply(eval, null, ['k; let k = 1;']);")) {
            ScriptRun run = run("<script>" + handed + write + "</script>");
            assertTrue(has(run, ScriptProblem.Kind.NOT_FOLLOWED), handed + ": " + run.problems());
        }
    }

    @Test
    void runsCodeStringsAsABrowserDoesWithoutDoubtWhereNothingDiffers() {
        String write = "document.getElementById('c1').textContent = '859';";
        for (String handed : java.util.List.of("[eval][0]('let k = 0; k++;');", "var F = Function; new F('a', 'const k = a;"
                + " return k;')(1);", "try { new Function('const k = 0; k++;')(); } catch (e) {}",
                "try { var run = eval; run('const k = 0; k++;'); } catch (e) {}", "eval('(' + '{\"a\": 1}' + ')');")) {
            ScriptRun run = run("<script>" + handed + write + "</script>");
            assertTrue(run.clean(), handed + ": " + run.problems());
            assertTrue(run.dom().contains("<td id=\"c1\">859</td>"), run.dom());
        }
        ScriptRun thrown = run("<script>var run = eval; run('const k = 0; k++;');" + write + "</script>");
        assertTrue(thrown.clean(), thrown.problems().toString());
        assertTrue(thrown.dom().contains("<td id=\"c1\">1859</td>"), "the browser's TypeError stops the script: " + thrown.dom());
    }

    @Test
    void givesUpARunWhoseEventHandlerAttributeDoesWhatABrowserThrowsAbout() {
        String write = "document.getElementById('c1').textContent = '859';";
        ScriptRun thrown = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> scripts.run("<!DOCTYPE html><html><head>"
                + "</head><body onload=\"const k = 0; k++; " + write + "\"><table><tr><td id=c1>1859</td></tr></table>"
                + "</body></html>", Optional.empty(), "page.html"));
        assertTrue(has(thrown, ScriptProblem.Kind.NOT_FOLLOWED), thrown.problems().toString());
        ScriptRun legal = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> scripts.run("<!DOCTYPE html><html><head>"
                + "</head><body onload=\"let k = 0; k++; " + write + "\"><table><tr><td id=c1>1859</td></tr></table>"
                + "</body></html>", Optional.empty(), "page.html"));
        assertTrue(legal.clean(), legal.problems().toString());
        assertTrue(legal.dom().contains("<td id=\"c1\">859</td>"), legal.dom());
    }

    @Test
    void formatsDatesAsChromeDoesForTheLocalesAndOptionsPagesUse() {
        // each expected text is Chromium's (ICU, TZ=Asia/Shanghai) for 5 Jan 2020 14:07:09; HtmlUnit's own formats
        // ignore every option (2020/01/05 for each)
        ScriptRun run = run("<script>var d = new Date(2020, 0, 5, 14, 7, 9), z = function (o) {"
                + " return new Intl.DateTimeFormat('zh-CN', o).format(d); };"
                + " document.getElementById('c1').textContent = [z({year: 'numeric'}), z({year: 'numeric', month: 'long'}),"
                + " z({year: 'numeric', month: 'numeric'}), z({month: 'long'}), z({month: 'numeric'}), z({day: 'numeric'}), z(),"
                + " z({weekday: 'long'}), z({hour: 'numeric', minute: 'numeric', hour12: true}),"
                + " d.toLocaleDateString('zh-CN', {year: 'numeric', month: 'long', day: 'numeric'}), d.toLocaleString('zh-CN'),"
                + " d.toLocaleTimeString('zh-CN'), new Intl.DateTimeFormat('en-US', {year: 'numeric', month: 'long'}).format(d),"
                + " d.toLocaleString('en-US'), new Intl.DateTimeFormat('zh', {year: 'numeric', month: '2-digit'})"
                + ".formatToParts(d).map(function (p) { return p.type + '=' + p.value; }).join(',')].join('|');</script>");
        assertTrue(run.clean(), run.problems().toString());
        assertEquals("", run.unfollowed());
        assertTrue(run.dom().contains("<td id=\"c1\">2020年|2020年1月|2020/1|一月|1月|5日|2020/1/5|星期日|下午2:07|2020年1月5日"
                + "|2020/1/5 14:07:09|14:07:09|January 2020|1/5/2020, 2:07:09 PM|year=2020,literal=年,month=1,literal=月</td>"),
                run.dom());
    }

    @Test
    void formatsNumbersWithTheirFractionAndGroupingOptionsAsChromeDoes() {
        // Chromium: 1,234,567.89 / 1234567.891 / 1,234,567.00 / 1.01 (half away from zero on 1.005) / 948
        ScriptRun run = run("<script>var f = function (o, x) { return new Intl.NumberFormat('zh-CN', o).format(x); };"
                + " document.getElementById('c1').textContent = [f({maximumFractionDigits: 2}, 1234567.891),"
                + " f({useGrouping: false}, 1234567.891), f({minimumFractionDigits: 2}, 1234567),"
                + " (1.005).toLocaleString('en-US', {maximumFractionDigits: 2}), f({maximumFractionDigits: 0}, 947.6)].join('|');"
                + "</script>");
        assertTrue(run.clean(), run.problems().toString());
        assertEquals("", run.unfollowed());
        assertTrue(run.dom().contains("<td id=\"c1\">1,234,567.89|1234567.891|1,234,567.00|1.01|948</td>"), run.dom());
    }

    @Test
    void tellsAFormatItDoesNotKnowAsUnfollowed() {
        for (String unknown : List.of("new Intl.DateTimeFormat('ja-JP', {year: 'numeric'}).format(new Date())",
                "new Date().toLocaleDateString()", "new Intl.DateTimeFormat('zh-CN', {era: 'long', year: 'numeric'}).format(new Date())",
                "new Intl.NumberFormat('zh-CN', {style: 'currency', currency: 'CNY'}).format(1)")) {
            ScriptRun run = run("<script>document.getElementById('c1').textContent = " + unknown + ";</script>");
            assertTrue(run.clean(), unknown + ": " + run.problems());
            assertFalse(run.unfollowed().isEmpty(), unknown);
        }
    }

    @Test
    void tellsADateStringNeitherThisEngineNorThePreludeReadsAsUnfollowed() {
        // V8 reads each as a date of January 2020 (Chromium, TZ=Asia/Shanghai); here each is invalid, and a page
        // counting its months by them would write a valid-looking 0 (red team rtb)
        for (String key : List.of("2020-1", "2020/01", "2020.1", "2020-1-1 0:0:0", "2020-01-01 00:00:00 GMT+0800",
                "2020-01-01 00:00:00 +08:00", "January 2020", "2020/01/01 00:00:00.0", "2020-01-01  00:00:00")) {
            ScriptRun run = run("<script>document.getElementById('c1').textContent = new Date('" + key + "').getFullYear();</script>");
            assertTrue(run.clean(), key + ": " + run.problems());
            assertTrue(run.unfollowed().contains("Date.parse"), key + ": " + run.unfollowed());
        }
        ScriptRun read = run("<script>document.getElementById('c1').textContent = new Date('2020-01-01').getFullYear()"
                + " + new Date('2020-1-1 08:30:00').getMonth() + isNaN(new Date('无日期'));</script>");
        assertEquals("", read.unfollowed(), "dates read here, and a string with no digit, are not told");
    }

    @Test
    void refusesTheLocaleTagsAndNullOptionsChromeRefuses() {
        // Chromium throws each (RangeError: Invalid language tag / Incorrect locale information; TypeError for null),
        // and the page's script stops there: a Java-style zh_CN formatted as zh-CN here wrote a figure no reader sees
        ScriptRun run = run("<script>var d = new Date(2020, 0, 5), e = function (f) { try { return f(); } catch (x) {"
                + " return x.name; } }; document.getElementById('c1').textContent = ["
                + " e(function () { return d.toLocaleDateString('zh_CN'); }),"
                + " e(function () { return new Intl.DateTimeFormat('zh_CN', {year: 'numeric'}).format(d); }),"
                + " e(function () { return (948).toLocaleString('zh_CN'); }),"
                + " e(function () { return new Intl.NumberFormat(['zh-CN', 'zh_CN']).format(948); }),"
                + " e(function () { return (948).toLocaleString('zh-CN', null); }),"
                + " e(function () { return d.toLocaleDateString('zh-CN', null); }),"
                + " e(function () { return new Intl.NumberFormat('').format(948); }),"
                + " e(function () { return d.toLocaleDateString('zh-Hans-CN') + ' ' + (1234).toLocaleString('en-US'); })].join('|');</script>");
        assertTrue(run.clean(), run.problems().toString());
        assertTrue(run.dom().contains("<td id=\"c1\">RangeError|RangeError|RangeError|RangeError|TypeError|TypeError|RangeError"
                + "|2020/1/5 1,234</td>"), run.dom());
    }

    @Test
    void laysAScriptThatFailsToCompileAtTheLineItStandsOn() {
        // a named group is a syntax error to this engine: reported with no line, it is found by its text
        ScriptRun run = run("\n<script>\nvar m = /(?<y>\\d{4})/.exec('2020');\n"
                + "document.getElementById('c1').textContent = m.groups.y;\n</script>");
        assertTrue(has(run, ScriptProblem.Kind.THREW), run.problems().toString());
        assertEquals(2, run.problems().get(0).line(), run.problems().toString());
    }
}
