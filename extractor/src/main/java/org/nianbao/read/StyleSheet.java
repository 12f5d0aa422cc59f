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
 * ordered by importance ({@code !important} first), then inline before any rule, then cascade
 * layer ({@link CascadeLayer}), then the selector's specificity ({@link CssSelector}), then source
 * order; a {@code revert-layer} that wins rolls back to the layers before its own, and {@code all}
 * gives its keyword to every property kept (the other CSS-wide keywords: {@link CssWideKeyword}). A {@code <style>} counts when its {@code type} is empty or {@code text/css}, a linked sheet
 * when its {@code type} is CSS and it is not disabled (as browsers apply them). {@code @media} blocks
 * (and {@code media} attributes) count when their query holds on a desktop screen ({@link CssMedia}),
 * {@code @supports} blocks when their condition holds ({@link CssSupports}); a query or condition that
 * cannot be decided puts what its rules would style in doubt ({@link #doubted}), as does every
 * {@code @container} query (a container's size is the layout's); {@code @scope (root)} blocks style
 * inside their root; {@code @font-face} rules are kept as the page's web fonts ({@link WebFonts}); other
 * at-rules ({@code @keyframes}, {@code @page}) give nothing. Only the properties that change what is seen are kept ({@link #SEEN}), and the custom
 * properties ({@code --name}) their {@code var()} may refer to ({@link CssVariables} substitutes them).
 */
final class StyleSheet {

    /** Properties that change whether, and how, text is seen. */
    static final Set<String> SEEN = Set.of("display", "visibility", "mso-hide", "opacity", "font-size",
            "color", "text-decoration", "text-decoration-line", "vertical-align", "background", "background-color",
            // a background clipped to the glyphs paints the text itself (gradient text)
            "background-image", "background-clip", "-webkit-background-clip",
            // what moves or clips text out of sight, or raises it
            "position", "left", "top", "bottom", "clip", "clip-path", "overflow", "overflow-x", "overflow-y",
            "width", "height", "max-width", "max-height", "text-indent", "transform", "filter", "content",
            "right", "margin", "margin-left", "margin-top", "-webkit-text-fill-color",
            // whether a list item in a cell draws a number before its figure
            "list-style", "list-style-type",
            // what draws the glyphs' shapes, or paints behind them, in a colour other than the text's
            "-webkit-text-stroke", "-webkit-text-stroke-width", "-webkit-text-stroke-color", "text-shadow", "box-shadow",
            // what paints text under a background (a negative z-index) or keeps it above one
            "z-index", "isolation",
            // what skips an element's content or shrinks it away (red team 14a)
            "content-visibility", "zoom", "scale",
            // what draws characters in another order than written (a right-to-left override, BidiLine)
            "direction", "unicode-bidi",
            // what draws a digit as another one (a web font's map, WebFonts), and which face of the family does
            "font-family", "font-weight", "font-style",
            // what lays a figure's pieces out in another order than written (HtmlVisibility.movedBox)
            "order", "flex-direction", "flex-flow", "grid-column", "grid-column-start", "grid-row", "grid-row-start",
            "grid-area", "float", "translate",
            // what lays a box's items out right to left, in rows, or down the page (HtmlVisibility.itemOrder)
            "grid-auto-flow", "grid-template-columns", "grid-template-rows", "grid-template", "grid",
            "grid-template-areas", "writing-mode",
            // what pulls a piece of a figure back over the one before it (HtmlVisibility.pulledBack)
            "margin-right", "margin-inline", "margin-inline-start", "margin-inline-end", "letter-spacing", "word-spacing",
            // what turns on a web font's layout features, which may draw a digit otherwise (HtmlVisibility.features)
            "font-variant", "font-variant-numeric", "font-variant-ligatures", "font-variant-caps", "font-variant-east-asian",
            "font-variant-position", "font-variant-alternates", "font-feature-settings", "-webkit-font-feature-settings");
    /** {@code !important}, which CSS lets be written {@code ! important} or in any case. */
    private static final Pattern IMPORTANT = Pattern.compile("(?i)!\\s*important\\s*$");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|<!--|-->", Pattern.DOTALL);
    /**
     * A comment in a {@code style} attribute: legal between its tokens as in a sheet (a note written after
     * {@code display:none}),
     * and one left open runs to the attribute's end, as CSS's tokenizer reads it (red team rtn).
     */
    private static final Pattern INLINE_COMMENT = Pattern.compile("/\\*.*?(?:\\*/|\\z)", Pattern.DOTALL);

    /**
     * One declaration and where it stands in the cascade: importance, then inline style before any
     * rule, then its layer (reversed for {@code !important}), then specificity, then order.
     */
    private record Declared(String value, boolean important, boolean inline, CascadeLayer layer, long specificity,
            int order) {
        boolean outranks(Declared o) {
            if (important != o.important) {
                return important;
            }
            if (inline != o.inline) {
                return inline;
            }
            int layers = layer.compareTo(o.layer);
            if (layers != 0) {
                return important ? layers < 0 : layers > 0;
            }
            return specificity != o.specificity ? specificity > o.specificity : order >= o.order;
        }

        /**
         * Whether this declaration stands in a cascade layer before {@code o}'s, in the layers'
         * own order whatever the importance: earlier layers, then the rules outside layers, then
         * the inline style, which Chromium takes as a layer of its own for {@code revert-layer}
         * (an inline {@code display:revert-layer} falls back to the page's unlayered rules).
         */
        boolean inEarlierLayer(Declared o) {
            if (inline != o.inline) {
                return o.inline;
            }
            return layer.compareTo(o.layer) < 0;
        }

        /** Whether both stand in the same layer with the same importance: only the one that outranks can matter. */
        boolean rivals(Declared o) {
            return important == o.important && inline == o.inline && layer == o.layer;
        }
    }

    /**
     * Adds a declaration of a property to those before it, keeping one per layer and importance
     * (the others can never win, {@code revert-layer} rolling back whole layers).
     */
    private static void add(List<Declared> declared, Declared d) {
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).rivals(d)) {
                if (d.outranks(declared.get(i))) {
                    declared.set(i, d);
                }
                return;
            }
        }
        declared.add(d);
    }

    /**
     * The value the cascade settles among an element's declarations of one property; null when none
     * applies. A {@code revert-layer} that
     * wins rolls back to what the layers before its own settle, its layer's other declarations,
     * {@code !important} or not, left out (as Chromium does: {@code @layer a{.x{display:none}}
     * .x{display:none; display:revert-layer}} shows the element as layer a hides it); when no earlier
     * layer declares the property, no author rule sets it (the browser's own style and the
     * element's presentational attributes, {@code hidden}, {@code <font color>}, apply).
     */
    private static String cascaded(List<Declared> declared) {
        List<Declared> left = declared;
        while (!left.isEmpty()) {
            Declared won = left.get(0);
            for (Declared d : left) {
                if (d.outranks(won)) {
                    won = d;
                }
            }
            if (!won.value().equals("revert-layer")) {
                return won.value();
            }
            Declared reverting = won;
            left = left.stream().filter(d -> d.inEarlierLayer(reverting)).toList();
        }
        return null;
    }

    /** The declarations the page's rules give each element, by property: the strongest of each layer and importance. */
    private final Map<Element, Map<String, List<Declared>>> rules = new IdentityHashMap<>();
    /** Rules for an element's generated boxes, {@code ::before} and {@code ::after}, by element and pseudo-element. */
    private final Map<Element, Map<String, Map<String, List<Declared>>>> generated = new IdentityHashMap<>();
    private static final Pattern PSEUDO = Pattern.compile("(?i)::?(before|after)\\s*$");
    /**
     * The pseudo-elements that style part of an element's own text: its first letter (a stale leading
     * digit whitened or shrunk to nothing, red team 16a) or its first line. Which glyphs they cover
     * is the layout's, so a rule on them that can hide text puts the element in doubt.
     */
    private static final Pattern PART = Pattern.compile("(?i)::?(first-letter|first-line)\\s*$");
    /** What a {@code ::first-letter}/{@code ::first-line} rule can hide text by. */
    private static final Set<String> PART_HIDING = Set.of("color", "-webkit-text-fill-color", "font-size", "opacity",
            "visibility", "transform", "text-indent");
    private int order;
    /** The rules outside any cascade layer, the root of the page's layers. */
    private final CascadeLayer unlayered = CascadeLayer.outside();
    /** The layer the rules being read are in. */
    private CascadeLayer layer = unlayered;
    /** The root selector of the {@code @scope} the rules being read are in, or null. */
    private String scope;
    /** Whether the page is read in quirks mode, where a colour may be written without its {@code #}. */
    private final boolean quirks;
    private final LocalSheets local;
    private final Set<String> unread = new LinkedHashSet<>();
    /** How deep in blocks whose condition ({@code @media}, {@code @supports}) this reader cannot decide the rules being read are. */
    private int undecided;
    /** The page script whose rules are being read, named in what they put in doubt; null for the page's own sheets. */
    private String script;
    /** Elements whose look a rule may change in a way this reader cannot work out, with why. */
    private final Map<Element, String> doubted = new IdentityHashMap<>();
    /** Elements a page script may show, whatever hides them in the markup or the sheet, with the script's name. */
    private final Map<Element, String> revealed = new IdentityHashMap<>();
    /** The custom properties {@code @property} rules register, by name. */
    private final Map<String, RegisteredProperty> registered = new HashMap<>();
    private final Set<String> classes = new HashSet<>();
    /** The page's {@code @font-face} rules, in order. */
    private final List<FontFace> faces = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private static final Pattern IMPORT = Pattern.compile(
            "(?is)@import\\s+(?:url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)|\"([^\"]*)\"|'([^']*)')\\s*(.*)");

    /** What the page's scripts do to its look: the rules naming a class they add are read as in doubt for the elements given it. */
    private final ScriptedStyle scripted;

    private StyleSheet(boolean quirks, LocalSheets local, ScriptedStyle scripted) {
        this.quirks = quirks;
        this.local = local;
        this.scripted = scripted;
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
        return of(page, local, false);
    }

    /** As {@link #of(Document, LocalSheets)}, for a page parsed as XML ({@code xml}) or as HTML. */
    static StyleSheet of(Document page, LocalSheets local, boolean xml) {
        StyleSheet sheet = new StyleSheet(QuirksMode.of(page, xml), local, ScriptedStyle.of(page));
        PreferredSheetSet preferred = PreferredSheetSet.of(page);
        Optional<Path> base = local.base(page);
        for (Element e : page.select("style, link")) {
            Optional<Boolean> media = CssMedia.onScreen(e.attr("media"));
            if (preferred.excludes(e)) {
                // titled outside the preferred set: off, unless a script of the page names it and may switch to it
                if (LinkedSheet.namedByScript(e, page)) {
                    sheet.under(Optional.empty(), () -> sheet.read(page, e, base));
                }
            } else if (e.normalName().equals("style")) {
                // browsers apply a <style> whose type is empty or exactly text/css (any case), no other;
                // none inside <noscript> (a browser running scripts reads it as text) or <template> (inert)
                String type = e.attr("type").toLowerCase(Locale.ROOT);
                if ((type.isEmpty() || type.equals("text/css")) && e.closest("noscript, template") == null) {
                    // an inline <svg>'s <style> is the document's too; jsoup keeps its rules as text, not data
                    String css = e.data().isEmpty() ? e.wholeText() : e.data();
                    // a script of the page that names it may remove it: what its rules would change is in doubt
                    sheet.under(LinkedSheet.namedByScript(e, page) ? Optional.empty() : media,
                            () -> sheet.sheet(page, COMMENT.matcher(css).replaceAll(" "), base, 0));
                }
            } else {
                LinkedSheet link = LinkedSheet.of(e, page);
                switch (link.kind()) {
                    case APPLIED -> sheet.under(CssMedia.onScreen(link.media()),
                            () -> sheet.linked(page, e.attr("href"), base, 0));
                    // a page script may turn it on: what its rules would change is in doubt
                    case SWITCHED_BY_SCRIPT -> sheet.under(Optional.empty(),
                            () -> sheet.linked(page, e.attr("href"), base, 0));
                    case NOT_APPLIED -> { }
                }
            }
        }
        // a sheet a script adds (document.write of a <link>, createElement("link")) applies in browsers:
        // this reader runs no script, so what its rules would change is in doubt
        for (String href : LinkedSheet.writtenByScripts(page)) {
            sheet.under(Optional.empty(), () -> sheet.linked(page, href, base, 0));
        }
        // likewise a rule a script inserts, or a style it sets on an element (ScriptedStyle)
        for (ScriptedStyle.FromScript rule : sheet.scripted.rules()) {
            sheet.byScript(rule.script(), () -> sheet.block(page, rule.css(), base, 0));
        }
        // an element a script shows (a style or hidden attribute cleared, a class taken away): whatever hides it may be undone
        for (ScriptedStyle.FromScript shown : sheet.scripted.revealed()) {
            for (Element e : sheet.select(page, shown.css())) {
                sheet.revealed.putIfAbsent(e, shown.script());
            }
        }
        return sheet;
    }

    /** The rules of a {@code <style>} or of the sheet a {@code <link>} names, whatever their conditions. */
    private void read(Document page, Element e, Optional<Path> base) {
        if (e.normalName().equals("style")) {
            sheet(page, COMMENT.matcher(e.data().isEmpty() ? e.wholeText() : e.data()).replaceAll(" "), base, 0);
        } else {
            linked(page, e.attr("href"), base, 0);
        }
    }

    /**
     * Reads rules under a condition ({@code @media}, {@code @supports}, a {@code media} attribute):
     * not at all when it fails, as they are when it holds, and as doubting what they would style
     * when it cannot be decided.
     */
    private void under(Optional<Boolean> condition, Runnable read) {
        if (condition.isPresent() && !condition.get()) {
            return;
        }
        if (condition.isEmpty()) {
            undecided++;
        }
        read.run();
        if (condition.isEmpty()) {
            undecided--;
        }
    }

    /** Reads rules a page script may set as it loads, in doubt, naming the script in the doubt. */
    private void byScript(String name, Runnable read) {
        String outer = script;
        script = name;
        under(Optional.empty(), read);
        script = outer;
    }

    /** A linked or imported sheet: its rules when it can be read, else it is named as unread. */
    private void linked(Document page, String href, Optional<Path> from, int depth) {
        if (href.isBlank()) {
            return; // no address: browsers load nothing
        }
        if (DataSheet.is(href)) {
            // a sheet written into its address is the page's own: read wherever the page comes from;
            // a relative @import inside it has no folder to start from (it is listed as unread)
            if (!DataSheet.css(href) && !quirks) {
                return; // not a sheet's type: applied by no browser in standards mode (quirks mode may: unread)
            }
            Optional<String> text = depth > MAX_IMPORT_DEPTH ? Optional.empty() : DataSheet.text(href);
            if (text.isEmpty()) {
                unread.add(href.strip());
                return;
            }
            sheet(page, COMMENT.matcher(text.get()).replaceAll(" "), Optional.empty(), depth + 1);
            return;
        }
        Optional<LocalSheets.Sheet> css = depth > MAX_IMPORT_DEPTH ? Optional.empty() : local.read(href, from);
        if (css.isEmpty()) {
            unread.add(href.strip());
            return;
        }
        sheet(page, COMMENT.matcher(css.get().text()).replaceAll(" "), css.get().folder(), depth + 1);
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
     * Why what is seen of the element is in doubt: a rule in a block whose condition this reader
     * cannot decide would style it, or a {@code ::first-letter}/{@code ::first-line} rule changes the
     * colour or size of part of its text; empty when neither.
     */
    Optional<String> doubted(Element e) {
        return Optional.ofNullable(doubted.get(e));
    }

    /** The page script that may show the element (clear the style, attribute or class that hides it), if one may. */
    Optional<String> revealedByScript(Element e) {
        return Optional.ofNullable(revealed.get(e));
    }

    /** The custom properties the page's {@code @property} rules register, by name. */
    Map<String, RegisteredProperty> registered() {
        return Map.copyOf(registered);
    }

    /** The web fonts the page's {@code @font-face} rules load. */
    WebFonts webFonts() {
        return new WebFonts(faces, local);
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
        return new StyleSheet(false, LocalSheets.none(), ScriptedStyle.none());
    }

    /**
     * The element's declarations: its rules' and its inline style's, as the cascade settles them
     * ({@code revert-layer} rolled back; the other CSS-wide keywords as written, {@link CssWideKeyword}
     * resolves them).
     */
    Map<String, String> declarations(Element e) {
        Map<String, List<Declared>> all = rules.getOrDefault(e, Map.of());
        String inline = INLINE_COMMENT.matcher(e.attr("style")).replaceAll(" ");
        if (!inline.isBlank()) {
            all = new HashMap<>(all);
            all.replaceAll((name, list) -> new ArrayList<>(list));
            declare(all, inline, true, 0, 0);
        }
        return settled(all);
    }

    /**
     * The declarations of the element's generated box {@code pseudo} ({@code before} or
     * {@code after}) from the page's rules, or none. Inline styles cannot reach it.
     */
    Map<String, String> declarations(Element e, String pseudo) {
        return settled(generated.getOrDefault(e, Map.of()).getOrDefault(pseudo, Map.of()));
    }

    private static Map<String, String> settled(Map<String, List<Declared>> declared) {
        Map<String, String> out = new HashMap<>();
        declared.forEach((name, list) -> {
            String value = cascaded(list);
            if (value != null) {
                out.put(name, value);
            }
        });
        return out;
    }

    /** A whole style sheet (a {@code <style>} block's text, a linked or imported sheet). */
    private void sheet(Document page, String css, Optional<Path> folder, int depth) {
        block(page, css, folder, depth, true);
    }

    /** The inside of a block at-rule ({@code @media}, {@code @supports}, {@code @layer}, …): no {@code @import} counts there. */
    private void block(Document page, String css, Optional<Path> folder, int depth) {
        block(page, css, folder, depth, false);
    }

    /**
     * A run of rules and at-rules. {@code @import} counts only at the top of a sheet: before any
     * rule or other at-rule but {@code @charset} and {@code @layer} statements; browsers drop one
     * written after a rule (a CMS that appends its import under the template's rules). An at-rule
     * the browser does not know ({@code @-ms-viewport}, {@code @foo bar;}) is dropped as it is read and
     * ends nothing (checked in Chromium: an {@code @import} after one applies).
     */
    private void block(Document page, String css, Optional<Path> folder, int depth, boolean top) {
        boolean imports = top;
        int i = 0;
        while (i < css.length()) {
            int open = css.indexOf('{', i);
            int semicolon = css.indexOf(';', i);
            if (css.substring(i, open < 0 ? css.length() : open).strip().startsWith("@")) {
                // an at-rule's prelude may quote braces and semicolons: @import url("data:text/css,.x{a:b;c:d}")
                int stop = CssValue.topLevel(css, i, "{;");
                boolean statement = stop >= 0 && css.charAt(stop) == ';';
                semicolon = statement ? stop : -1;
                open = statement ? -1 : stop;
            }
            String head = css.substring(i, open < 0 ? css.length() : open).strip();
            if (head.startsWith("@") && semicolon >= 0 && (open < 0 || semicolon < open)) {
                String statement = css.substring(i, semicolon).strip();
                String keyword = statement.toLowerCase(Locale.ROOT);
                if (!keyword.startsWith("@import") || imports) {
                    statement(page, statement, folder, depth);
                }
                imports &= keyword.startsWith("@import") || keyword.startsWith("@charset") || keyword.startsWith("@layer")
                        || !known(keyword);
                i = semicolon + 1;
                continue;
            }
            if (open < 0) {
                return;
            }
            imports &= head.startsWith("@") && !known(head.toLowerCase(Locale.ROOT));
            int close = matching(css, open);
            String body = css.substring(open + 1, close);
            if (head.startsWith("@")) {
                String at = head.toLowerCase(Locale.ROOT);
                if (at.startsWith("@media")) {
                    under(CssMedia.onScreen(at.substring("@media".length())), () -> block(page, body, folder, depth));
                } else if (at.startsWith("@supports")) {
                    under(CssSupports.holds(at.substring("@supports".length())), () -> block(page, body, folder, depth));
                } else if (at.startsWith("@layer")) {
                    String name = head.substring("@layer".length()).strip();
                    CascadeLayer outer = layer;
                    layer = name.isEmpty() ? outer.anonymous() : outer.named(name);
                    block(page, body, folder, depth);
                    layer = outer;
                } else if (at.startsWith("@container")) {
                    // a container's size is the layout's: whether the query holds is not decided here
                    under(Optional.empty(), () -> block(page, body, folder, depth));
                } else if (at.startsWith("@scope")) {
                    scope(page, head.substring("@scope".length()).strip(), body, folder, depth);
                } else if (at.startsWith("@property")) {
                    // registered wherever it stands; a later registration of the same name replaces it
                    String name = head.substring("@property".length()).strip();
                    RegisteredProperty.of(name, body).ifPresent(p -> registered.put(name, p));
                } else if (at.startsWith("@font-face")) {
                    FontFace.of(body, folder).ifPresent(faces::add);
                }
            } else {
                String selectors = scope == null ? head : scoped(head, scope);
                rule(page, selectors, body, null);
                // a class a script gives some elements or takes from them: this rule may style them, or stop
                scripted.withClassesChanged(selectors)
                        .ifPresent(changed -> byScript(changed.script(), () -> rule(page, changed.css(), body, null)));
            }
            i = close + 1;
        }
    }

    /** The at-rules a browser keeps (CSS specifications as Chromium implements them); any other is dropped unread. */
    private static final Set<String> KNOWN_AT_RULES = Set.of("@media", "@supports", "@layer", "@container", "@scope",
            "@font-face", "@keyframes", "@-webkit-keyframes", "@page", "@counter-style", "@property", "@namespace",
            "@font-feature-values", "@font-palette-values", "@starting-style", "@view-transition", "@position-try",
            "@import", "@charset");

    private static final Pattern AT_NAME = Pattern.compile("^@[-\\w]+");

    private static boolean known(String atRule) {
        Matcher name = AT_NAME.matcher(atRule);
        return name.find() && KNOWN_AT_RULES.contains(name.group());
    }

    /**
     * An {@code @scope (root) { … }} block: its rules style the root ({@code :scope}) and what is
     * inside it, with no specificity added. A lower limit ({@code to (…)}) or a scope without a root
     * (the parent of a {@code <style>} in the body) is not worked out: its rules doubt what they would style.
     */
    private void scope(Document page, String prelude, String body, Optional<Path> folder, int depth) {
        Matcher root = SCOPE_ROOT.matcher(prelude);
        String outer = scope;
        if (root.matches()) {
            scope = outer == null ? root.group(1).strip() : scoped(root.group(1), outer);
            block(page, body, folder, depth);
        } else {
            under(Optional.empty(), () -> block(page, body, folder, depth));
        }
        scope = outer;
    }

    private static final Pattern SCOPE_ROOT = Pattern.compile("\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");

    /** The selector list as it reads inside {@code @scope (root)}: {@code :scope} and {@code &} are the root, the rest are inside it. */
    private static String scoped(String selectors, String root) {
        String where = ":where(" + root.strip() + ")";
        List<String> out = new ArrayList<>();
        for (String s : CssValue.splitTopLevel(selectors)) {
            out.add(s.contains(":scope") || s.contains("&") ? s.replace(":scope", where).replace("&", where) : where + " " + s);
        }
        return String.join(", ", out);
    }

    /**
     * An at-rule statement: {@code @layer a, b;} declares layers in that order; {@code @import url
     * [layer | layer(name)] [supports(condition)] [media]} reads the sheet in that layer under that
     * condition and media; {@code @charset}, {@code @namespace} give nothing to apply.
     */
    private void statement(Document page, String statement, Optional<Path> folder, int depth) {
        String lower = statement.toLowerCase(Locale.ROOT);
        if (lower.startsWith("@layer")) {
            CssValue.splitTopLevel(statement.substring("@layer".length())).forEach(layer::named);
            return;
        }
        if (!lower.startsWith("@import")) {
            return;
        }
        Matcher imported = IMPORT.matcher(statement);
        if (!imported.matches()) {
            unread.add(statement); // an @import this reader cannot parse
            return;
        }
        String href = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(imported::group)
                .filter(java.util.Objects::nonNull).findFirst().orElse("");
        String rest = imported.group(6).strip();
        CascadeLayer into = layer;
        Matcher named = IMPORT_LAYER.matcher(rest);
        if (named.lookingAt()) {
            into = named.group(1) == null ? layer.anonymous() : layer.named(named.group(1));
            rest = rest.substring(named.end()).strip();
        }
        Optional<Boolean> supported = Optional.of(true);
        if (rest.toLowerCase(Locale.ROOT).startsWith("supports(")) {
            int close = CssValue.closing(rest, "supports".length());
            String condition = rest.substring("supports(".length(), close < 0 ? rest.length() : close).strip();
            // supports() takes a condition or a bare declaration: supports(display:grid)
            boolean declaration = !condition.startsWith("(") && !condition.toLowerCase(Locale.ROOT).startsWith("not")
                    && !condition.contains("(");
            supported = CssSupports.holds(declaration ? "(" + condition + ")" : condition);
            rest = close < 0 ? "" : rest.substring(close + 1).strip();
        }
        CascadeLayer outer = layer;
        CascadeLayer target = into;
        String media = rest;
        under(supported, () -> under(CssMedia.onScreen(media), () -> {
            layer = target;
            linked(page, href, folder, depth);
            layer = outer;
        }));
    }

    /** The layer an {@code @import} puts its sheet in: {@code layer} (anonymous) or {@code layer(name)}. */
    private static final Pattern IMPORT_LAYER = Pattern.compile("(?i)layer(?:\\(\\s*([^)]*?)\\s*\\))?(?![\\w-])");

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
            String whole = CssValue.splitTopLevel(parent).size() > 1 ? ":is(" + parent + ")" : parent.strip();
            for (String s : CssValue.splitTopLevel(selectors)) {
                resolved.add(s.contains("&") ? s.replace("&", whole) : whole + " " + s);
            }
            selectors = String.join(", ", resolved);
        }
        String nesting = selectors;
        for (String[] inner : nested) {
            String head = inner[0].toLowerCase(Locale.ROOT);
            if (!head.startsWith("@")) {
                rule(page, inner[0], inner[1], nesting);
            } else if (head.startsWith("@media")) {
                under(CssMedia.onScreen(head.substring("@media".length())), () -> rule(page, "&", inner[1], nesting));
            } else if (head.startsWith("@supports")) {
                under(CssSupports.holds(head.substring("@supports".length())), () -> rule(page, "&", inner[1], nesting));
            }
        }
        classes.addAll(CssSelector.classes(selectors));
        ids.addAll(CssSelector.ids(selectors));
        for (String s : CssValue.splitTopLevel(selectors)) {
            if (s.isEmpty()) {
                continue;
            }
            long specificity = CssSelector.specificity(s);
            Matcher pseudo = PSEUDO.matcher(s);
            String box = pseudo.find() ? pseudo.group(1).toLowerCase(Locale.ROOT) : null;
            Matcher partial = PART.matcher(s);
            String part = box == null && partial.find() ? partial.group(1).toLowerCase(Locale.ROOT) : null;
            String element = box != null ? s.substring(0, pseudo.start()).strip()
                    : part != null ? s.substring(0, partial.start()).strip() : s;
            for (Element e : select(page, element.isEmpty() ? "*" : element)) {
                if (undecided > 0) {
                    Map<String, List<Declared>> would = new HashMap<>();
                    declare(would, body, false, specificity, at);
                    if (!would.isEmpty()) {
                        // a rule that may or may not apply: what it would change is in doubt
                        doubted.putIfAbsent(e, script != null ? "an element the page's script " + script + " may change as"
                                + " the page loads (this reader runs no script)" : "a rule whose condition (@media, @supports,"
                                + " @container, a script) the reader cannot decide");
                    }
                    continue;
                }
                if (part != null) {
                    Map<String, List<Declared>> would = new HashMap<>();
                    declare(would, body, false, specificity, at);
                    if (would.keySet().stream().anyMatch(PART_HIDING::contains)) {
                        doubted.putIfAbsent(e, "a ::" + part + " rule that recolours or resizes the start of its text");
                    }
                    continue;
                }
                declare(box == null ? rules.computeIfAbsent(e, k -> new HashMap<>())
                        : generated.computeIfAbsent(e, k -> new HashMap<>()).computeIfAbsent(box, k -> new HashMap<>()),
                        body, false, specificity, at);
            }
        }
    }

    /**
     * Adds a block's declarations to those of each property, with where they stand in the cascade:
     * importance, inline or not, the layer the rules being read are in, specificity, source order.
     * The {@code all} shorthand, which takes only a CSS-wide keyword, declares it for every property kept.
     */
    private void declare(Map<String, List<Declared>> into, String block, boolean inline, long specificity, int at) {
        for (String decl : block.split(";")) {
            int colon = decl.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = decl.substring(0, colon).strip();
            boolean custom = name.startsWith("--"); // a custom property: its name is case-sensitive
            name = custom ? name : name.toLowerCase(Locale.ROOT);
            if (!custom && !SEEN.contains(name) && !name.equals("font") && !name.equals("all")) {
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
            if (name.equals("font") && value.contains("var(")) {
                // a shorthand holding var() is parsed once substituted, per element (CssVariables)
                add(into.computeIfAbsent("font", k -> new ArrayList<>()),
                        new Declared(value, important, inline, inline ? unlayered : layer, specificity, at));
                continue;
            }
            if (name.equals("font")) {
                // the shorthand sets font-size (font:0/0 a; Word's font:1.0pt "Times New Roman") and font-family
                Optional<String> size = CssDeclaration.fontSize(value);
                if (size.isEmpty()) {
                    continue; // not a font value: browsers drop the declaration
                }
                Optional<String> family = CssDeclaration.fontFamily(value);
                if (family.isPresent()) {
                    add(into.computeIfAbsent("font-family", k -> new ArrayList<>()),
                            new Declared(family.get(), important, inline, inline ? unlayered : layer, specificity, at));
                }
                for (boolean style : new boolean[] {false, true}) { // which face of the family draws (WebFonts)
                    String face = CssDeclaration.fontFace(value, style).orElse("normal");
                    add(into.computeIfAbsent(style ? "font-style" : "font-weight", k -> new ArrayList<>()),
                            new Declared(face, important, inline, inline ? unlayered : layer, specificity, at));
                }
                name = "font-size";
                value = size.get();
            }
            Declared d = new Declared(value, important, inline, inline ? unlayered : layer, specificity, at);
            if (name.equals("all")) {
                if (CssWideKeyword.is(value)) {
                    SEEN.forEach(p -> add(into.computeIfAbsent(p, k -> new ArrayList<>()), d));
                }
                continue;
            }
            if (!custom && !CssDeclaration.valid(name, value, quirks)) {
                continue; // a value browsers drop (an IE hack, a typo): the declaration before it stands
            }
            add(into.computeIfAbsent(name, k -> new ArrayList<>()), d);
        }
    }

    private List<Element> select(Document page, String selector) {
        try {
            return page.select(CssSelector.forJsoup(selector, !quirks));
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            return new Elements(); // a selector jsoup cannot evaluate (:hover, ::before) selects nothing here
        }
    }

    /** The index of the brace closing the one at {@code open}, or the end of the text. */
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
}
