package org.nianbao.read;

import static org.nianbao.read.CssColour.alpha;
import static org.nianbao.read.CssColour.firstColour;
import static org.nianbao.read.CssColour.near;
import static org.nianbao.read.CssColour.rgb;
import static org.nianbao.read.CssValue.length;
import static org.nianbao.read.CssValue.number;
import static org.nianbao.read.CssValue.parts;
import static org.nianbao.read.CssValue.splitTopLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * What the page paints with and around an element's text, worked out from the cascaded styles
 * {@link HtmlVisibility} holds: the background behind it, a wide inset box-shadow over that
 * background, an outline or a close shadow that draws the glyphs whatever their fill, and a
 * negative {@code z-index} that paints the element under a background. {@link HtmlVisibility}
 * turns these into verdicts.
 */
final class CssPaint {

    /** The white of the page, behind everything that paints no background. */
    private static final int[] PAGE = {255, 255, 255};
    /** The page's cascaded declarations of an element (HtmlVisibility's cache). */
    private final Function<Element, Map<String, String>> styles;
    /** The {@code <col>} and {@code <colgroup>} a table cell stands under, nearer first. */
    private final Function<Element, List<Element>> columns;

    CssPaint(Function<Element, Map<String, String>> styles, Function<Element, List<Element>> columns) {
        this.styles = styles;
        this.columns = columns;
    }

    private Map<String, String> style(Element e) {
        return styles.apply(e);
    }

    /**
     * A positioned element with a negative {@code z-index} is painted before the backgrounds of the
     * blocks and cells that hold it within its stacking context (CSS 2.1, appendix E): an opaque
     * background there is drawn over it (red team 12b: {@code <span style="position:relative;
     * z-index:-1">3</span>84} in a white cell shows 84). The page's own background (html, body) is
     * painted first, and an ancestor that makes a stacking context paints its background beneath.
     */
    Optional<String> underBackground(Element e, Map<String, String> css) {
        String position = css.getOrDefault("position", "");
        if (position.isEmpty() || position.equals("static")
                || !css.getOrDefault("z-index", "").strip().matches("-[0-9]+")) {
            return Optional.empty();
        }
        for (Element a = e.parent(); a != null && !a.normalName().equals("body") && !a.normalName().equals("html");
                a = a.parent()) {
            Map<String, String> up = style(a);
            String p = up.getOrDefault("position", "");
            boolean context = !p.isEmpty() && !p.equals("static") && up.containsKey("z-index")
                    && !up.get("z-index").strip().equals("auto")
                    || number(up.getOrDefault("opacity", "1")).filter(o -> o < 1).isPresent()
                    || !up.getOrDefault("transform", "none").strip().equals("none")
                    || !up.getOrDefault("filter", "none").strip().equals("none")
                    || up.getOrDefault("isolation", "").strip().equals("isolate");
            if (context) {
                return Optional.empty();
            }
            String paint = backgroundPaint(a, up);
            if (!paint.isEmpty() && alpha(paint) >= 0.95) {
                return Optional.of("position:" + position + "; z-index:" + css.get("z-index").strip()
                        + " (painted under the background of <" + a.normalName() + ">)");
            }
        }
        return Optional.empty();
    }

