package org.nianbao.read;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.TextLine;

/**
 * Text a page shows from outside its own flow of elements: SVG {@code <text>}, the words of a picture (its
 * {@code alt} or {@code title}: a notice published as an image), the document of an
 * {@code <iframe srcdoc>} or of an {@code <object>} whose data is a {@code data:text/html} URL, and the markup
 * a script writes with {@code document.write("…")} as the page loads. Portals put notices there (a
 * banner a script writes, a correction drawn as SVG under the title), so it is read after the page, as a
 * Word document's notes are: for what it says, never as the report's tables.
 */
final class EmbeddedText {

    /** {@code document.write("…")} / {@code writeln('…')} with one literal string. */
    private static final Pattern WRITTEN = Pattern.compile("document\\.write(?:ln)?\\(\\s*" + JsString.QUOTED + "\\s*\\)",
            Pattern.DOTALL);

    private EmbeddedText() {
    }

    /** The lines of every such text on the page, in the page's order by kind. */
    static List<TextLine> of(Document page) {
        List<TextLine> out = new ArrayList<>();
        for (Element text : page.select("svg text")) {
            add(text.text(), text, out);
        }
        // a notice published as a picture (a scanned 更正说明 under the title): its words are the image's alt or title
        for (Element image : page.select("img[alt], img[title], area[alt], input[type=image][alt]")) {
            add(image.attr("alt"), image, out);
            if (!image.attr("title").equals(image.attr("alt"))) {
                add(image.attr("title"), image, out);
            }
        }
        for (Element frame : page.select("iframe[srcdoc]")) {
            add(Jsoup.parse(frame.attr("srcdoc")).body().text(), frame, out);
        }
        for (Element object : page.select("object[data^=data:text/html]")) {
            add(Jsoup.parse(dataUrl(object.attr("data"))).body().text(), object, out);
        }
        for (Element script : page.select("script")) {
            Matcher m = WRITTEN.matcher(script.data());
            while (m.find()) {
                add(Jsoup.parse(JsString.value(m.group(2))).body().text(), script, out);
            }
        }
        return out;
    }

    private static void add(String text, Element where, List<TextLine> out) {
        if (!text.isBlank()) {
            out.add(new TextLine(text.strip(), new Location.Line(Math.max(1, where.sourceRange().start().lineNumber()))));
        }
    }

    /** The markup of a {@code data:text/html[;charset=…][;base64],…} URL. */
    private static String dataUrl(String url) {
        int comma = url.indexOf(',');
        if (comma < 0) {
            return "";
        }
        String head = url.substring(0, comma);
        String body = url.substring(comma + 1);
        try {
            return head.endsWith(";base64") ? new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8)
                    : URLDecoder.decode(body.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return ""; // a damaged URL shows nothing
        }
    }
}
