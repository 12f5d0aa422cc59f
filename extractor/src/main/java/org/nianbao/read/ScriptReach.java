package org.nianbao.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * The elements a page script reaches by position: an item of a collection it looked up
 * ({@code getElementsByTagName("table")[1]}) and the parts it walks to from there through the DOM's own
 * properties ({@code t.rows[2].cells[3]}, {@code .tBodies[0].rows[i]}, {@code .parentNode}). An index the code writes
 * as a number picks that item, a variable whose every loop runs between numbers ({@code for (var i = 1; i < 4; i++)})
 * or that is set once to a number picks those; any other index picks every item, as does any index when
 * positions cannot be trusted ({@link #positionsKnown}).
 */
final class ScriptReach {

    /** One step of a walk: a property, with the index given to it. Groups: 1 property, 2 index. */
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z]+)(?:\\[([^\\]]{0,20})\\])?");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*");
    /**
     * Code that adds, moves or takes away elements a position may count ({@code insertRow}, a table written as
     * markup, an element created and put in): the positions of the page as read may not be those the script sees.
     */
    private static final Pattern RESHAPES = Pattern.compile("insertRow|insertCell|deleteRow|deleteCell|createTHead|createTBody"
            + "|createTFoot|insertAdjacentHTML|insertAdjacentElement|insertBefore|replaceChild|\\.prepend\\(|\\.before\\("
            + "|\\.after\\(|(?<!classList)\\.remove\\(|removeChild|outerHTML\\s*=(?!=)|document\\.write"
            + "|innerHTML\\s*\\+?=\\s*[\"'`][^\"'`]*<[A-Za-z]");
    /** An element a script creates. Group 1: its tag. */
    private static final Pattern CREATED = Pattern.compile("createElement\\(\\s*[\"'`]([\\w-]+)[\"'`]");
    /** Elements created that stand in no position a table's walk counts. */
    private static final Set<String> UNCOUNTED = Set.of("style", "link", "script", "meta");
    /** Parts of a table: one created may come to stand where a table's walk counts. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "td", "th");
    /** A walk that counts elements of any tag (a created {@code <div>} may be one it counts). */
    private static final Pattern ANY_TAG_WALK = Pattern.compile("\\.(?:children|childNodes|firstChild|lastChild|firstElementChild"
            + "|lastElementChild|nextSibling|previousSibling|nextElementSibling|previousElementSibling)\\b");
    /** An array spread from a collection ({@code [...t.rows]}): its items are the collection's, in its order. Group 1: the collection. */
    private static final Pattern SPREAD = Pattern.compile("\\[\\s*\\.\\.\\.\\s*([^\\[\\],;]*(?:\\[[^\\[\\]]{0,20}\\][^\\[\\],;]*)*)\\]");
    /** A collection copied into an array ({@code Array.from(t.rows)}, {@code [].slice.call(…)}). Group 1: the collection. */
    private static final Pattern COPIED = Pattern.compile("(?:Array\\.from|Array\\.prototype\\.slice\\.call|\\[\\]\\.slice\\.call)"
            + "\\(\\s*((?:[^(),;]|\\([^()]*\\))*)\\)");
    /** {@code .at(i)}: the item at {@code i}, as {@code [i]} (a negative {@code i} counts from the end: any item, here). */
    private static final Pattern AT = Pattern.compile("\\.at\\(([^()]{0,20})\\)");

    private ScriptReach() {
    }

    /**
     * Whether the positions of the page as read are those the page's load-time code sees: none of its code
     * adds, moves or removes elements a position may count before another piece of it counts them.
     */
    static boolean positionsKnown(String allCode) {
        if (RESHAPES.matcher(allCode).find()) {
            return false;
        }
        // an element created counts where a walk counts its tag: a table's part, or any element for a walk by
        // children or siblings, or its own tag looked up (a custom element appended to the body: nowhere)
        Matcher created = CREATED.matcher(allCode);
        while (created.find()) {
            String tag = created.group(1).toLowerCase(java.util.Locale.ROOT);
            if (UNCOUNTED.contains(tag)) {
                continue;
            }
            boolean lookedUp = Pattern.compile("(?:getElementsByTagName|querySelector(?:All)?|closest|matches|\\$|jQuery)\\(\\s*"
                    + "[\"'`][^\"'`\\n]*(?<![\\w-])" + Pattern.quote(tag) + "(?![\\w-])", Pattern.CASE_INSENSITIVE)
                    .matcher(allCode).find();
            if (TABLE_PARTS.contains(tag) || ANY_TAG_WALK.matcher(allCode).find() || lookedUp) {
                return false;
            }
        }
        return true;
    }

    /**
     * The code with modern forms of a collection's items written as the old ones the look-ups here follow: a spread
     * of a collection ({@code [...t.rows]}) or a copy of it ({@code Array.from(t.rows)}) as the collection,
     * {@code .at(2)} as {@code [2]}. A spread or {@code .at} of other things is rewritten alike, to the same
     * effect on what is reached.
     */
    static String plain(String js) {
        String out = js;
        for (int round = 0; round < 3 && out.contains("..."); round++) {
            out = SPREAD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        }
        out = COPIED.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        return AT.matcher(out).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(1).strip() + "]"));
    }

    /**
     * The items of a collection an index picks ({@code [2]}, {@code [i]}; {@code null}: no index, the whole
     * collection), reading the index's bounds from the script's code {@code js}.
     */
    static List<Element> pick(List<Element> items, String index, String js, boolean positions) {
        if (index == null || !positions) {
            return items;
        }
        String i = index.strip();
        Optional<Set<Integer>> at = NUMBER.matcher(i).matches() ? Optional.of(Set.of(Integer.parseInt(i)))
                : NAME.matcher(i).matches() ? bounds(i, js) : Optional.empty();
        if (at.isEmpty()) {
            return items;
        }
        List<Element> out = new ArrayList<>();
        for (int k : at.get()) {
            if (k >= 0 && k < items.size()) {
                out.add(items.get(k));
            }
        }
        return out;
    }

    /**
     * The values a variable used as an index takes: those of the loops that run it between numbers
     * ({@code for (let i = 1; i <= 3; i++)}, counting down too), or the one number it is set to and never changed;
     * empty when they cannot be told (a loop to {@code rows.length}, a variable set twice).
     */
    static Optional<Set<Integer>> bounds(String name, String js) {
        String v = Pattern.quote(name);
        Matcher loop = Pattern.compile("for\\s*\\(\\s*(?:var\\s+|let\\s+)?" + v + "\\s*=\\s*([^;]*);\\s*" + v
                + "\\s*(<=?|>=?)\\s*([^;]*);\\s*([^)]*)\\)").matcher(js);
        Set<Integer> values = new java.util.TreeSet<>();
        boolean loops = false;
        while (loop.find()) {
            loops = true;
            String from = loop.group(1).strip();
            String to = loop.group(3).strip();
            String step = loop.group(4).replaceAll("\\s", "");
            if (!NUMBER.matcher(from).matches() || !NUMBER.matcher(to).matches()) {
                return Optional.empty();
            }
            int a = Integer.parseInt(from);
            int b = Integer.parseInt(to);
            boolean up = loop.group(2).startsWith("<");
            if (!step.equals(up ? name + "++" : name + "--") && !step.equals(up ? "++" + name : "--" + name)) {
                return Optional.empty(); // a step of another size or sign: which items it visits is not worked out
            }
            int last = loop.group(2).endsWith("=") ? b : up ? b - 1 : b + 1;
            for (int k = Math.min(a, last); k <= Math.max(a, last) && values.size() < 10_000; k++) {
                values.add(k);
            }
        }
        // every change of the variable other than the loops' own steps and starts
        long assigned = Pattern.compile("(?<![\\w$.])" + v + "\\s*(?:=(?!=)|\\+\\+|--|[-+*/%]=)|(?:\\+\\+|--)" + v + "(?![\\w$])")
                .matcher(js).results().count();
        if (loops) {
            // a loop sets its variable and steps it: two changes each; any other makes the values unknown
            return assigned == 2L * Pattern.compile("for\\s*\\(\\s*(?:var\\s+|let\\s+)?" + v + "\\s*=").matcher(js).results().count()
                    ? Optional.of(values) : Optional.empty();
        }
        Matcher set = Pattern.compile("(?:var|let|const)\\s+" + v + "\\s*=\\s*(\\d+)\\s*[;,\\n]").matcher(js);
        return set.find() && assigned == 1 ? Optional.of(Set.of(Integer.parseInt(set.group(1)))) : Optional.empty();
    }

    /**
     * The elements a walk ({@code .rows[2].cells[3]}) reaches from {@code from}; empty when a step names a part
     * an element reached before it does not have (the walk is not followed), so the caller falls back to more.
     */
    static Optional<List<Element>> walk(List<Element> from, String chain, String js, boolean positions) {
        List<Element> at = from;
        Matcher step = STEP.matcher(chain);
        while (step.find()) {
            String index = step.group(2);
            Set<Element> next = new LinkedHashSet<>();
            for (Element e : at) {
                Optional<List<Element>> reached = step(e, step.group(1), index, js, positions);
                if (reached.isEmpty()) {
                    return Optional.empty();
                }
                next.addAll(reached.get());
            }
            at = List.copyOf(next);
        }
        return Optional.of(at);
    }

    /** The elements one step reaches from {@code e}; empty when {@code e} has no such part. */
    private static Optional<List<Element>> step(Element e, String property, String index, String js, boolean positions) {
        String tag = e.normalName();
        List<Element> parts;
        switch (property) {
            case "rows" -> {
                if (tag.equals("table")) {
                    parts = rows(e);
                } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                    parts = children(e, "tr");
                } else {
                    return Optional.empty();
                }
            }
            case "cells" -> {
                if (!tag.equals("tr")) {
                    return Optional.empty();
                }
                parts = e.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
            }
            case "tBodies" -> {
                if (!tag.equals("table")) {
                    return Optional.empty();
                }
                parts = children(e, "tbody");
            }
            case "tHead", "tFoot" -> {
                if (!tag.equals("table")) {
                    return Optional.empty();
                }
                return Optional.of(children(e, property.equals("tHead") ? "thead" : "tfoot").stream().limit(1).toList());
            }
            case "children" -> parts = e.children();
            case "firstElementChild" -> {
                return Optional.of(e.children().stream().limit(1).toList());
            }
            case "lastElementChild" -> {
                return Optional.of(e.children().isEmpty() ? List.of() : List.of(e.children().last()));
            }
            case "nextElementSibling", "previousElementSibling" -> {
                Element sibling = property.startsWith("next") ? e.nextElementSibling() : e.previousElementSibling();
                return Optional.of(sibling == null ? List.of() : List.of(sibling));
            }
            case "parentNode", "parentElement" -> {
                return Optional.of(e.parent() == null ? List.of() : List.of(e.parent()));
            }
            // a node (text ones included, which this parser and browsers may not count alike): what changes is
            // the content of the element holding it
            case "childNodes", "firstChild", "lastChild" -> {
                return Optional.of(List.of(e));
            }
            case "nextSibling", "previousSibling" -> {
                return Optional.of(e.parent() == null ? List.of(e) : List.of(e.parent()));
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(pick(parts, index, js, positions));
    }

    /** A table's rows as the DOM's {@code table.rows} lists them: its head's, its bodies' and its own in order, its foot's. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        children(table, "thead").forEach(h -> rows.addAll(children(h, "tr")));
        for (Element c : table.children()) {
            if (c.normalName().equals("tr")) {
                rows.add(c);
            } else if (c.normalName().equals("tbody")) {
                rows.addAll(children(c, "tr"));
            }
        }
        children(table, "tfoot").forEach(f -> rows.addAll(children(f, "tr")));
        return rows;
    }

    private static List<Element> children(Element e, String tag) {
        return e.children().stream().filter(c -> c.normalName().equals(tag)).toList();
    }

    /**
     * A selector that selects {@code e} alone, by its path from the root ({@code html > body:nth-child(2) >
     * table:nth-child(5) > …}): tag names and positions only, so nothing in it needs escaping.
     */
    static String path(Element e) {
        List<String> steps = new ArrayList<>();
        for (Element at = e; at != null && !(at instanceof org.jsoup.nodes.Document); at = at.parent()) {
            steps.add(0, at.parent() == null || at.parent() instanceof org.jsoup.nodes.Document ? at.normalName()
                    : at.normalName() + ":nth-child(" + (at.elementSiblingIndex() + 1) + ")");
        }
        return String.join(" > ", steps);
    }

    /** Selectors of the elements, joined in one list. */
    static String paths(List<Element> elements) {
        return elements.stream().map(ScriptReach::path).collect(Collectors.joining(", "));
    }
}