    /**
     * Glyphs whose fill does not show (white on white, transparent) are still drawn by an outline
     * ({@code -webkit-text-stroke} of half a pixel or more: 空心字, outline type) or a shadow close
     * around them ({@code text-shadow} offset and blurred by at most {@link #SHADOW_REACH} px: a
     * dark glow behind white figures), in a colour that shows ({@link #shows}). Both are inherited:
     * the nearest element that sets one decides.
     */
    boolean outlined(Element e, String textColour) {
        String stroke = inherited(e, "-webkit-text-stroke");
        String strokeWidth = inherited(e, "-webkit-text-stroke-width");
        String strokeColour = inherited(e, "-webkit-text-stroke-color");
        String width = "";
        String colour = "";
        for (String part : parts(stroke)) {
            if (strokeLength(part).isPresent()) {
                width = part;
            } else {
                colour = part;
            }
        }
        width = strokeWidth.isEmpty() ? width : strokeWidth;
        colour = strokeColour.isEmpty() ? colour : strokeColour;
        if (strokeLength(width).filter(w -> w >= 0.5).isPresent() && shows(colour, textColour, e)) {
            return true;
        }
        for (String shadow : splitTopLevel(inherited(e, "text-shadow"))) {
            List<Double> lengths = new ArrayList<>();
            String shadowColour = "";
            for (String part : parts(shadow)) {
                Optional<Double> l = length(part);
                if (l.isPresent()) {
                    lengths.add(Math.abs(l.get()));
                } else {
                    shadowColour = part;
                }
            }
            if (lengths.size() >= 2 && lengths.stream().allMatch(l -> l <= SHADOW_REACH)
                    && shows(shadowColour, textColour, e)) {
                return true;
            }
        }
        return false;
    }

    /** How far (px) a text shadow may be offset or blurred and still draw the glyphs' shape. */
    private static final double SHADOW_REACH = 8;

    /**
     * A stroke or shadow colour ({@code currentcolor} when none is given) that draws the glyphs
     * plainly: opaque (alpha 0.5 or more) and at least 30 % of full contrast (77 of 255 in some
     * channel) against a background that is known. A faint grey glow only ghosts a hidden figure.
     */
    private boolean shows(String colour, String textColour, Element e) {
        String c = colour.isEmpty() || colour.equals("currentcolor") ? textColour : colour;
        Optional<int[]> drawn = c.equals("transparent") || alpha(c) < 0.5 ? Optional.empty() : rgb(c);
        Optional<int[]> behind = background(e);
        if (drawn.isEmpty() || behind.isEmpty()) {
            return false;
        }
        int contrast = 0;
        for (int i = 0; i < 3; i++) {
            contrast = Math.max(contrast, Math.abs(drawn.get()[i] - behind.get()[i]));
        }
        return contrast >= 77;
    }

    /** The value of an inherited property the element or its nearest ancestor sets; "" when none does. */
    private String inherited(Element e, String property) {
        for (Element a = e; a != null; a = a.parent()) {
            String v = style(a).getOrDefault(property, "");
            if (!v.isEmpty() && !v.equals("inherit")) {
                return v.equals("none") ? "" : v;
            }
        }
        return "";
    }

    /** A stroke width: a length, or {@code thin}/{@code medium}/{@code thick} (1, 3, 5 px). */
    private static Optional<Double> strokeLength(String value) {
        return switch (value) {
            case "thin" -> Optional.of(1.0);
            case "medium" -> Optional.of(3.0);
            case "thick" -> Optional.of(5.0);
            default -> length(value);
        };
    }

    /**
     * The colour of an inset {@code box-shadow} wide enough to reach text in its box, or null. Its
     * unpainted middle is the box shrunk by the spread on every side: a spread of {@link #INSET_FILL}
     * px or more fills a small table cell text and all (the {@code inset 0 0 0 50px #1f4e79} way of
     * colouring a cell), but a cell over twice the spread both ways keeps its own background in the
     * middle, where centred text stands (corpus/redteam/html-inset-shadow-tall-cell-2019.html). The
     * box's size is not known here, so such a shadow is never taken as the background: text the
     * colour of either is doubted ({@link HtmlVisibility}, from {@link #insetBehind}).
     */
    private static String insetFill(String boxShadow) {
        for (String shadow : splitTopLevel(boxShadow)) {
            List<String> parts = parts(shadow);
            if (!parts.contains("inset")) {
                continue;
            }
            List<Double> lengths = new ArrayList<>();
            String colour = "";
            for (String part : parts) {
                Optional<Double> l = length(part);
                if (l.isPresent()) {
                    lengths.add(l.get());
                } else if (!part.equals("inset")) {
                    colour = part;
                }
            }
            double spread = lengths.size() > 3 ? lengths.get(3) : 0;
            if (spread >= INSET_FILL && !colour.isEmpty() && alpha(colour) >= 0.95 && rgb(colour).isPresent()) {
                return colour;
            }
        }
        return null;
    }

