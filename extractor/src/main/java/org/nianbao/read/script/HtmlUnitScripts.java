package org.nianbao.read.script;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.ScriptException;
import org.htmlunit.SilentCssErrorHandler;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebWindow;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptEngine;
import org.htmlunit.javascript.JavaScriptErrorListener;

/**
 * Runs a page's load-time scripts with HtmlUnit, as Chrome would: inline scripts, {@code src} files beside
 * the page, {@code data:} addresses, load handlers, and the timers they set, on the page's own clock until it
 * settles ({@link VirtualTime}; what HtmlUnit lacks is supplied by a prelude, {@code prelude.js}). Nothing
 * reaches the network ({@link LocalFiles}); dialogs answer nothing and pop-ups are blocked; each script
 * has {@code scriptTime} to run, the whole page twice that plus a margin of processor time, on a thread of its own.
 *
 * <p>Changes to a {@code <style>} element's sheet through the CSS object model ({@code insertRule},
 * {@code deleteRule}) do not show in the markup: they are written back into that element's text before the
 * page is serialized. A linked sheet changed so cannot be written back, and is a problem of the run.
 */
public final class HtmlUnitScripts implements PageScripts {

    /** Marks the style sheets a script changes through the CSS object model; removed before serializing. */
    private static final String PRELUDE_ID = "nianbao-prelude";
    /** What the page finds in place of what HtmlUnit lacks or does otherwise than Chrome ({@code prelude.js}). */
    private static final String PRELUDE = "<script id=\"" + PRELUDE_ID + "\">" + preludeCode("prelude.js")
            + " " + preludeCode("intl.js") + "</script>";
    /** The calls whose results here may not be Chrome's (the prelude's {@code __nianbaoUnfollowed}), in words. */
    private static final String UNFOLLOWED_CALLS = "(typeof window.__nianbaoUnfollowedCalls==='function'"
            + "?window.__nianbaoUnfollowedCalls():'')";
    /** Writes the changed sheets back into their {@code <style>}; answers the linked ones it could not. */
    private static final String WRITE_BACK = "(function(){var e=document.getElementById('" + PRELUDE_ID + "');"
            + "if(e&&e.parentNode){e.parentNode.removeChild(e);}var lost=[];"
            + "for(var i=0;i<document.styleSheets.length;i++){var s=document.styleSheets[i];if(!s.nianbaoChanged){continue;}"
            + "var n=s.ownerNode;if(n&&n.nodeName.toLowerCase()==='style'){var t=[];"
            + "for(var j=0;j<s.cssRules.length;j++){t.push(s.cssRules[j].cssText);}n.textContent=t.join('\\n');}"
            + "else{lost.push(n&&n.getAttribute?(n.getAttribute('href')||'a style sheet'):'a style sheet');}}"
            + "return lost.join('\\n');})()";
    /** Takes away the marks of cells still changing that the page's own markup may carry: only a run sets them. */
    private static final String CLEAR_MARKS = "(function(){var m=document.querySelectorAll('[" + ScriptRun.UNSETTLED
            + "]');for(var i=0;i<m.length;i++){m[i].removeAttribute('" + ScriptRun.UNSETTLED + "');}})()";
    /**
     * What a script may write into, as the reader takes it ({@code ScriptWrites.cells}): the cells of tables and,
     * outside tables, every element holding no other (a div table's cell is known only once styles are read).
     */
    private static final String CELLS = "(function(){var a=document.body?document.body.getElementsByTagName('*'):[],"
            + "c=[];for(var i=0;i<a.length;i++){var e=a[i],n=e.nodeName.toLowerCase(),t=e.closest('table');"
            + "if(((n==='td'||n==='th')&&t)||(!t&&e.children.length===0"
            + "&&!/^(script|style|template|noscript|iframe|object|area|base|br|col|embed|hr|img|input|link|meta|param"
            + "|source|track|wbr)$/.test(n))){c.push(e);}}return c;})()";
    /** Notes what every cell shows when the page has stopped settling. */
    private static final String NOTE_CELLS = "(function(){var c=" + CELLS + ";"
            + "for(var i=0;i<c.length;i++){c[i].nianbaoWas=c[i].textContent;}})()";
    /** Marks every cell that shows other text than it did (or was not there); answers how many. */
    private static final String MARK_CHANGED_CELLS = "(function(){var c=" + CELLS + ",n=0;"
            + "for(var i=0;i<c.length;i++){var e=c[i],was=('nianbaoWas' in e)?e.nianbaoWas:null;"
            + "if(was!==e.textContent){e.setAttribute('" + ScriptRun.UNSETTLED + "',(was===null?'':was)+' \u2192 '"
            + "+e.textContent);n++;}}return n;})()";
    /**
     * Where the prelude goes: just inside {@code <head>}, else {@code <html>}, else after the doctype. Before
     * {@code <html class="no-js">} it would make the root element early, without its class.
     */
    private static final Pattern HEAD = Pattern.compile("(?i)<head(?:\\s[^>]*)?>");
    private static final Pattern ROOT = Pattern.compile("(?i)<html(?:\\s[^>]*)?>");
    /**
     * A {@code nomodule} script: Chrome runs modules, so it skips these; HtmlUnit does not, so it would run them.
     * A type put first (the first of an attribute wins) keeps HtmlUnit from running it too.
     */
    private static final Pattern NOMODULE = Pattern.compile("(?i)<script(?=[^>]*\\snomodule\\b)");
    private static final Pattern DOCTYPE = Pattern.compile("(?is)^\\s*(?:<!--.*?-->\\s*)*<!doctype[^>]*>");
    /** A module script: HtmlUnit does not run modules, so what one does is not known. */
    private static final Pattern MODULE = Pattern.compile("(?i)<script\\b[^>]*\\btype\\s*=\\s*[\"']?module\\b");
    /**
     * What HtmlUnit does not do as Chrome does, so a run of a page using it would not show what Chrome shows: a
     * rule's own style or a sheet's {@code disabled} changed through the object model (not in the markup), and
     * load events it never fires ({@code pageshow}; {@code load} of an {@code <svg>}, {@code <style>}, {@code <link>},
     * {@code <details>}' {@code toggle}, {@code autofocus}' {@code focus}).
     */
    private static final Pattern UNFOLLOWED = Pattern.compile("(?i)\\.(?:cssRules|rules)\\s*\\[[^\\]]*\\]\\s*\\.style"
            + "|\\.disabled\\s*=|pageshow|<(?:svg|style|link|details|input|object|video|audio|source|track)\\b[^>]*\\son[a-z]+\\s*=");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Duration scriptTime;

