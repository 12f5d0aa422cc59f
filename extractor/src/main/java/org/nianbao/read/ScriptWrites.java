package org.nianbao.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.read.script.ScriptProblem;
import org.nianbao.read.script.ScriptRun;

/**
 * The cells of the document read whose text the page's scripts may have made otherwise in Chrome than here, marked
 * {@link ScriptRun#DOUBTED} one by one with the reason, so that each is doubted at the cell (a finding at the
 * document names no value): the cells a script that threw here may write, which are blank here (their figure is the
 * script's, and no figure was read to doubt otherwise), and the cells the scripts changed after a call whose result
 * here may not be Chrome's ({@link ScriptRun#unfollowed}).
 */
final class ScriptWrites {

    /**
     * Code that writes into the page: a text or markup set, a node added or replaced, jQuery's writers. A script that
     * threw without any of these (a counter, an analytics queue) leaves the page's cells as they are.
     */
    private static final Pattern WRITES = Pattern.compile("\\.(?:textContent|innerText|innerHTML|outerHTML|nodeValue"
            + "|data|value)\\s*\\+?=(?!=)|\\.(?:insertAdjacentHTML|insertAdjacentText|appendChild|insertBefore|replaceChild"
            + "|replaceWith|replaceChildren|append|prepend|before|after|insertCell|insertRow|text|html)\\s*\\("
            + "|document\\.write(?:ln)?\\s*\\(");

    /** Elements that hold code or data, never text a page shows in a cell. */
    private static final Set<String> CODE = Set.of("script", "style", "template", "noscript", "iframe", "object");

    private ScriptWrites() {
    }

    /**
     * Marks in {@code target} the blank cells each script of {@code page} that threw ({@code problems}) may write: the
     * cells (or the cells of the rows and tables) its literals name by id, class or selector; when it writes but names
     * no cell (a row's {@code cells[1]}, a walk), every blank cell of the page's tables. A script that threw where no
     * inline script of the page stands (line 0) is each inline script that writes.
     */
    static void markBlankCells(Document page, List<ScriptProblem> problems, Document target) {
        for (ScriptProblem problem : problems) {
            if (problem.kind() != ScriptProblem.Kind.THREW) {
                continue;
            }
            Optional<Element> at = LoadedPage.scriptAt(page, problem.line());
            List<Element> scripts = at.isPresent() ? List.of(at.get())
                    : page.select("script:not([src])").stream().toList();
            for (Element script : scripts) {
                Matcher writes = WRITES.matcher(script.data());
                if (!writes.find()) {
                    continue;
                }
                String why = "empty here, but the page's script \"" + firstLine(script.data()) + "\", which writes into"
                        + " the page (" + writes.group().strip() + "…), threw here (" + problem.detail() + ") where a"
                        + " browser may run it";
                Set<Element> named = namedCells(script.data(), target);
                if (named.isEmpty()) {
                    mark(cells(target), why + ": what it writes in this cell is not known");
                } else {
                    markShowingNoFigure(List.copyOf(named), why + ", and names this cell: what it writes in it is not known");
                }
            }
        }
    }

    /**
     * Marks in {@code ran} every cell whose text is other than in the page's source at the same place ({@code page}),
     * or that the source does not have: the scripts changed it, and what they wrote may not be what Chrome writes.
     */
    static void markChangedCells(Document page, Document ran, String why) {
        List<Element> before = cells(page);
        List<Element> after = cells(ran);
        for (int i = 0; i < after.size(); i++) {
            Element cell = after.get(i);
            if (i >= before.size() || !before.get(i).text().equals(cell.text())) {
                cell.attr(ScriptRun.DOUBTED, why);
            }
        }
    }

    /**
     * What a script may write into, in the document's order: the cells of the page's tables and, outside them, every
     * element holding no other (a {@code <div>} table's cell, or the {@code <span>} in it: which elements are a div
     * table's cells is known only once the page's styles are read, {@link DivTables}, and it takes a mark on a cell or
     * inside it). None inside a template or noscript, which show nothing, and no void element, which holds no text.
     */
    static List<Element> cells(Document page) {
        List<Element> cells = new ArrayList<>();
        for (Element e : page.body().getAllElements()) {
            boolean tableCell = (e.normalName().equals("td") || e.normalName().equals("th")) && e.closest("table") != null;
            boolean leaf = e.childrenSize() == 0 && !e.tag().isEmpty() && !CODE.contains(e.normalName())
                    && e.closest("table") == null;
            if ((tableCell || leaf) && e.closest("template, noscript") == null) {
                cells.add(e);
            }
        }
        return cells;
    }

    /** The elements holding no other at or under {@code e}, outside tables: what a div table's cells hold. */
    private static List<Element> leaves(Element e) {
        return e.getAllElements().stream().filter(l -> l.childrenSize() == 0 && !l.tag().isEmpty()
                && !CODE.contains(l.normalName())).toList();
    }

    /**
     * The cells a script's literals name: inside a table, the cell holding what is named, or the cells of a row or
     * table named; outside tables, what the named element holds ({@link #cells}).
     */
    private static Set<Element> namedCells(String code, Document target) {
        Set<Element> cells = new LinkedHashSet<>();
        Matcher literal = LoadedPage.LITERAL.matcher(code);
        while (literal.find()) {
            for (String selector : LoadedPage.selectors(literal.group(2))) {
                for (Element e : LoadedPage.named(target, selector)) {
                    Element cell = e.closest("td, th");
                    if (cell != null) {
                        cells.add(cell);
                    } else if (e.closest("table") != null) {
                        cells.addAll(e.select("td, th"));
                    } else {
                        cells.addAll(leaves(e)); // a div table's cell, row or table, or what is in a cell
                    }
                }
            }
        }
        return cells;
    }

    /**
     * Marks the ones among {@code cells} a failed script names that show no figure: blank, or a placeholder the script
     * was to replace ({@code -}, {@code --}, {@code 加载中…}), which would otherwise be read as the form's nil sign or
     * doubted for its text alone. A cell showing a figure is doubted, if at all, by what it shows.
     */
    private static void markShowingNoFigure(List<Element> cells, String why) {
        for (Element cell : cells) {
            if (cell.text().codePoints().noneMatch(Character::isDigit) && !cell.hasAttr(ScriptRun.DOUBTED)) {
                cell.attr(ScriptRun.DOUBTED, why);
            }
        }
    }

    /** Marks the blank ones among {@code cells}: a cell showing text is doubted, if at all, by what it shows. */
    private static void mark(List<Element> cells, String why) {
        for (Element cell : cells) {
            if (cell.text().isBlank() && !cell.hasAttr(ScriptRun.DOUBTED)) {
                cell.attr(ScriptRun.DOUBTED, why);
            }
        }
    }

    private static String firstLine(String code) {
        String line = code.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