    /** The spread an inset shadow must have to be taken as the colour of the whole box. */
    private static final double INSET_FILL = 50;

    /**
     * The colour of the nearest wide inset shadow behind the element's text (painted over its box's
     * background, under its text), unless a background painted nearer covers it.
     */
    Optional<String> insetBehind(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            Map<String, String> css = style(a);
            String inset = insetFill(css.getOrDefault("box-shadow", ""));
            if (inset != null) {
                return Optional.of(inset);
            }
            String paint = backgroundPaint(a, css);
            if (!paint.isEmpty() && alpha(paint) > 0.05) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Gradient text: the element, or the nearest box around it that paints a background, clips that
     * background to its text ({@code background-clip:text}, {@code -webkit-background-clip:text}),
     * so transparent glyphs show it — a gradient or image always, a plain colour when it differs
     * from what is painted behind the box (white through white glyphs on the white page stays unseen).
     */
    boolean glyphsFilledByBackground(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            Map<String, String> css = style(a);
            boolean clipped = css.getOrDefault("background-clip", "").contains("text")
                    || css.getOrDefault("-webkit-background-clip", "").contains("text");
            String image = css.getOrDefault("background-image", "") + " " + css.getOrDefault("background", "");
            String paint = backgroundPaint(a, css);
            if (clipped) {
                if (image.contains("url(")) {
                    return true;
                }
                if (image.contains("gradient(")) {
                    // a gradient every stop of which is the colour behind it paints the glyphs unseen (#fff to
                    // #fefefe on a white page: red team 15c); a stop not read here is taken to show them
                    List<String> stops = gradientColours(image);
                    Element behind = a.parent() == null ? a : a.parent();
                    return stops.isEmpty() || !stops.stream().allMatch(c -> sameAsBackground(c, behind));
                }
                return !paint.isEmpty() && alpha(paint) > 0.05 && !sameAsBackground(paint, a.parent() == null ? a : a.parent());
            }
            if (!paint.isEmpty() && alpha(paint) > 0.05) {
                return false; // a box nearer the text paints its own background behind it
            }
        }
        return false;
    }

    /**
     * The colours of the stops of every gradient in a background ({@code linear-gradient(90deg,#fff,#fefefe 80%)}
     * gives {@code #fff}, {@code #fefefe}), the direction, shape and positions left out.
     */
    private static List<String> gradientColours(String image) {
        List<String> out = new ArrayList<>();
        for (int at = image.indexOf("gradient("); at >= 0; at = image.indexOf("gradient(", at + 1)) {
            int open = at + "gradient".length();
            int close = CssValue.closing(image, open);
            if (close < 0) {
                return List.of();
            }
            for (String stop : CssValue.splitTopLevel(image.substring(open + 1, close))) {
                String first = stop.startsWith("rgb") || stop.startsWith("hsl") || stop.startsWith("#")
                        || stop.matches("^[a-z]+(\\s.*)?$") ? stop.split("\\s+(?![^(]*\\))")[0] : "";
                boolean geometry = first.isEmpty() || first.equals("to") || first.equals("circle") || first.equals("ellipse")
                        || first.equals("at") || first.matches("-?[0-9.]+(deg|turn|rad|grad)");
                if (!geometry) {
                    out.add(first);
                }
            }
        }
        return out;
    }

    /** The text colour is the colour of the nearest background painted behind it (the page is white). */
    boolean sameAsBackground(String color, Element e) {
        Optional<int[]> text = rgb(color);
        Optional<int[]> behind = background(e);
        if (text.isEmpty() || behind.isEmpty()) {
            return false; // a colour or image this reader cannot tell: assume the text shows on it
        }
        return near(text.get(), behind.get());
    }