    /**
     * Each script may run {@code scriptTime} by the clock (HtmlUnit's limit); timers set to fire within the first
     * second are run too.
     */
    public HtmlUnitScripts(Duration scriptTime) {
        this.scriptTime = scriptTime;
    }

    public HtmlUnitScripts() {
        this(Duration.ofSeconds(10));
    }

    @Override
    public ScriptRun run(String html, Optional<Path> folder, String name) {
        List<ScriptProblem> problems = new ArrayList<>();
        if (MODULE.matcher(html).find()) {
            problems.add(new ScriptProblem(ScriptProblem.Kind.NOT_FOLLOWED, "a module script (type=module)",
                    "modules are not run here"));
            return new ScriptRun("", problems);
        }
        Matcher unfollowed = UNFOLLOWED.matcher(html);
        if (unfollowed.find()) {
            problems.add(new ScriptProblem(ScriptProblem.Kind.NOT_FOLLOWED, "a script (" + firstLine(unfollowed.group()) + ")",
                    "what it changes does not show in the document this run hands back"));
            return new ScriptRun("", problems);
        }
        FutureTask<Loaded> task = new FutureTask<>(() -> load(html, folder, name, problems));
        Thread worker = new Thread(task, "page-scripts");
        worker.setDaemon(true); // a script that ignores every interrupt must not keep the batch from ending
        worker.start();
        // the limit is of the worker's own CPU time: on a machine shared by many, the clock runs on while it waits
        long cpuLimit = scriptTime.toNanos() * 2 + TimeUnit.SECONDS.toNanos(5);
        long wallLimit = System.nanoTime() + cpuLimit * 10;
        try {
            while (true) {
                try {
                    Loaded page = task.get(200, TimeUnit.MILLISECONDS);
                    synchronized (problems) {
                        return new ScriptRun(page.dom(), problems, page.stillRunning(), page.unfollowed());
                    }
                } catch (TimeoutException e) {
                    long cpu = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(worker.getId()) : -1;
                    if (cpu > cpuLimit || System.nanoTime() > wallLimit) {
                        task.cancel(true);
                        return new ScriptRun("", List.of(new ScriptProblem(ScriptProblem.Kind.TIMED_OUT,
                                "the page's scripts", "still running after " + TimeUnit.NANOSECONDS.toSeconds(cpuLimit)
                                + " s of processor time; stopped")));
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            ScriptProblem.Kind kind = cause instanceof OutOfMemoryError ? ScriptProblem.Kind.OUT_OF_MEMORY
                    : ScriptProblem.Kind.THREW;
            List<ScriptProblem> all;
            synchronized (problems) {
                all = new ArrayList<>(problems);
            }
            all.add(new ScriptProblem(kind, "the page's scripts", firstLine(String.valueOf(cause))));
            return new ScriptRun("", all);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return new ScriptRun("", List.of(new ScriptProblem(ScriptProblem.Kind.TIMED_OUT, "the page's scripts",
                    "interrupted")));
        }
    }

    /** What a run of the page hands back: the document, and what was still running when it was taken. */
    private record Loaded(String dom, String stillRunning, String unfollowed) {
        static final Loaded NONE = new Loaded("", "", "");
    }

    /** On the worker thread: loads the page, runs its timers until it settles ({@link #settle}), serializes it. */
    private Loaded load(String html, Optional<Path> folder, String name, List<ScriptProblem> problems) throws IOException {
        URL url = pageUrl(name);
        String served = withPrelude(html);
        LocalFiles files = new LocalFiles(served, url, folder);
        try (WebClient client = new LocalOnlyClient(problems)) {
            client.getOptions().setJavaScriptEnabled(true);
            client.getOptions().setCssEnabled(true);
            client.getOptions().setThrowExceptionOnScriptError(false);
            client.getOptions().setThrowExceptionOnFailingStatusCode(false);
            client.getOptions().setPrintContentOnFailingStatusCode(false);
            client.getOptions().setPopupBlockerEnabled(true);
            client.getOptions().setDownloadImages(false);
            client.getOptions().setWebSocketEnabled(false);
            client.getOptions().setGeolocationEnabled(false);
            client.getOptions().setRedirectEnabled(false);
            client.getOptions().setHistorySizeLimit(1);
            client.setCssErrorHandler(new SilentCssErrorHandler());
            client.setIncorrectnessListener((message, origin) -> { });
            client.setAlertHandler((page, message) -> { });
            client.setConfirmHandler((page, message) -> false);
            client.setPromptHandler((page, message, defaultValue) -> null);
            client.setJavaScriptTimeout(scriptTime.toMillis());
            client.setJavaScriptErrorListener(new Problems(problems, served));
            client.setWebConnection(files);
            Page loaded = client.getPage(url);
            String stillRunning = "";
            if (loaded instanceof HtmlPage page && client.getCurrentWindow().getEnclosedPage() == loaded) {
                stillRunning = settle(page);
            }
            java.util.Set<String> sources = new java.util.HashSet<>();
            boolean dataRefused = false;
            if (loaded instanceof HtmlPage page) {
                for (org.htmlunit.html.DomElement script : page.getElementsByTagName("script")) {
                    if (script.hasAttribute("src")) {
                        sources.add(page.getFullyQualifiedUrl(script.getAttribute("src")).toExternalForm());
                    }
                }
            }
            for (LocalFiles.Refusal refusal : files.refused()) {
                if (!refusal.accept().equals(client.getBrowserVersion().getCssAcceptHeader())
                        && !refusal.accept().equals(client.getBrowserVersion().getImgAcceptHeader())) {
                    // a style sheet or picture refused is read (or not) by the reader itself; a script's request is not.
                    // A script file refused did not run, and the page ran on without it; any other request refused
                    // (data a script asked for) left that script's work undone where no error shows: the run is given up
                    add(problems, new ScriptProblem(ScriptProblem.Kind.REFUSED, refusal.url(), refusal.why()));
                    dataRefused |= !sources.contains(refusal.url());
                }
            }
            Page now = client.getCurrentWindow().getEnclosedPage();
            if (!(loaded instanceof HtmlPage page)) {
                add(problems, new ScriptProblem(ScriptProblem.Kind.NOT_FOLLOWED, "the page", "not read as HTML"));
                return Loaded.NONE;
            }
            if (now != loaded || !loaded.getUrl().toExternalForm().equals(url.toExternalForm())) {
                add(problems, new ScriptProblem(ScriptProblem.Kind.NAVIGATED, "a script", "the window went to "
                        + (now == null ? loaded.getUrl() : now.getUrl()).toExternalForm()));
                return Loaded.NONE;
            }
            synchronized (problems) {
                if (dataRefused || !problems.stream().allMatch(ScriptProblem::ranWithout)) {
                    return Loaded.NONE;
                }
            }
            Object lost = page.executeJavaScript(WRITE_BACK).getJavaScriptResult();
            if (lost != null && !String.valueOf(lost).isEmpty()) {
                add(problems, new ScriptProblem(ScriptProblem.Kind.NOT_FOLLOWED, "a script", "it changed the linked style sheet "
                        + String.valueOf(lost).replace("\n", ", ") + ", whose changes cannot be written back"));
                return Loaded.NONE;
            }
            Object dom = page.executeJavaScript("document.documentElement.outerHTML").getJavaScriptResult();
            Object unfollowed = page.executeJavaScript(UNFOLLOWED_CALLS).getJavaScriptResult();
            return new Loaded(dom == null ? "" : String.valueOf(dom), stillRunning,
                    unfollowed == null ? "" : String.valueOf(unfollowed));
        }
    }

    /**
     * Runs the page's timers on its own clock ({@link VirtualTime}) until none is left, or the clock is
     * {@link VirtualTime#HORIZON_MS} on: a page that settles is read as it settles. One that does not (an interval
     * never cleared, a clock ticking in the footer) is watched {@link VirtualTime#WATCH_MS} longer, and every cell
     * whose text changes meanwhile is marked {@link ScriptRun#UNSETTLED} (from what, to what), to be doubted: what
     * it shows depends on when it is looked at. Answers, in words, what was still running; empty when it settled.
     */
    private String settle(HtmlPage page) {
        VirtualTime time = new VirtualTime(page, scriptTime);
        page.executeJavaScript(CLEAR_MARKS);
        if (time.run(VirtualTime.HORIZON_MS, VirtualTime.MAX_RUNS)) {
            return "";
        }
        page.executeJavaScript(NOTE_CELLS);
        time.run(VirtualTime.WATCH_MS, VirtualTime.MAX_RUNS / 4);
        Object changed = page.executeJavaScript(MARK_CHANGED_CELLS).getJavaScriptResult();
        return "timers still running after " + VirtualTime.seconds(time.elapsed()) + " of the page's clock ("
                + time.runs() + " run); " + (changed instanceof Number n ? n.intValue() : 0)
                + " cells changed in the last " + VirtualTime.seconds(VirtualTime.WATCH_MS);
    }

    /**
     * A prelude file's code on one line (it must add no line to the page): {@code prelude.js} or {@code intl.js}
     * without its whole-line comments, its lines joined by spaces.
     */
    private static String preludeCode(String file) {
        try (var in = HtmlUnitScripts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("//")).collect(java.util.stream.Collectors.joining(" "));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(file + " cannot be read from the build", e);
        }
    }

    /** The prelude runs before every script of the page; it adds no line, so errors keep their line numbers. */
    private static String withPrelude(String html) {
        int at = 0;
        for (Pattern place : List.of(HEAD, ROOT, DOCTYPE)) {
            Matcher m = place.matcher(html);
            if (m.find()) {
                at = m.end();
                break;
            }
        }
        String withoutLegacy = NOMODULE.matcher(html.substring(at)).replaceAll("<script type=\"text/x-nomodule\"");
        return html.substring(0, at) + PRELUDE + withoutLegacy;
    }

    private static URL pageUrl(String name) {
        String file = name.isBlank() ? "page.html" : name;
        try {
            return URI.create(LocalFiles.ORIGIN + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20")).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("a page address out of an encoded name cannot be malformed", e);
        }
    }

    private static void add(List<ScriptProblem> problems, ScriptProblem problem) {
        synchronized (problems) {
            problems.add(problem);
        }
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /**
     * A client whose every request goes through its {@link LocalFiles}: HtmlUnit itself would read
     * {@code file:} addresses straight from the disk.
     */
    private static final class LocalOnlyClient extends WebClient {
        /**
         * Chrome as a reader of these reports runs it: in China's time zone. HtmlUnit's default is New York's, where
         * a date-only ISO string ({@code new Date("2020-01-01")}, UTC midnight) falls in the year before, so a page
         * that counts its figures by date would show other sums than it does to its readers.
         */
        private static final BrowserVersion READERS_BROWSER = new BrowserVersion.BrowserVersionBuilder(BrowserVersion.CHROME)
                .setSystemTimezone(TimeZone.getTimeZone("Asia/Shanghai")).build();

        private final List<ScriptProblem> problems;

        LocalOnlyClient(List<ScriptProblem> problems) {
            super(READERS_BROWSER);
            this.problems = problems;
            // the page's timers are run by VirtualTime on the thread that loads it, never on the wall clock
            getJavaScriptEngine().shutdown();
            setJavaScriptEngine(new HeldEngine(this, problems));
        }

        @Override
        public WebResponse loadWebResponse(WebRequest request) throws IOException {
            String protocol = request.getUrl().getProtocol();
            if (protocol.equals("file")) {
                add(problems, new ScriptProblem(ScriptProblem.Kind.REFUSED, request.getUrl().toExternalForm(),
                        "a file: address"));
                request.setUrl(URI.create(LocalFiles.ORIGIN + "refused").toURL());
            }
            return super.loadWebResponse(request);
        }
    }

    /**
     * HtmlUnit's engine without its event loop: no thread of its own runs the page's timers. Each script it compiles
     * is first made to throw where a browser throws about {@code let} and {@code const} ({@link LexicalBindings}); each
     * string compiled while it runs is checked for the same ({@link GeneratedCode}).
     */
    private static final class HeldEngine extends JavaScriptEngine {
        private final List<ScriptProblem> problems;
        private final LexicalBindings lexical = new LexicalBindings();

        HeldEngine(WebClient client, List<ScriptProblem> problems) {
            super(client);
            this.problems = problems;
            getContextFactory().setDebugger(new GeneratedCode(lexical, problem -> add(problems, problem)));
        }

        @Override
        public org.htmlunit.corejs.javascript.Script compile(HtmlPage page, org.htmlunit.corejs.javascript.Scriptable scope,
                String sourceCode, String sourceName, int startLine) {
            LexicalBindings.Rewritten rewritten = lexical.rewrite(sourceCode);
            for (String what : rewritten.unfollowed()) {
                add(problems, new ScriptProblem(ScriptProblem.Kind.NOT_FOLLOWED, "a script (" + what + ")",
                        "this engine does not give let and const a browser's bindings there"));
            }
            return super.compile(page, scope, rewritten.code(), sourceName, startLine);
        }

        @Override
        public synchronized void registerWindowAndMaybeStartEventLoop(WebWindow window) {
            // the timers wait in the window's job manager for VirtualTime
        }
    }

    /** Collects what HtmlUnit reports about the page's scripts. */
    private record Problems(List<ScriptProblem> problems, String served) implements JavaScriptErrorListener {

        @Override
        public void scriptException(HtmlPage page, ScriptException e) {
            if (e.getCause() instanceof org.htmlunit.corejs.javascript.JavaScriptException thrown
                    && LexicalBindings.asBrowser(thrown.getValue())) {
                // thrown where a browser throws the same (a const assigned, a let used too soon): the page stands as
                // the browser leaves it, and nothing of it is in doubt
                return;
            }
            int line = pageLine(page, e);
            add(problems, new ScriptProblem(ScriptProblem.Kind.THREW, "the script at line " + (line > 0 ? line
                    : e.getFailingLineNumber()), firstLine(e.getMessage()), line));
        }

        /**
         * The line of the page the error stands on; 0 when it is not a line of the page (a script file's own line
         * numbers), so the error is never laid at an inline script it did not come from.
         */
        private int pageLine(HtmlPage page, ScriptException e) {
            // HtmlUnit names an inline script's source "script in PAGE from (line, column) to (line, column)"; a
            // script file's source is the file's address
            String message = String.valueOf(e.getMessage());
            int line = e.getFailingLineNumber();
            boolean inPage = message.contains("script in " + page.getUrl().toExternalForm() + " from (");
            if (inPage && line > 0 && line <= served.lines().count()) {
                return line;
            }
            return line == 0 ? sourceLine(e.getScriptSourceCode()) : 0;
        }

        /**
         * The line of the page where a script that failed to compile (a syntax this engine lacks: a named group
         * {@code (?<y>…)}, a private field {@code #x}) begins, found by its text, which stands once in the page;
         * 0 when it is not the text of an inline script of the page.
         */
        private int sourceLine(String source) {
            if (source == null || source.isBlank()) {
                return 0;
            }
            int at = served.indexOf(source);
            if (at < 0 || served.indexOf(source, at + 1) >= 0 || !served.substring(0, at).matches("(?is).*<script\\b[^>]*>\\s*")) {
                return 0;
            }
            return (int) served.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }

        @Override
        public void timeoutError(HtmlPage page, long allowed, long executed) {
            add(problems, new ScriptProblem(ScriptProblem.Kind.TIMED_OUT, "a script", "ran " + executed + " ms, "
                    + allowed + " ms allowed; stopped"));
        }

        @Override
        public void malformedScriptURL(HtmlPage page, String url, MalformedURLException e) {
            add(problems, new ScriptProblem(ScriptProblem.Kind.NOT_LOADED, url, "a malformed address"));
        }

        @Override
        public void loadScriptError(HtmlPage page, URL url, Exception e) {
            add(problems, new ScriptProblem(ScriptProblem.Kind.NOT_LOADED, url.toExternalForm(), firstLine(e.getMessage())));
        }

        @Override
        public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
            // warnings of the engine change nothing on the page
        }
    }
}
