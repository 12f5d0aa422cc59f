package org.nianbao.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.read.script.PageScripts;
import org.nianbao.read.script.ScriptProblem;
import org.nianbao.read.script.ScriptRun;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * A page with scripts, after they ran as it loads ({@link PageScripts}): when every one of them ran to its end,
 * the document they left is what the page shows, and is read instead of the source; the guesses at what the
 * scripts do from their text ({@link ScriptedStyle}) are then not needed. A script file refused or missing did not
 * run, as in a browser that cannot fetch it: the document the others left is read still, with the guesses only for
 * the inline scripts that threw. When a script otherwise failed or ran out of time, the source is read with those
 * guesses; either way the finding says which script and why.
 *
 * <p>Both documents are read without their code (scripts, event handlers, {@code javascript:} addresses): the
 * run one because its scripts already ran, the source one to tell what the run changed.
 */
final class LoadedPage {

    /** Attributes whose code a browser runs with no one acting: the page's load-time code. */
    private static final Pattern LOAD_HANDLER = Pattern.compile("(?i)on(?:load|error|pageshow|readystatechange)");
    /** Script types a browser runs (HTML: a JavaScript MIME type, or none). */
    private static final Pattern SCRIPT_TYPE = Pattern.compile("(?i)|module|(?:text|application)/(?:x-)?(?:java|ecma)script"
            + "|text/(?:javascript1\\.[0-5]|jscript|livescript)");
    /** A string literal of a script. Group 2: its text. */
    static final Pattern LITERAL = Pattern.compile("([\"'`])((?:\\\\.|(?!\\1)[^\\\\\\n])*)\\1");
    /** A bare name: an id or class a script may look up. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w-]*");
    /** jQuery's {@code :contains} with its text quoted. Group 2: the text. */
    private static final Pattern QUOTED_CONTAINS = Pattern.compile(":contains\\((['\"])([^'\"()]*)\\1\\)");
    /** How many cells changed by scripts are named one by one; the rest are counted. */
    private static final int MAX_NAMED = 40;

    private final Document source;
    private final Optional<Document> ran;
    private final List<String> scripts;
    private final List<ScriptProblem> problems;
    private final String stillRunning;

    private LoadedPage(Document source, Optional<Document> ran, List<String> scripts, List<ScriptProblem> problems,
                       String stillRunning) {
        this.source = source;
        this.ran = ran;
        this.scripts = scripts;
        this.problems = problems;
        this.stillRunning = stillRunning;
    }

