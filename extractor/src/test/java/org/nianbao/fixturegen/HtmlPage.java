package org.nianbao.fixturegen;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.model.CanonicalKey;

/**
 * Writes a fixture page in one of the markups scraped reports come in, numbering its tables the
 * way the reader's documentation says (every {@code <table>} in the order it opens) so that each
 * value's expected location is known from the authoring alone.
 */
final class HtmlPage {

    enum Style {
        /** Hand-written markup: td everywhere, headers included. */
        PLAIN,
        /** Header rows as th inside thead. */
        THEAD,
        /** Microsoft Word "save as web page": MsoNormal paragraphs, spans, o:p, &nbsp; blanks. */
        WORD
    }

    private final Style style;
    private final StringBuilder body = new StringBuilder();
    private final Map<CanonicalKey, String> locations = new LinkedHashMap<>();
    private final Map<CanonicalKey, String> markup = new LinkedHashMap<>();
    private int tables;

    HtmlPage(Style style) {
        this.style = style;
    }

    /** Writes the value cell of {@code key} as this markup instead of its escaped text. */
    HtmlPage markup(CanonicalKey key, String html) {
        markup.put(key, html);
        return this;
    }

    HtmlPage heading(String text) {
        if (style == Style.WORD) {
            body.append("<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;"
                    + "font-family:黑体'>").append(escape(text)).append("<span lang=EN-US><o:p></o:p></span></span></b></p>\r\n");
        } else {
            body.append("<h1>").append(escape(text)).append("</h1>\n");
        }
        return this;
    }

    HtmlPage para(String text) {
        if (style == Style.WORD) {
            body.append("<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>")
                    .append(wrap(escape(text))).append("<span lang=EN-US><o:p></o:p></span></span></p>\r\n");
        } else {
            body.append("<p>").append(escape(text)).append("</p>\n");
        }
        return this;
    }

    /** A table only laying out the rest of the page; it takes a table number as it opens. */
    HtmlPage openLayout() {
        tables++;
        body.append("<table width=\"100%\" class=\"layout\"><tr><td class=\"content\">\n");
        return this;
    }

    HtmlPage closeLayout() {
        body.append("</td></tr></table>\n");
        return this;
    }

    /** A site navigation bar drawn as a table: a data table without values. */
    HtmlPage navigation(String... items) {
        tables++;
        body.append("<table class=\"nav\"><tr>");
        for (String i : items) {
            body.append("<td><a href=\"#\">").append(escape(i)).append("</a></td>");
        }
        body.append("</tr></table>\n");
        return this;
    }

    HtmlPage table(Grid g) {
        int number = ++tables;
        body.append(style == Style.WORD
                ? "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                        + "border:none;mso-border-alt:solid windowtext .5pt'>\r\n"
                : "<table border=\"1\" cellspacing=\"0\">\n");
        boolean thead = style == Style.THEAD && g.headerRows() > 0;
        if (thead) {
            body.append("<thead>\n");
        }
        for (int r = 0; r < g.rows(); r++) {
            if (thead && r == g.headerRows()) {
                body.append("</thead>\n<tbody>\n");
            }
            body.append(style == Style.WORD ? " <tr style='mso-yfti-irow:" + r + "'>\r\n" : "<tr>");
            for (Grid.Cell c : g.startingIn(r)) {
                String tag = thead && r < g.headerRows() ? "th" : "td";
                body.append(style == Style.WORD ? "  <" + tag + " width=64 valign=top style='width:48.0pt;border:solid "
                        + "windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'" : "<" + tag);
                if (c.rowspan() > 1) {
                    body.append(" rowspan=").append(style == Style.WORD ? "" : "\"").append(c.rowspan())
                            .append(style == Style.WORD ? "" : "\"");
                }
                if (c.colspan() > 1) {
                    body.append(" colspan=").append(style == Style.WORD ? "" : "\"").append(c.colspan())
                            .append(style == Style.WORD ? "" : "\"");
                }
                String content = c.key().map(markup::get).orElse(style == Style.WORD ? wordCell(c) : escape(c.text()));
                // a table inside the markup opens after this one: it takes the next number
                tables += content.split("<table", -1).length - 1;
                body.append('>').append(content).append("</").append(tag)
                        .append(style == Style.WORD ? ">\r\n" : ">");
                c.key().ifPresent(k -> locations.put(k, "table:" + number + " row:" + (c.row() + 1) + " col:" + (c.col() + 1)));
            }
            body.append(style == Style.WORD ? " </tr>\r\n" : "</tr>\n");
        }
        if (thead) {
            body.append("</tbody>\n");
        }
        if (style == Style.WORD) {
            // Word closes every table with a row of zero height fixing the column widths
            body.append(" <![if !supportMisalignedColumns]>\r\n <tr height=0>\r\n");
            for (int c = 0; c < g.columns(); c++) {
                body.append("  <td width=64 style='border:none'></td>\r\n");
            }
            body.append(" </tr>\r\n <![endif]>\r\n");
        }
        body.append("</table>\n");
        return this;
    }

