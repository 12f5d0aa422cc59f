package org.nianbao.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * The declarations a page's own CSS gives each element, as a browser's cascade settles them on a
 * desktop screen: the rules of its {@code <style>} blocks, of the style sheets it links or imports
 * that are saved beside it ({@link LocalSheets}; the others are named, {@link #unread}) and its
 * inline {@code style} attributes, a declaration browsers drop as invalid left out ({@link CssDeclaration}),
 * ordered by importance ({@code !important} first), then inline before any rule, then the
 * selector's specificity, then source order. {@code @media} blocks count when their query holds
 * for a screen {@value #SCREEN_WIDTH} px wide ({@code print} ones never do); {@code @supports}
 * blocks count when their condition holds ({@link #supports}; one it cannot decide puts what its rules
 * would style in doubt, {@link #doubted}); other at-rules ({@code @font-face}, {@code @keyframes}, {@code @page}) give
 * nothing. Only the properties that change what is seen are kept ({@link #SEEN}), and the custom
 * properties ({@code --name}) their {@code var()} may refer to ({@link CssVariables} substitutes them).
 */
final class StyleSheet {

    /** The width a report page is read at: a common desktop window. */
    static final int SCREEN_WIDTH = 1280;

    /** Properties that change whether, and how, text is seen. */
    private static final Set<String> SEEN = Set.of("display", "visibility", "mso-hide", "opacity", "font-size",
            "color", "text-decoration", "text-decoration-line", "vertical-align", "background", "background-color",
            // what moves or clips text out of sight, or raises it
            "position", "left", "top", "bottom", "clip", "clip-path", "overflow", "overflow-x", "overflow-y",
            "width", "height", "max-width", "max-height", "text-indent", "transform", "filter", "content",
            "right", "margin", "margin-left", "margin-top", "-webkit-text-fill-color",
            // what draws the glyphs' shapes, or paints behind them, in a colour other than the text's
            "-webkit-text-stroke", "-webkit-text-stroke-width", "-webkit-text-stroke-color", "text-shadow", "box-shadow",
            // what paints text under a background (a negative z-index) or keeps it above one
            "z-index", "isolation",
            // what skips an element's content or shrinks it away (red team 14a)
            "content-visibility", "zoom", "scale");
    /** {@code !important}, which CSS lets be written {@code ! important} or in any case. */
    private static final Pattern IMPORTANT = Pattern.compile("(?i)!\\s*important\\s*$");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|<!--|-->", Pattern.DOTALL);
    private static final Pattern WIDTH = Pattern.compile(
            "\\(\\s*(min|max)-(?:device-)?width\\s*:\\s*([0-9.]+)\\s*(px|em|rem)?\\s*\\)");
    private static final Pattern FEATURE = Pattern.compile("\\(\\s*([a-z-]+)\\s*(?::\\s*([^)]*))?\\)");

    /** Inline style outranks every rule's specificity. */
    private static final long INLINE = Long.MAX_VALUE;

    /** One declaration and where it stands in the cascade: importance, then weight (inline, specificity), then order. */
    private record Declared(String value, boolean important, long weight, int order) {
        boolean outranks(Declared o) {
            if (important != o.important) {
                return important;
            }
            return weight != o.weight ? weight > o.weight : order >= o.order;
        }
    }

    private final Map<Element, Map<String, Declared>> rules = new IdentityHashMap<>();
    /** Rules for an element's generated boxes, {@code ::before} and {@code ::after}, by element and pseudo-element. */
    private final Map<Element, Map<String, Map<String, Declared>>> generated = new IdentityHashMap<>();
    private static final Pattern PSEUDO = Pattern.compile("(?i)::?(before|after)\\s*$");
    private int order;
    /** How deep in {@code @layer} blocks the rules being read are. */
    private int layered;
    /** What a layered rule's specificity is lowered by, so that any rule outside layers outranks it. */
    private static final long LAYERED = 1_000_000_000L;
    /** Whether the page is read in quirks mode, where a colour may be written without its {@code #}. */
    private final boolean quirks;
    private final LocalSheets local;
    private final Set<String> unread = new LinkedHashSet<>();
    /** How deep in {@code @supports} blocks whose condition this reader cannot decide the rules being read are. */
    private int undecided;
    /** Elements a rule in such a block would style: whether it applies is in doubt. */
    private final Set<Element> doubted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> classes = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    private static final Pattern NAMED_CLASS = Pattern.compile("\\.(-?[_a-zA-Z][\\w-]*)");
    private static final Pattern NAMED_ID = Pattern.compile("#(-?[_a-zA-Z][\\w-]*)");
    private static final Pattern IMPORT = Pattern.compile(
            "(?is)@import\\s+(?:url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)|\"([^\"]*)\"|'([^']*)')\\s*(.*)");

    private StyleSheet(boolean quirks, LocalSheets local) {
        this.quirks = quirks;
        this.local = local;
    }

    /** The rules of the page's {@code <style>} blocks; no linked sheet is read. */
    static StyleSheet of(Document page) {
        return of(page, LocalSheets.none());
    }

    /**
     * The rules of the page's {@code <style>} blocks and of the style sheets it links ({@code <link
     * rel=stylesheet>}, {@code @import}) that {@code local} can read, in the order the page gives them.
     */
    static StyleSheet of(Document page, LocalSheets local) {
        StyleSheet sheet = new StyleSheet(QuirksMode.of(page), local);
        for (Element e : page.select("style, link")) {
            if (e.normalName().equals("style")) {
                if (appliesToScreen(e.attr("media"))) {
                    sheet.block(page, COMMENT.matcher(e.data()).replaceAll(" "), local.folder());
                }
            } else {
                switch (LinkedSheet.of(e, page)) {
                    case APPLIED -> sheet.linked(page, e.attr("href"), local.folder(), 0);
                    case SWITCHED_BY_SCRIPT -> {
                        sheet.undecided++; // a page script may turn it on: what its rules would change is in doubt
                        sheet.linked(page, e.attr("href"), local.folder(), 0);
                        sheet.undecided--;
                    }
                    case NOT_APPLIED -> { }
                }
            }
        }
        return sheet;
    }

    /** A linked or imported sheet: its rules when it can be read, else it is named as unread. */
    private void linked(Document page, String href, Optional<Path> from, int depth) {
        if (href.isBlank()) {
            return; // no address: browsers load nothing
        }
        Optional<LocalSheets.Sheet> css = depth > MAX_IMPORT_DEPTH ? Optional.empty() : local.read(href, from);
        if (css.isEmpty()) {
            unread.add(href.strip());
            return;
        }
        block(page, COMMENT.matcher(css.get().text()).replaceAll(" "), css.get().folder(), depth + 1);
    }

    /** How deep {@code @import}s are followed: a sheet importing itself must end. */
    private static final int MAX_IMPORT_DEPTH = 4;

    /**
     * True when the page links a style sheet ({@code <link rel=stylesheet>}, {@code @import}) that
     * this reader did not read: rules it does not know may apply.
     */
    boolean external() {
        return !unread.isEmpty();
    }

    /** The addresses of the linked or imported sheets that were not read, in page order. */
    List<String> unread() {
        return List.copyOf(unread);
    }

    /**
     * Whether a rule in an {@code @supports} block whose condition this reader cannot decide would
     * style the element (what is seen of it is then in doubt).
     */
    boolean doubted(Element e) {
        return doubted.contains(e);
    }

    /** Whether some rule read names the class (its selector holds {@code .name}). */
    boolean namesClass(String name) {
        return classes.contains(name);
    }

    /** Whether some rule read names the id (its selector holds {@code #name}). */
    boolean namesId(String name) {
        return ids.contains(name);
    }

    /** No rules: only inline styles count. */
    static StyleSheet empty() {
        return new StyleSheet(false, LocalSheets.none());
    }

    /** The element's declarations: its rules' and its inline style's, as the cascade settles them. */
    Map<String, String> declarations(Element e) {
        Map<String, Declared> won = new HashMap<>(rules.getOrDefault(e, Map.of()));
        String inline = e.attr("style");
        if (!inline.isBlank()) {
            declare(won, inline, INLINE, 0);
        }
        Map<String, String> out = new HashMap<>();
        won.forEach((name, d) -> out.put(name, d.value()));
        return out;
    }

    /**
     * The declarations of the element's generated box {@code pseudo} ({@code before} or
     * {@code after}) from the page's rules, or none. Inline styles cannot reach it.
     */
    Map<String, String> declarations(Element e, String pseudo) {
        Map<String, String> out = new HashMap<>();
        generated.getOrDefault(e, Map.of()).getOrDefault(pseudo, Map.of()).forEach((name, d) -> out.put(name, d.value()));
        return out;
    }

    /** A run of rules and at-rules (a style block, or the inside of an {@code @media} block). */
    private void block(Document page, String css, Optional<Path> folder) {
        block(page, css, folder, 0);
    }

    private void block(Document page, String css, Optional<Path> folder, int depth) {
        int i = 0;
        while (i < css.length()) {
            int open = css.indexOf('{', i);
            int semicolon = css.indexOf(';', i);
            String head = css.substring(i, open < 0 ? css.length() : open).strip();
            if (head.startsWith("@") && semicolon >= 0 && (open < 0 || semicolon < open)) {
                Matcher imported = IMPORT.matcher(css.substring(i, semicolon).strip());
                if (imported.matches() && appliesToScreen(imported.group(6).replaceAll("(?i)\\b(layer|supports)\\([^)]*\\)|\\blayer\\b", "")))  {
                    String href = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(imported::group)
                            .filter(java.util.Objects::nonNull).findFirst().orElse("");
                    linked(page, href, folder, depth);
                } else if (!imported.matches() && head.toLowerCase(Locale.ROOT).startsWith("@import")) {
                    unread.add(css.substring(i, semicolon).strip()); // an @import this reader cannot parse
                }
                i = semicolon + 1; // @charset, @namespace: nothing to apply here
                continue;
            }
            if (open < 0) {
                return;
            }
            int close = matching(css, open);
            String body = css.substring(open + 1, close);
            if (head.startsWith("@")) {
                String at = head.toLowerCase(Locale.ROOT);
                if (at.startsWith("@media") && appliesToScreen(at.substring("@media".length()))) {
                    block(page, body, folder, depth);
                } else if (at.startsWith("@supports")) {
                    Optional<Boolean> holds = supports(at.substring("@supports".length()));
                    if (holds.isEmpty()) {
                        undecided++; // a condition this reader cannot decide: its rules neither apply nor are dropped
                    }
                    if (holds.orElse(true)) {
                        block(page, body, folder, depth);
                    }
                    if (holds.isEmpty()) {
                        undecided--;
                    }
                } else if (at.startsWith("@layer")) {
                    // a cascade layer: its rules lose to every rule outside layers, whatever their specificity
                    layered++;
                    block(page, body, folder, depth);
                    layered--;
                }
            } else {
                rule(page, head, body, null);
            }
            i = close + 1;
        }
    }

    /**
     * A style rule; {@code parent} is the selector list of the rule it is nested in (CSS nesting), or
     * null. Nested rules in the body ({@code & .x { … }}, {@code .x { … }}) are rules of their own,
     * their selectors relative to this rule's: {@code &} stands for it, else they are its descendants.
     */
    private void rule(Document page, String selectors, String block, String parent) {
        int at = ++order;
        StringBuilder own = new StringBuilder();
        List<String[]> nested = new ArrayList<>();
        String body = block;
        int j = 0;
        while (true) {
            int open = body.indexOf('{', j);
            if (open < 0) {
                own.append(body.substring(j));
                break;
            }
            int start = Math.max(body.lastIndexOf(';', open), body.lastIndexOf('}', open)) + 1;
            start = Math.max(start, j);
            own.append(body, j, start).append(';');
            int close = matching(body, open);
            nested.add(new String[] {body.substring(start, open).strip(), body.substring(open + 1, close)});
            j = Math.min(body.length(), close + 1);
        }
        body = own.toString();
        if (parent != null) {
            List<String> resolved = new ArrayList<>();
            String whole = splitTopLevel(parent).size() > 1 ? ":is(" + parent + ")" : parent.strip();
            for (String selector : splitTopLevel(selectors)) {
                String s = selector.strip();
                resolved.add(s.contains("&") ? s.replace("&", whole) : whole + " " + s);
            }
            selectors = String.join(", ", resolved);
        }
        for (String[] inner : nested) {
            if (!inner[0].startsWith("@")) {
                rule(page, inner[0], inner[1], selectors);
            } else if (inner[0].toLowerCase(Locale.ROOT).startsWith("@media")
                    && appliesToScreen(inner[0].substring("@media".length()))
                    || inner[0].toLowerCase(Locale.ROOT).startsWith("@supports")
                    && supports(inner[0].substring("@supports".length())).orElse(true)) {
                rule(page, "&", inner[1], selectors);
            }
        }
        NAMED_CLASS.matcher(selectors).results().forEach(m -> classes.add(m.group(1)));
        NAMED_ID.matcher(selectors).results().forEach(m -> ids.add(m.group(1)));
        for (String selector : splitTopLevel(selectors)) {
            String s = selector.strip();
            if (s.isEmpty()) {
                continue;
            }
            long specificity = specificity(s) - (layered > 0 ? LAYERED : 0);
            Matcher pseudo = PSEUDO.matcher(s);
            if (pseudo.find()) {
                String box = pseudo.group(1).toLowerCase(Locale.ROOT);
                String element = s.substring(0, pseudo.start()).strip();
                for (Element e : select(page, element.isEmpty() ? "*" : element)) {
                    declare(generated.computeIfAbsent(e, k -> new HashMap<>()).computeIfAbsent(box, k -> new HashMap<>()),
                            body, specificity, at);
                }
                continue;
            }
            for (Element e : select(page, s)) {
                if (undecided > 0) {
                    Map<String, Declared> would = new HashMap<>();
                    declare(would, body, specificity, at);
                    if (!would.isEmpty()) {
                        doubted.add(e); // a rule that may or may not apply: what it would change is in doubt
                    }
                    continue;
                }
                declare(rules.computeIfAbsent(e, k -> new HashMap<>()), body, specificity, at);
            }
        }
    }

    /**
     * Adds a block's declarations where they outrank what is there: {@code !important} above
     * all, then {@code weight} (inline above any rule, then specificity), then source order.
     */
    private void declare(Map<String, Declared> into, String block, long weight, int at) {
        for (String decl : block.split(";")) {
            int colon = decl.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = decl.substring(0, colon).strip();
            boolean custom = name.startsWith("--"); // a custom property: its name is case-sensitive
            name = custom ? name : name.toLowerCase(Locale.ROOT);
            if (!custom && !SEEN.contains(name) && !name.equals("font")) {
                continue;
            }
            String value = decl.substring(colon + 1).strip();
            if (!name.equals("content") && !custom && !value.contains("var(")) {
                value = value.toLowerCase(Locale.ROOT); // a generated text keeps its case; var() names theirs
            }
            Matcher bang = IMPORTANT.matcher(value);
            boolean important = bang.find();
            if (important) {
                value = value.substring(0, bang.start()).strip();
            }
            if (name.equals("font")) {
                // the shorthand sets font-size (font:0/0 a; Word's font:1.0pt "Times New Roman")
                Optional<String> size = CssDeclaration.fontSize(value);
                if (size.isEmpty()) {
                    continue; // not a font value: browsers drop the declaration
                }
                name = "font-size";
                value = size.get();
            }
            if (!custom && !CssDeclaration.valid(name, value, quirks)) {
                continue; // a value browsers drop (an IE hack, a typo): the declaration before it stands
            }
            Declared d = new Declared(value, important, weight, at);
            Declared old = into.get(name);
            if (old == null || d.outranks(old)) {
                into.put(name, d);
            }
        }
    }

    /**
     * Specificity packed in one number: ids, then classes, attributes and pseudo-classes, then
     * element names and pseudo-elements (each count below 100). {@code :not()}, {@code :is()},
     * {@code :has()} count what they hold; {@code :where()} counts nothing.
     */
    static long specificity(String selector) {
        String s = selector.replaceAll(":where\\([^)]*\\)", "").replaceAll("\\[[^]]*]", "[]")
                .replaceAll("\"[^\"]*\"|'[^']*'", "");
        long ids = count(s, "#[\\w-]+");
        long classes = count(s, "\\.[\\w-]+") + count(s, "\\[]")
                + count(s.replaceAll("::[\\w-]+", ""), ":(?!not\\(|is\\(|has\\()[\\w-]+");
        long names = count(s.replaceAll("[#.:][\\w-]+", " "), "(?<![\\w-])[a-zA-Z][\\w-]*") + count(s, "::[\\w-]+");
        return Math.min(ids, 99) * 10_000 + Math.min(classes, 99) * 100 + Math.min(names, 99);
    }

    private static long count(String s, String regex) {
        return Pattern.compile(regex).matcher(s).results().count();
    }

    /**
     * Whether a media query list holds on a desktop screen {@value #SCREEN_WIDTH} px wide: some
     * query in it names no media type but {@code screen} or {@code all}, and every width it sets
     * admits that width; orientation is landscape, the colour scheme light; other features are
     * taken to hold (a rule is read rather than passed over when in doubt).
     */
    static boolean appliesToScreen(String mediaList) {
        String list = mediaList.strip().toLowerCase(Locale.ROOT);
        if (list.isEmpty()) {
            return true;
        }
        for (String query : splitTopLevel(list)) {
            String q = query.strip();
            boolean negated = q.startsWith("not ");
            q = q.replaceFirst("^(not|only)\\s+", "");
            boolean holds = typeHolds(q) && featuresHold(q);
            if (holds != negated) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeHolds(String query) {
        String type = query.startsWith("(") ? "all" : query.split("[\\s(]+")[0];
        return type.equals("all") || type.equals("screen");
    }

    private static boolean featuresHold(String query) {
        Matcher w = WIDTH.matcher(query);
        while (w.find()) {
            double px = Double.parseDouble(w.group(2)) * (w.group(3) == null || w.group(3).equals("px") ? 1 : 16);
            if (w.group(1).equals("min") ? px > SCREEN_WIDTH : px < SCREEN_WIDTH) {
                return false;
            }
        }
        Matcher f = FEATURE.matcher(query);
        while (f.find()) {
            String value = f.group(2) == null ? "" : f.group(2).strip();
            switch (f.group(1)) {
                case "orientation" -> {
                    if (value.equals("portrait")) {
                        return false;
                    }
                }
                case "prefers-color-scheme" -> {
                    if (value.equals("dark")) {
                        return false;
                    }
                }
                default -> {
                    // widths are checked above; other features are taken to hold
                }
            }
        }
        return true;
    }

    /** Splits at commas outside brackets and parentheses. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** The index of the brace closing the one at {@code open}, or the end of the text. */
    /** The index of the {@code )} closing the {@code (} at {@code open}, or the string's length. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static int matching(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return css.length();
    }

    private List<Element> select(Document page, String selector) {
        try {
            String css = selector.replace(":where(", ":is(");
            return page.select(quirks ? css : caseSensitive(css));
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            return new Elements(); // a selector jsoup cannot evaluate (:hover, ::before) selects nothing here
        }
    }

    /**
     * The selector with its class and id names matched case-sensitively, as browsers match them in a
     * standards-mode page (jsoup matches them ignoring case, as quirks mode does): {@code .Name}
     * becomes a whole-word match on the {@code class} attribute, {@code #Name} an exact one on {@code id}.
     * Attribute selectors and quoted strings are left as written.
     */
    static String caseSensitive(String selector) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < selector.length()) {
            char c = selector.charAt(i);
            if (c == '[' || c == '"' || c == '\'') {
                int end = c == '[' ? selector.indexOf(']', i + 1) : selector.indexOf(c, i + 1);
                end = end < 0 ? selector.length() - 1 : end;
                out.append(selector, i, end + 1);
                i = end + 1;
                continue;
            }
            Matcher name = CASE_NAME.matcher(selector).region(i, selector.length());
            if ((c == '.' || c == '#') && name.lookingAt()) {
                String n = name.group(2);
                out.append(c == '.' ? "[class~=(?<![^\\s])" + n + "(?![^\\s])]" : "[id~=^" + n + "$]");
                i = name.end();
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static final Pattern CASE_NAME = Pattern.compile("([.#])(-?[_a-zA-Z][\\w-]*)");

    /**
     * Whether an {@code @supports} condition holds in a current browser: true or false for the
     * conditions this reader knows ({@code not}, {@code and}, {@code or} of declarations it can judge),
     * empty when it cannot decide.
     */
    static Optional<Boolean> supports(String condition) {
        String c = condition.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        if (c.startsWith("not") && (c.length() > 3 && (c.charAt(3) == '(' || Character.isWhitespace(c.charAt(3))))) {
            return supports(c.substring(3)).map(b -> !b);
        }
        List<String> parts = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        int i = 0;
        while (i < c.length()) {
            while (i < c.length() && Character.isWhitespace(c.charAt(i))) {
                i++;
            }
            if (i >= c.length()) {
                break;
            }
            if (!parts.isEmpty()) {
                Matcher join = JOIN.matcher(c).region(i, c.length());
                if (!join.lookingAt()) {
                    return Optional.empty();
                }
                joins.add(join.group(1));
                i = join.end();
                while (i < c.length() && Character.isWhitespace(c.charAt(i))) {
                    i++;
                }
            }
            int open = c.indexOf('(', i);
            if (open < 0) {
                return Optional.empty();
            }
            String fn = c.substring(i, open).strip();
            int close = closing(c, open);
            if (close >= c.length() || !fn.isEmpty()) {
                return Optional.empty(); // selector(), font-tech(), …: not judged here
            }
            parts.add(c.substring(open + 1, close));
            i = close + 1;
        }
        if (parts.isEmpty() || joins.stream().distinct().count() > 1) {
            return Optional.empty(); // mixing and/or without brackets is invalid CSS
        }
        List<Optional<Boolean>> each = new ArrayList<>();
        for (String part : parts) {
            each.add(inBrackets(part));
        }
        boolean and = joins.isEmpty() || joins.get(0).equals("and");
        if (and) {
            if (each.stream().anyMatch(o -> o.isPresent() && !o.get())) {
                return Optional.of(false);
            }
            return each.stream().allMatch(Optional::isPresent) ? Optional.of(true) : Optional.empty();
        }
        if (each.stream().anyMatch(o -> o.isPresent() && o.get())) {
            return Optional.of(true);
        }
        return each.stream().allMatch(Optional::isPresent) ? Optional.of(false) : Optional.empty();
    }

    private static final Pattern JOIN = Pattern.compile("(and|or)(?=[\\s(])");

    /** The inside of {@code ( … )}: a nested condition or a declaration. */
    private static Optional<Boolean> inBrackets(String inner) {
        String s = inner.strip();
        int colon = s.indexOf(':');
        if (s.startsWith("(") || s.startsWith("not") || colon < 0) {
            return supports(s);
        }
        String name = s.substring(0, colon).strip();
        String value = s.substring(colon + 1).strip();
        if (name.startsWith("--")) {
            return Optional.of(true);
        }
        Set<String> known = SUPPORTED.get(name);
        if (known == null) {
            return Optional.empty();
        }
        return known.contains(value) ? Optional.of(true) : Optional.empty();
    }

    /** Declarations every current browser supports, by property: {@code @supports} tests of them hold. */
    private static final java.util.Map<String, Set<String>> SUPPORTED = java.util.Map.of(
            "display", Set.of("grid", "inline-grid", "flex", "inline-flex", "flow-root", "contents", "block", "inline",
                    "inline-block", "table", "none"),
            "position", Set.of("sticky", "fixed", "absolute", "relative", "static"));
}