    /** Whether the page runs any code as it loads: else it is read as it stands, with no script engine started. */
    static boolean hasScripts(Document page) {
        for (Element e : page.getAllElements()) {
            if (e.normalName().equals("script") && SCRIPT_TYPE.matcher(e.attr("type").strip()).matches()
                    && e.closest("template") == null) {
                return true;
            }
            for (Attribute a : e.attributes()) {
                if (LOAD_HANDLER.matcher(a.getKey()).matches() || isJavascriptSource(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs the page's scripts over its decoded text ({@code html}), with the files of {@code folder} only. */
    static LoadedPage run(Document page, String html, PageScripts runner, Optional<Path> folder, String name) {
        ScriptRun run = runner.run(html, folder, name);
        List<String> scripts = page.select("script").stream()
                .map(s -> s.hasAttr("src") ? s.attr("src") : "an inline script").distinct().toList();
        Optional<Document> ran = Optional.empty();
        List<Element> failed = failedScripts(page, run.problems());
        if (run.clean() || (!run.dom().isEmpty() && failed != null)) {
            DocumentType doctype = page.documentType();
            Document dom = HtmlFormatReader.parse((doctype == null ? "" : doctype.outerHtml()) + run.dom());
            withoutScripts(dom); // its marks of cells still changing are the run's own
            dom.select("[" + ScriptRun.DOUBTED + "]").removeAttr(ScriptRun.DOUBTED); // only this reader's marks count
            // the scripts that threw stay, alone, for the static guesses to doubt what they reach (ScriptedStyle)
            failed.forEach(script -> dom.body().appendChild(script.clone()));
            appendDoubts(dom, doubts(page, run.problems(), dom));
            ScriptWrites.markBlankCells(page, run.problems(), dom);
            if (!run.unfollowed().isEmpty()) {
                ScriptWrites.markChangedCells(page, dom, "the page's scripts changed it after a call whose result here may"
                        + " not be Chrome's (" + run.unfollowed() + "): what Chrome shows in it is not known");
            }
            ran = Optional.of(dom);
        }
        return new LoadedPage(withoutCode(page.clone()), ran, scripts, run.problems(), run.stillRunning());
    }

    /**
     * The page's inline scripts that threw when the page ran, when the page could run on without them and without
     * every script file refused or missing ({@link ScriptProblem#ranWithout}); null when it could not, or an error
     * stands on no inline script of the page (a script file's own line): then nothing of the run is read.
     */
    private static List<Element> failedScripts(Document page, List<ScriptProblem> problems) {
        List<Element> failed = new ArrayList<>();
        for (ScriptProblem problem : problems) {
            if (!problem.ranWithout()) {
                return null;
            }
            if (problem.kind() == ScriptProblem.Kind.THREW) {
                Optional<Element> at = scriptAt(page, problem.line());
                if (at.isEmpty() || at.get().hasAttr("src")) {
                    return null;
                }
                if (!failed.contains(at.get())) {
                    failed.add(at.get());
                }
            }
        }
        return failed;
    }

    /** The script element of the page's source standing on {@code line}; none for line 0. */
    static Optional<Element> scriptAt(Document page, int line) {
        if (line == 0) {
            return Optional.empty();
        }
        for (Element script : page.select("script")) {
            int from = script.sourceRange().start().lineNumber();
            int to = script.endSourceRange().isTracked() ? script.endSourceRange().end().lineNumber() : from;
            if (line >= from && line <= to) {
                return Optional.of(script);
            }
        }
        return Optional.empty();
    }

    /**
     * Why a cell of the document read is in doubt: what the scripts did to it here may not be what Chrome does
     * ({@link ScriptRun#DOUBTED}, blank or not: {@link ScriptWrites}), or the page's timers were still changing its
     * text when the document was taken ({@link ScriptRun#UNSETTLED}); none for a cell they left alone, or a blank one.
     */
    static Optional<CellNote> unsettled(Element cell, String text) {
        Optional<Element> doubted = markedAtOrIn(cell, ScriptRun.DOUBTED);
        if (doubted.isPresent()) {
            return Optional.of(CellNote.doubtful(text.strip(), doubted.get().attr(ScriptRun.DOUBTED)));
        }
        Optional<Element> changing = markedAtOrIn(cell, ScriptRun.UNSETTLED);
        if (changing.isEmpty() || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(CellNote.doubtful(text.strip(), "the page's scripts were still changing it when they were"
                + " stopped (\"" + changing.get().attr(ScriptRun.UNSETTLED).replace(" \u2192 ", "\" → \"") + "\" while"
                + " watched): what it shows depends on when it is looked at"));
    }

    /**
     * The cell, or the first element inside it, carrying {@code mark}: a div table's cell is known only once styles
     * are read, so outside tables the marks stand on what holds the text ({@link ScriptWrites#cells}).
     */
    private static Optional<Element> markedAtOrIn(Element cell, String mark) {
        return cell.getAllElements().stream().filter(e -> e.hasAttr(mark)).findFirst();
    }

    /**
     * What of the page's timers was still running when its document was taken (it never settled: an interval
     * never cleared, a ticking clock); empty when nothing was. The cells they changed are doubted one by one.
     */
    Optional<Finding> stillRunning() {
        if (stillRunning.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.info("script-still-running", Scope.document(), "the page's scripts never settled ("
                + stillRunning + "): it is read as they left it, and each cell they were still changing is doubted",
                Location.none()));
    }

    /** The source page without its code: what it shows with no script run. */
    Document source() {
        return source;
    }

    /**
     * The source page to read when the scripts did not run to their end: as it stands, plus, for each script
     * that threw here (a syntax this engine lacks, where a browser may run it), what its text names inside a
     * table — an id, a class, a selector — written as a removal the static guesses ({@link ScriptedStyle})
     * doubt at its cells: what that script does to them is not known.
     */
    Document fallback(Document page) {
        appendDoubts(page, doubts(page, problems, page));
        page.select("[" + ScriptRun.DOUBTED + "]").removeAttr(ScriptRun.DOUBTED); // only this reader's marks count
        ScriptWrites.markBlankCells(page, problems, page);
        return page;
    }

    /**
     * What the scripts of {@code page} that threw name inside a table of {@code target}, as a removal of each
     * ({@link #fallback}), by the elements' places: the static guesses follow those where they would not follow
     * the selector itself (jQuery's {@code :contains}).
     */
    private static String doubts(Document page, List<ScriptProblem> problems, Document target) {
        StringBuilder doubts = new StringBuilder();
        for (ScriptProblem problem : problems) {
            if (problem.kind() != ScriptProblem.Kind.THREW) {
                continue;
            }
            for (Element script : scriptAt(page, problem.line()).stream().toList()) {
                Matcher literal = LITERAL.matcher(script.data());
                while (literal.find()) {
                    for (String selector : selectors(literal.group(2))) {
                        List<Element> named = named(target, selector);
                        if (named.stream().anyMatch(e -> e.closest("td, th") != null)) {
                            doubts.append("document.querySelectorAll(\"").append(named.size() > MAX_NAMED ? selector
                                    : ScriptReach.paths(named))
                                    .append("\").forEach(function (e) { e.remove(); });\n");
                        }
                    }
                }
            }
        }
        return doubts.toString();
    }

    private static void appendDoubts(Document page, String doubts) {
        if (!doubts.isEmpty()) {
            page.body().appendElement("script").appendChild(new org.jsoup.nodes.DataNode(doubts));
        }
    }

    /** A literal of a script read as what it may name: a selector, an id, a class. */
    static List<String> selectors(String literal) {
        String text = literal.strip();
        if (text.isEmpty() || text.length() > 100 || text.contains("\"") || text.contains("\\")) {
            return List.of();
        }
        if (NAME.matcher(text).matches()) {
            return List.of("#" + text, "." + text);
        }
        return List.of(text);
    }

    /** What a selector of a script finds; jQuery's {@code :contains('text')} quotes its text, jsoup's does not. */
    static List<Element> named(Document page, String selector) {
        try {
            return page.select(QUOTED_CONTAINS.matcher(selector).replaceAll(":contains($2)"));
        } catch (org.jsoup.select.Selector.SelectorParseException | IllegalArgumentException e) {
            return List.of(); // not a selector: a message, a number, a piece of markup
        }
    }

    /** The page as its scripts left it, without their code; empty when one did not run to its end. */
    Optional<Document> ran() {
        return ran;
    }

    /** Why the scripts' document is not read: which script failed, and how. */
    Finding notRun() {
        return Finding.warning("script-not-run", Scope.document(), "the page's scripts could not be run to their end ("
                + problems.stream().map(ScriptProblem::describe).collect(Collectors.joining("; "))
                + "): what they change on the page is not known; the page is read as its source stands, and what"
                + " the scripts' text shows they change is doubted at its cells", Location.none());
    }

    /**
     * Which scripts the page ran without, when it was read as the others left it ({@link #ran} with problems): a
     * script file refused or missing did not run, as in a browser that cannot fetch it; what a script that threw
     * could still change is doubted at its cells. Empty when every script ran to its end.
     */
    Optional<Finding> ranWithout() {
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        boolean threw = problems.stream().anyMatch(p -> p.kind() == ScriptProblem.Kind.THREW);
        return Optional.of(Finding.warning("script-not-run", Scope.document(), "some of the page's scripts did not run"
                + " to their end (" + problems.stream().map(ScriptProblem::describe).collect(Collectors.joining("; "))
                + "): the page is read as the others left it, as a browser without those scripts shows it"
                + (threw ? "; what the scripts that threw could change is doubted at its cells" : ""), Location.none()));
    }

    /** An info finding at each cell whose text the scripts changed: from what to what. */
    List<Finding> changes(List<CellGrid> before, List<CellGrid> after) {
        Map<Location, String> was = texts(before);
        Map<Location, String> is = texts(after);
        Map<Location, String[]> changed = new LinkedHashMap<>();
        is.forEach((where, text) -> {
            String old = was.getOrDefault(where, "");
            if (!old.equals(text)) {
                changed.put(where, new String[] {old, text});
            }
        });
        was.forEach((where, text) -> {
            if (!is.containsKey(where) && !text.isEmpty()) {
                changed.put(where, new String[] {text, ""});
            }
        });
        String by = "the page's scripts (" + String.join(", ", scripts) + "), run as it loads,";
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Location, String[]> c : changed.entrySet()) {
            if (findings.size() == MAX_NAMED) {
                findings.add(Finding.info("script-changed", Scope.document(), by + " changed "
                        + (changed.size() - MAX_NAMED) + " more cells", Location.none()));
                break;
            }
            findings.add(Finding.info("script-changed", Scope.document(), by + " changed what this cell shows: \""
                    + c.getValue()[0] + "\" → \"" + c.getValue()[1] + "\"; read as they left it", c.getKey()));
        }
        return findings;
    }

    private static Map<Location, String> texts(List<CellGrid> grids) {
        Map<Location, String> texts = new LinkedHashMap<>();
        for (CellGrid grid : grids) {
            for (List<GridCell> row : grid.rows()) {
                for (GridCell cell : row) {
                    if (!cell.spanned() && cell.where() instanceof Location.TableCell) {
                        texts.put(cell.where(), cell.text().strip());
                    }
                }
            }
        }
        return texts;
    }

    /**
     * The document with its scripts, event handlers and {@code javascript:} sources taken out, and any mark of a
     * cell still changing its own markup carries (only a run of the scripts marks cells).
     */
    static Document withoutCode(Document page) {
        page.select("[" + ScriptRun.UNSETTLED + "]").removeAttr(ScriptRun.UNSETTLED);
        page.select("[" + ScriptRun.DOUBTED + "]").removeAttr(ScriptRun.DOUBTED);
        return withoutScripts(page);
    }

    /** The document with its scripts, event handlers and {@code javascript:} sources taken out. */
    private static Document withoutScripts(Document page) {
        page.select("script").remove();
        for (Element e : page.getAllElements()) {
            List<String> code = e.attributes().asList().stream()
                    .filter(a -> a.getKey().regionMatches(true, 0, "on", 0, 2) || isJavascriptSource(a))
                    .map(Attribute::getKey).toList();
            code.forEach(e::removeAttr);
        }
        return page;
    }

    private static boolean isJavascriptSource(Attribute a) {
        return a.getKey().equalsIgnoreCase("src") && a.getValue().strip().regionMatches(true, 0, "javascript:", 0, 11);
    }
}