    /**
     * A table built of divs (CSS display:table), each grid row a row div with one cell div per
     * position; a merged label is written in its first position, the positions it covers are empty
     * cells. Div tables are numbered after every {@code <table>}: use it only on pages whose
     * {@code <table>}s all come before.
     */
    HtmlPage divTable(Grid g) {
        int number = ++tables;
        body.append("<div class=\"tbl\">\n");
        for (int r = 0; r < g.rows(); r++) {
            body.append(" <div class=\"tr\">");
            for (int col = 0; col < g.columns(); col++) {
                int at = col;
                Grid.Cell c = g.covering(r, col).orElse(null);
                boolean starts = c != null && c.row() == r && c.col() == col;
                body.append("<div class=\"td\">").append(starts ? escape(c.text()) : "").append("</div>");
                if (starts) {
                    c.key().ifPresent(k -> locations.put(k, "table:" + number + " row:" + (c.row() + 1) + " col:" + (at + 1)));
                }
            }
            body.append("</div>\n");
        }
        body.append("</div>\n");
        return this;
    }

    Map<CanonicalKey, String> locations() {
        return locations;
    }

    String html(String title, String declaredCharset, String preamble) {
        String meta = declaredCharset.isEmpty() ? "" : style == Style.WORD
                ? "<meta http-equiv=Content-Type content=\"text/html; charset=" + declaredCharset + "\">\r\n"
                : "<meta charset=\"" + declaredCharset + "\">\n";
        if (style == Style.WORD) {
            return preamble + "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
                    + "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\r\nxmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n<head>\r\n"
                    + meta + "<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content=\"Microsoft Word 15\">\r\n"
                    + "<title>" + escape(title) + "</title>\r\n<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n"
                    + "  <w:View>Print</w:View>\r\n </w:WordDocument>\r\n</xml><![endif]-->\r\n<style>\r\n<!--\r\n"
                    + " p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:\"Times New Roman\";}\r\n"
                    + "-->\r\n</style>\r\n</head>\r\n\r\n<body lang=ZH-CN style='tab-interval:21.0pt'>\r\n\r\n"
                    + "<div class=WordSection1 style='layout-grid:15.6pt'>\r\n\r\n" + body
                    + "\r\n</div>\r\n\r\n</body>\r\n\r\n</html>\r\n";
        }
        return preamble + "<!DOCTYPE html>\n<html>\n<head>\n" + meta + "<title>" + escape(title) + "</title>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }

    /** A Word cell: one MsoNormal paragraph, label text in two spans, numbers in an EN-US span, blanks as &nbsp;. */
    private static String wordCell(Grid.Cell c) {
        String open = "\r\n  <p class=MsoNormal align=center style='text-align:center'>";
        if (c.text().isEmpty()) {
            return open + "<span lang=EN-US><o:p>&nbsp;</o:p></span></p>\r\n  ";
        }
        if (c.key().isPresent()) {
            return open + "<span lang=EN-US>" + escape(c.text()) + "<o:p></o:p></span></p>\r\n  ";
        }
        String t = c.text();
        int mid = t.length() / 2;
        return open + "<span style='font-family:宋体'>" + wrap(escape(t.substring(0, mid)))
                + "</span><span style='font-family:宋体;mso-bidi-font-family:宋体'>" + escape(t.substring(mid))
                + "</span><span lang=EN-US><o:p></o:p></span></p>\r\n  ";
    }

    /** Word breaks long source lines inside text; a browser shows the break as a space. */
    private static String wrap(String s) {
        return s.length() > 12 ? s.substring(0, 8) + "\r\n" + s.substring(8) : s;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
