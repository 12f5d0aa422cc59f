package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * What a page's inline scripts do to its look as it loads, written as CSS: a rule inserted into a sheet
 * ({@code sheet.insertRule(".old{display:none}")}, {@code addRule}), a property set on an element found by
 * id or selector ({@code document.getElementById("o1").style.display = "none"}, {@code .style.cssText},
 * {@code setAttribute("style", …)}), a class given to an element ({@code classList.add("hide")},
 * {@code className=}, jQuery's {@code addClass}) or taken from it, and an element hidden, emptied or removed
 * ({@code .hidden=true}, {@code .remove()}, {@code .textContent=}, jQuery's {@code hide()}). This reader runs no
 * script: whether the script runs, and when, is not known, so what these would change is in doubt, as for a sheet
 * a script adds. Each piece names the script it comes from ({@link PageScript#name()}), for the auditor.
 *
 * <p>An element a script reaches by position ({@code getElementsByTagName("table")[1]}, {@code t.rows[2].cells[3]},
 * a loop's {@code rows[i]}) is worked out where the positions allow ({@link ScriptReach}): what it would change is
 * the cells reached, not every cell of the tables. A walk through a table's rows and cells that starts from an
 * element no look-up of the page names (a function's argument) may reach any cell: every cell of the page is then
 * in doubt.
 *
 * @param rules          the rules the scripts set, each as CSS text; an element a script hides, empties or
 *                       removes as a rule hiding it
 * @param classesChanged each class a script gives to elements or takes from them (both change what the sheet's
 *                       rules naming the class style), with the selectors of those elements
 * @param revealed       the selectors of the elements a script may show although the markup or the sheet hides them
 */
record ScriptedStyle(List<FromScript> rules, Map<String, Set<FromScript>> classesChanged, List<FromScript> revealed) {

    /** A piece of CSS (a rule, or a selector) standing for what a script does, with the name of that script. */
    record FromScript(String css, String script) {
    }

    /**
     * An element a script finds: by id, by selector, by class, through jQuery ({@code $(…)}), the page's
     * body or root, or by tag name. Groups: 2 id, 4 selector, 6 class, 8 jQuery selector, 9 body/documentElement,
     * 11 tag name.
     */
    private static final Pattern FOUND = Pattern.compile("(?:getElementById\\(\\s*" + JsString.QUOTED + "\\s*\\)"
            + "|querySelector(?:All)?\\(\\s*" + quoted(3) + "\\s*\\)(?:\\[\\d+\\])?"
            + "|getElementsByClassName\\(\\s*" + quoted(5) + "\\s*\\)(?:\\[\\d+\\])?"
            + "|(?:\\$|jQuery)\\(\\s*" + quoted(7) + "\\s*\\)"
            + "|document\\.(body|documentElement)"
            + "|getElementsByTagName\\(\\s*" + quoted(10) + "\\s*\\)(?:\\[\\d+\\])?)");
    /** A walk to a part of the element found, kept whole in a variable ({@code var rows = t.rows;}). Group 1: the walk. */
    private static final Pattern KEPT_WALK = Pattern.compile("^((?:\\.(?:rows|cells|tBodies|tHead|tFoot|children)"
            + "(?:\\[[^\\]]{0,20}\\])?)+)\\s*(?:[;,)\\n]|$)");
    /** The index a look-up ends with ({@code getElementsByTagName("table")[1]}) or a variable is used with. Group 1. */
    private static final Pattern INDEXED = Pattern.compile("\\[([^\\]]{0,20})\\]$");
    /** A call the element found is an argument of, just before it ({@code fix(}). Groups: 1 the function, 2 the arguments before it. */
    private static final Pattern CALLED_WITH = Pattern.compile("(?<![.\\w$])([A-Za-z_$][\\w$]*)\\s*\\(([^()]*)$");
    /** Words a parenthesis follows that call no function. */
    private static final Set<String> KEYWORDS = Set.of("if", "while", "for", "switch", "return", "catch", "with", "typeof", "function");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*");
    /** A variable the element found is kept in ({@code var o = …}, {@code for (const e of …)}), just before it. */
    private static final Pattern BOUND = Pattern.compile("(?<![.\\w$])([A-Za-z_$][\\w$]*)\\s*(?:(?<![=!<>+*/-])=|\\sof)\\s*(?:[\\w$]+\\.)*$");
    private static final Pattern INSERT_RULE = Pattern.compile("\\.insertRule\\(\\s*" + JsString.QUOTED);
    private static final Pattern ADD_RULE = Pattern.compile("\\.addRule\\(\\s*" + JsString.QUOTED + "\\s*,\\s*" + quoted(3));
    /** A string literal of a script. Groups: 1 quote, 2 text. */
    private static final Pattern LITERAL = Pattern.compile(JsString.QUOTED);
    /** A {@code <style>} a script creates ({@code createElement("style")}), whose CSS text is one of its literals. */
    private static final Pattern CREATES_STYLE = Pattern.compile("createElement\\(\\s*[\"'`]style[\"'`]\\s*\\)");
    private static final Pattern CSS_RULE = Pattern.compile("(?<=[^{}])\\{[^{}:]*+:[^{}]*+}");
    private static final Pattern STYLE_MARKUP = Pattern.compile("(?is)<style\\b[^>]*>(.*?)(?:</style|$)");
    /** The element's own parts a script reaches through it ({@code .parentNode}, {@code .rows[2].cells[3]}). */
    private static final String THROUGH = "(?:\\.(?:parentNode|parentElement|rows|cells|tBodies|tHead|tFoot|children|childNodes"
            + "|firstChild|lastChild|firstElementChild|lastElementChild|nextSibling|previousSibling|nextElementSibling"
            + "|previousElementSibling)(?:\\[[^\\]]{0,20}\\])?)*";
    /** What is done to the element found, read from just after it. Groups: 1/2 property, 4 value. */
    private static final Pattern STYLE_PROPERTY = Pattern.compile("^\\s*\\.style(?:\\.([A-Za-z]+)|\\[\\s*[\"']([-A-Za-z]+)[\"']\\s*\\])"
            + "\\s*=\\s*" + quoted(3));
    private static final Pattern STYLE_TEXT = Pattern.compile(
            "^\\s*(?:\\.style\\.cssText\\s*\\+?=\\s*|\\.setAttribute\\(\\s*[\"']style[\"']\\s*,\\s*|\\.css\\(\\s*)" + quoted(1));
    private static final Pattern CLASS_ADDED = Pattern.compile("^\\s*(?:\\.classList\\.(?:add|toggle|replace)\\(\\s*"
            + "(?:" + quoted(1) + "\\s*,\\s*)?|\\.className\\s*\\+?=\\s*|\\.setAttribute\\(\\s*[\"']class[\"']\\s*,\\s*"
            + "|\\.(?:addClass|toggleClass)\\(\\s*)" + quoted(3));
    /** A class made from the element's own by {@code replace()} (the no-js idiom). Groups: 2 text or 3 pattern replaced, 5 new. */
    private static final Pattern CLASS_REPLACED = Pattern.compile("^\\s*\\.className\\s*=\\s*[^;]{0,160}?\\.replace\\(\\s*(?:"
            + quoted(1) + "|/((?:\\\\.|[^/\\n])*)/[a-z]*)\\s*,\\s*" + quoted(4));
    /** A class taken from the element: the rules naming it may stop styling it. Groups: 2 classes. */
    private static final Pattern CLASS_REMOVED = Pattern.compile("^\\s*\\.(?:classList\\.remove|removeClass)\\(\\s*" + quoted(1));
    /** The element shown: what hides it in the markup or the sheet may be undone. */
    private static final Pattern SHOWN = Pattern.compile("^\\s*\\.(?:hidden\\s*=\\s*(?:false|0|null|[\"'`]{2})"
            + "|removeAttribute\\(\\s*[\"'`](?:hidden|style|class)[\"'`]|show\\(|fadeIn\\(|slideDown\\(|toggle\\(\\s*\\))");
    /**
     * What a script does to a cell or row it walks to that changes what the table shows (a row's shading or a
     * stripe's colour does not): group 1 a change of the part's place (removed, replaced, hidden, its box's
     * display set: the cells after it move), group 2 a change of what it shows, group 3 a part taken out of it.
     */
    private static final String PART_CHANGE = "\\.(?:(remove\\(|outerHTML\\s*=(?!=)|replaceWith\\(|hidden\\s*=(?!=)"
            + "|style\\.display\\s*=(?!=)|style\\.cssText)|(textContent\\s*=(?!=)|innerText\\s*=(?!=)|innerHTML\\s*=(?!=)"
            + "|style\\.(?:visibility|color|opacity|fontSize)\\s*=(?!=))|(removeChild\\(|deleteRow\\(|deleteCell\\())";
    /** A cell or row reached through what was found ({@code t.rows[2].cells[3]}) changed. Groups: 1 the walk, then {@link #PART_CHANGE}'s. */
    private static final Pattern PART_CHANGED = Pattern.compile("^\\s*(" + THROUGH.replace(")*", ")+") + ")" + PART_CHANGE);
    /**
     * The same change anywhere in the code, after a walk through a table's own parts from something this reader did not
     * find (a variable handed on to a function); {@code children[…]} alone walks any element (a menu's, a slider's).
     */
    private static final Pattern WALK_CHANGED = Pattern.compile("\\.(?:rows|cells|tBodies)\\[[^\\]]{0,20}\\]" + THROUGH + PART_CHANGE);
    /** The element hidden, emptied, replaced or removed, directly or for each element found. */
    private static final Pattern CHANGED = Pattern.compile("^\\s*(?:\\.forEach\\([^;]{0,120}?)?(?:\\.parent(?:Node|Element))?"
            + "\\.(?:hidden\\s*=|remove\\(|removeChild\\(|textContent\\s*=|innerText\\s*=|innerHTML\\s*=|outerHTML\\s*=|replaceWith\\(|"
            + "hide\\(|fadeOut\\(|slideUp\\(|empty\\(|detach\\(|text\\(\\s*[\"'`]|html\\(\\s*[\"'`]|style\\.|style\\[|"
            + "setAttribute\\(\\s*[\"'`]hidden)");
    /**
     * The start of a handler of an event that needs a reader's act (a click, a key, the mouse): what it does
     * is not on the page as printed or first shown, so it is not read.
     */
    private static final Pattern USER_EVENT = Pattern.compile("(?:addEventListener\\(\\s*[\"'`]|\\.on\\(\\s*[\"'`]|\\.on)"
            + "(?:click|dblclick|contextmenu|mouse\\w*|pointer\\w*|touch\\w*|key\\w*|focus\\w*|blur|change|input|submit"
            + "|scroll|resize|wheel|drag\\w*|drop|hover|toggle)\\b"
            + "|\\.(?:click|dblclick|hover|mouseenter|mouseleave|mouseover|mouseout|keyup|keydown|submit|change)\\(\\s*function");

    ScriptedStyle {
        rules = List.copyOf(rules);
        classesChanged = Map.copyOf(classesChanged);
        revealed = List.copyOf(revealed);
    }

    /** No script: nothing changed. */
    static ScriptedStyle none() {
        return new ScriptedStyle(List.of(), Map.of(), List.of());
    }

    /**
     * What the page's scripts do as it loads, as rules, classes and elements shown: the code of its
     * {@code <script>} elements, of its load and error handler attributes ({@code <body onload>},
     * {@code <img onerror>}) and of {@code javascript:} addresses it loads ({@code src}); not what a handler
     * of a click, key or mouse event would do.
     */
    static ScriptedStyle of(Document page) {
        List<PageScript> scripts = PageScript.of(page);
        Reading reading = new Reading(page, String.join("\n", scripts.stream().map(PageScript::code).toList()));
        scripts.forEach(reading::read);
        return new ScriptedStyle(reading.rules, reading.classes, reading.revealed);
    }

    /** What the scripts of one page do, read script by script. */
    private static final class Reading {
        private final Document page;
        /** The page's load-time code, all of it: a function is read only where some of it calls the function. */
        private final String all;
        /** Whether the positions of the page as read are those its scripts see ({@link ScriptReach#positionsKnown}). */
        private final boolean positions;
        private final List<FromScript> rules = new ArrayList<>();
        private final Map<String, Set<FromScript>> classes = new LinkedHashMap<>();
        private final List<FromScript> revealed = new ArrayList<>();
        /** The script being read. */
        private String script;
        /** Where in the script being read a walk to a cell or row ends that was followed from an element found. */
        private final Set<Integer> walked = new HashSet<>();

        Reading(Document page, String all) {
            this.page = page;
            this.all = all;
            this.positions = ScriptReach.positionsKnown(all);
        }

        void read(PageScript each) {
            script = each.name();
            walked.clear();
            String js = ScriptReach.plain(withoutUncalledFunctions(withoutUserEvents(each.code()), all));
            Matcher m = INSERT_RULE.matcher(js);
            while (m.find()) {
                rules.add(new FromScript(JsString.value(m.group(2)), script));
            }
            m = ADD_RULE.matcher(js);
            while (m.find()) {
                rules.add(new FromScript(JsString.value(m.group(2)) + "{" + JsString.value(m.group(4)) + "}", script));
            }
            createdStyles(js).forEach(css -> rules.add(new FromScript(css, script)));
            m = FOUND.matcher(js);
            while (m.find()) {
                String selector = selector(m);
                List<Element> every = select(selector);
                // getElementById and querySelector give the first element that fits; an index, the one at it
                boolean first = m.group(2) != null || m.group().startsWith("querySelector(");
                Matcher index = INDEXED.matcher(m.group());
                List<Element> found = first ? every.stream().limit(1).toList()
                        : index.find() ? ScriptReach.pick(every, index.group(1), js, positions) : every;
                changes(js, m.end(), target(selector, every, found), found);
                boolean collection = !first && !index.find(0);
                Matcher bound = BOUND.matcher(js.substring(Math.max(0, m.start() - 60), m.start()));
                Matcher through = KEPT_WALK.matcher(js.substring(m.end(), Math.min(js.length(), m.end() + 160)));
                if (bound.find() && through.find()) {
                    // a part of it kept in a variable (var rows = t.rows, now and then spread: [...t.rows])
                    Optional<List<Element>> parts = ScriptReach.walk(found, through.group(1), js, positions);
                    if (parts.isPresent() && !parts.get().isEmpty() && parts.get().size() <= MAX_PATHS) {
                        String kept = ScriptReach.paths(parts.get());
                        uses(js, bound.group(1), m.end(), js.length(), kept, parts.get(), parts.get(),
                                !through.group(1).endsWith("]"));
                    } else {
                        uses(js, bound.group(1), m.end(), js.length(), selector, every, found, collection);
                    }
                } else if (bound.find(0)) {
                    // the element kept in a variable: what is done to it through the variable, later on
                    uses(js, bound.group(1), m.end(), js.length(), selector, every, found, collection);
                }
                Matcher call = CALLED_WITH.matcher(js.substring(Math.max(0, m.start() - 80), m.start()));
                if (call.find() && !KEYWORDS.contains(call.group(1))) {
                    // the element given to a function of the script (fix(document.getElementById("t"))): what the
                    // function does to it through its parameter
                    int argument = (int) call.group(2).chars().filter(c -> c == ',').count();
                    Matcher declared = Pattern.compile("\\bfunction\\s+" + Pattern.quote(call.group(1)) + "\\s*\\(([^)]*)\\)\\s*\\{")
                            .matcher(js);
                    if (declared.find()) {
                        String[] parameters = declared.group(1).split(",");
                        if (argument < parameters.length && NAME.matcher(parameters[argument].strip()).matches()) {
                            uses(js, parameters[argument].strip(), declared.end(), closing(js, declared.end() - 1), selector, every,
                                    found, collection);
                        }
                    }
                }
            }
            // a walk to a cell or row from something not found here (a function's argument): any cell of the page
            Matcher walk = WALK_CHANGED.matcher(js);
            while (walk.find()) {
                if (!walked.contains(walk.end())) {
                    rules.add(new FromScript("td, th{display:none}", script));
                    break;
                }
            }
        }

        /**
         * Reads what is done to the elements {@code found} through a variable or parameter ({@code name}) that holds
         * them, between {@code from} and {@code to}: an index after it picks from a collection ({@code ts[1]}).
         */
        private void uses(String js, String name, int from, int to, String selector, List<Element> every, List<Element> found,
                boolean collection) {
            Matcher use = Pattern.compile("(?<![.\\w$])" + Pattern.quote(name) + "(?:\\[[^\\]]{0,20}\\])?(?![\\w$])").matcher(js);
            use.region(from, Math.max(from, Math.min(to, js.length())));
            while (use.find()) {
                Matcher used = INDEXED.matcher(use.group());
                List<Element> picked = collection && used.find() ? ScriptReach.pick(found, used.group(1), js, positions) : found;
                changes(js, use.end(), target(selector, every, picked), picked);
            }
        }

        /** Reads what the code at {@code at} in {@code js}, just after the elements {@code found} (selected by {@code target}), does to them. */
        private void changes(String js, int at, String target, List<Element> found) {
            if (target.isEmpty()) {
                return; // an index past the elements there are: the script reaches nothing
            }
            String after = js.substring(at, Math.min(js.length(), at + 240));
            Matcher does;
            if ((does = STYLE_PROPERTY.matcher(after)).find()) {
                String property = does.group(1) != null ? kebab(does.group(1)) : does.group(2).toLowerCase(Locale.ROOT);
                String value = JsString.value(does.group(4)).strip();
                if (value.isEmpty() || !(value.equals("none") || value.equals("hidden"))
                        && (property.equals("display") || property.equals("visibility"))) {
                    revealed.add(new FromScript(target, script)); // a style cleared, or the element shown: what hid it may be undone
                }
                if (!value.isEmpty()) {
                    rules.add(new FromScript(target + "{" + property + ":" + value + "}", script));
                }
            } else if ((does = STYLE_TEXT.matcher(after)).find()) {
                String css = JsString.value(does.group(2));
                rules.add(new FromScript(target + "{" + (css.contains(":") ? css : "display:none") + "}", script));
                revealed.add(new FromScript(target, script)); // the inline style replaced: what it hid may show
            } else if ((does = CLASS_ADDED.matcher(after)).find()) {
                changed(JsString.value(does.group(4)), target);
            } else if ((does = CLASS_REPLACED.matcher(after)).find()) {
                changed(does.group(2) != null ? JsString.value(does.group(2)) : does.group(3).replace("\\b", " "), target);
                changed(JsString.value(does.group(5)), target);
            } else if ((does = CLASS_REMOVED.matcher(after)).find()) {
                changed(JsString.value(does.group(2)), target);
                revealed.add(new FromScript(target, script));
            } else if (SHOWN.matcher(after).find()) {
                revealed.add(new FromScript(target, script));
            } else if (CHANGED.matcher(after).find()) {
                rules.add(new FromScript(target + "{display:none}", script));
            } else if ((does = PART_CHANGED.matcher(after)).find()) {
                walked.add(at + does.end());
                Optional<List<Element>> reached = ScriptReach.walk(found, does.group(1), js, positions);
                if (reached.isEmpty()) {
                    // the walk is not followed here: every cell of what was found may be the one changed
                    rules.add(new FromScript(target + " td, " + target + " th{display:none}", script));
                } else {
                    List<Element> cells = changedCells(reached.get(), does.group(2) != null, does.group(4) != null);
                    if (cells.size() > MAX_PATHS) {
                        rules.add(new FromScript("td, th{display:none}", script)); // so many: every cell, not a path each
                    } else if (!cells.isEmpty()) {
                        rules.add(new FromScript(ScriptReach.paths(cells) + "{display:none}", script));
                    }
                }
            }
        }

        /** Notes each class name in {@code names} as one the script gives or takes from the elements {@code target} selects. */
        private void changed(String names, String target) {
            for (String name : names.split("[^-\\w]+")) {
                if (!name.isEmpty()) {
                    classes.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(new FromScript(target, script));
                }
            }
        }

        /** The elements a selector selects on the page as a script sees it: none inside {@code <template>} or {@code <noscript>}. */
        private List<Element> select(String selector) {
            try {
                return page.select(CssSelector.forJsoup(selector, true)).stream()
                        .filter(e -> e.closest("template, noscript") == null).toList();
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                return List.of();
            }
        }
    }

    /**
     * The selector of what a script reaches: the one it looked up by when it reaches every element that selects
     * ({@code every}), else the paths of those it reaches; empty when it reaches none.
     */
    private static String target(String selector, List<Element> every, List<Element> found) {
        return found.size() == every.size() || found.size() > MAX_PATHS ? selector : ScriptReach.paths(found);
    }

    /**
     * More elements reached than this are selected as a whole (the look-up's selector, every cell) rather than by a path
     * each: each path is matched against the whole page.
     */
    private static final int MAX_PATHS = 200;

    /**
     * The cells whose shown value a change of the elements reached may alter: a cell's own (its row's when it is moved
     * or hidden, the cells after it taking its place), a row's (and those of the rows its cells span into, when moved),
     * the cells inside any other element reached (what a part taken out of it was is not known), or the element itself
     * when it holds no cell (a span inside one).
     */
    private static List<Element> changedCells(List<Element> reached, boolean moved, boolean takenOut) {
        Set<Element> out = new LinkedHashSet<>();
        for (Element e : reached) {
            String tag = e.normalName();
            boolean cell = tag.equals("td") || tag.equals("th");
            Element row = cell ? e.parent() : tag.equals("tr") ? e : null;
            if (row != null && (moved || takenOut || !cell)) {
                out.addAll(cellsOf(row));
                if (moved) {
                    spannedFrom(row).forEach(r -> out.addAll(cellsOf(r)));
                }
            } else if (cell) {
                out.add(e);
            } else {
                List<Element> inside = e.select("td, th");
                out.addAll(inside.isEmpty() ? List.of(e) : inside);
            }
        }
        return List.copyOf(out);
    }

    private static List<Element> cellsOf(Element row) {
        return row.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
    }

    /** The rows below {@code row} that its cells' {@code rowspan} reach into. */
    private static List<Element> spannedFrom(Element row) {
        int span = cellsOf(row).stream().mapToInt(c -> {
            try {
                return Math.max(1, Integer.parseInt(c.attr("rowspan").strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }).max().orElse(1);
        List<Element> out = new ArrayList<>();
        for (Element next = row.nextElementSibling(); next != null && out.size() < span - 1; next = next.nextElementSibling()) {
            out.add(next);
        }
        return out;
    }

    /** The CSS text of the {@code <style>} elements a script creates or writes as markup. */
    private static List<String> createdStyles(String js) {
        boolean creates = CREATES_STYLE.matcher(js).find();
        List<String> css = new ArrayList<>();
        Matcher literal = LITERAL.matcher(js);
        while (literal.find()) {
            String text = JsString.value(literal.group(2));
            Matcher markup = STYLE_MARKUP.matcher(text);
            while (markup.find()) {
                css.add(markup.group(1));
            }
            if (creates && CSS_RULE.matcher(text).find() && !text.contains("<")) {
                css.add(text);
            }
        }
        return css;
    }

    /**
     * The code with the bodies of the functions nothing in {@code all} (the page's load-time code) names
     * blanked out: a function only a click on a link or button calls ({@code onclick="share()"}) does not run
     * as the page loads.
     */
    static String withoutUncalledFunctions(String js, String all) {
        StringBuilder out = new StringBuilder(js);
        Matcher function = FUNCTION.matcher(js);
        while (function.find()) {
            int close = closing(js, function.end() - 1);
            String name = function.group(1);
            String rest = all.replace(js.substring(function.start(), Math.min(close + 1, js.length())), "");
            if (!Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(rest).find()) {
                blank(out, function.end(), close);
            }
        }
        return out.toString();
    }

    private static final Pattern FUNCTION = Pattern.compile("\\bfunction\\s+([A-Za-z_$][\\w$]*)\\s*\\([^)]*\\)\\s*\\{");

    /** Where the block opened at {@code open} closes (the end of the code when it does not). */
    private static int closing(String js, int open) {
        int depth = 0;
        for (int i = open; i < js.length(); i++) {
            char c = js.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return js.length();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < Math.min(to, out.length()); i++) {
            out.setCharAt(i, ' ');
        }
    }

    /** The code with the bodies of click, key and mouse handlers blanked out. */
    static String withoutUserEvents(String js) {
        StringBuilder out = new StringBuilder(js);
        Matcher handler = USER_EVENT.matcher(js);
        int from = 0;
        while (from < js.length() && handler.find(from)) {
            int open = js.indexOf('{', handler.end());
            if (open < 0) {
                break;
            }
            int close = closing(js, open);
            blank(out, open + 1, close);
            from = Math.min(close + 1, js.length());
        }
        return out.toString();
    }

    /**
     * A selector's text with each class a script gives or takes, on the elements it changes it on, in place of
     * {@code .class}, with the scripts that change them; empty when the selector names no such class.
     */
    Optional<FromScript> withClassesChanged(String selectors) {
        String out = selectors;
        Set<String> scripts = new LinkedHashSet<>();
        for (Map.Entry<String, Set<FromScript>> changed : classesChanged.entrySet()) {
            String on = Matcher.quoteReplacement(":is(" + String.join(", ", changed.getValue().stream().map(FromScript::css)
                    .distinct().toList()) + ")");
            // a class taken away (or given) also changes what :not(.class) selects
            String next = out.replaceAll(":not\\(\\s*\\." + Pattern.quote(changed.getKey()) + "\\s*\\)", on)
                    .replaceAll("\\." + Pattern.quote(changed.getKey()) + "(?![-\\w])", on);
            if (!next.equals(out)) {
                changed.getValue().forEach(f -> scripts.add(f.script()));
                out = next;
            }
        }
        return scripts.isEmpty() ? Optional.empty() : Optional.of(new FromScript(out, String.join(", ", scripts)));
    }

    /** The quote-and-text fragment of {@link JsString#QUOTED} with its back-reference renumbered to group {@code quote}. */
    private static String quoted(int quote) {
        return JsString.QUOTED.replace("\\1", "\\" + quote);
    }

    /** The element a match found, as a selector: {@code [id="…"]}, the selector given, {@code .class}, {@code body}. */
    private static String selector(Matcher m) {
        if (m.group(2) != null) {
            return "[id=\"" + JsString.value(m.group(2)).replace("\"", "\\\"") + "\"]";
        }
        if (m.group(4) != null) {
            return JsString.value(m.group(4));
        }
        if (m.group(6) != null) {
            return "." + JsString.value(m.group(6)).strip().replaceAll("\\s+", ".");
        }
        if (m.group(8) != null) {
            return JsString.value(m.group(8));
        }
        if (m.group(11) != null) {
            return JsString.value(m.group(11)).strip();
        }
        return m.group(9).equals("body") ? "body" : "html";
    }

    /** {@code backgroundColor} → {@code background-color}; {@code webkitTextFillColor} → {@code -webkit-text-fill-color}. */
    private static String kebab(String property) {
        String css = property.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return css.startsWith("webkit-") ? "-" + css : css;
    }
}