    /**
     * The first colour of the background an element declares ({@code background-color}, else
     * {@code background}, else the {@code bgcolor} attribute, read by HTML's legacy colour rules), or "" when it declares none
     * ({@code transparent}, {@code none}, {@code inherit}). Its alpha is the caller's to weigh.
     */
    private String backgroundPaint(Element a, Map<String, String> css) {
        String paint = declaredBackground(a, css);
        return paint.equals("currentcolor") ? textColour(a) : paint; // the redaction idiom: a bar the text's colour
    }

    /** The first colour of the background an element declares, as written ({@code currentcolor} left as it is); "" when none. */
    private static String declaredBackground(Element a, Map<String, String> css) {
        String bg = css.getOrDefault("background-color", css.getOrDefault("background", CssColour.legacy(a.attr("bgcolor"))));
        if (bg.isBlank() || bg.startsWith("transparent") || bg.equals("none") || bg.equals("inherit")) {
            return "";
        }
        return firstColour(bg);
    }

    /** The colour the element's text is drawn in: its own or its nearest ancestor's, black (the page's text) when none sets one. */
    String textColour(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String own = ownColour(style(a).getOrDefault("color",
                    a.normalName().equals("font") ? CssColour.legacy(a.attr("color")) : ""));
            if (!own.isEmpty()) {
                return own;
            }
        }
        return "canvastext";
    }

    /**
     * The element paints its own background in its text's colour ({@code background: currentColor},
     * the redaction and spoiler idiom) and nothing in it sets another colour: its text is a bar.
     */
    boolean barInTextColour(Element e, Map<String, String> css) {
        if (!declaredBackground(e, css).equals("currentcolor")) {
            return false;
        }
        for (Element d : e.getAllElements()) {
            if (d != e && (!ownColour(style(d).getOrDefault("color", "")).isEmpty()
                    || d.normalName().equals("font") && d.hasAttr("color"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A colour an element sets for itself, or "" when it takes its parent's ({@code currentcolor},
     * {@code inherit}, {@code unset}, {@code revert}). {@code initial} is the page's text colour, black.
     */
    static String ownColour(String color) {
        return switch (color) {
            case "currentcolor", "inherit", "unset", "revert", "revert-layer" -> "";
            case "initial" -> "canvastext";
            default -> color;
        };
    }

    /**
     * The nearest background painted behind the element's text when it is a colour this reader
     * cannot evaluate ({@link CssColour#unevaluable}); empty when that background is known, an
     * image, or the page's white.
     */
    Optional<String> unevaluableBackground(Element e) {
        for (Element a : layersBehind(e)) {
            String paint = backgroundPaint(a, style(a));
            if (paint.isEmpty() || alpha(paint) <= 0.05) {
                continue;
            }
            return CssColour.unevaluable(paint) ? Optional.of(paint) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The colour painted behind the element's text (the page's white when nothing is); empty when it cannot be told. */
    private Optional<int[]> background(Element e) {
        for (Element layer : layersBehind(e)) {
            String paint = backgroundPaint(layer, style(layer));
            if (paint.isEmpty() || alpha(paint) <= 0.05) {
                continue; // a transparent paint (rgba(0, 0, 0, 0), as pasted computed styles have it)
            }
            return alpha(paint) >= 0.95 ? rgb(paint) : Optional.empty();
        }
        return Optional.of(PAGE);
    }

    /**
     * What may paint a background behind the element's text, nearest first: the element and its
     * ancestors, with the columns and column groups a table cell stands under between its row
     * group and its table (CSS 2.1 §17.5.1: table, column groups, columns, row groups, rows, cells).
     */
    private List<Element> layersBehind(Element e) {
        List<Element> layers = new ArrayList<>();
        Element cell = null;
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("table") && cell != null) {
                layers.addAll(columns.apply(cell));
                cell = null;
            }
            if ((tag.equals("td") || tag.equals("th")) && cell == null) {
                cell = a;
            }
            layers.add(a);
        }
        return layers;
    }}
