package org.nianbao.audit.page;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The frame every audit page shares: UTF-8, the style sheet and script beside it, no network. */
final class Pages {

    static final String CSS = "audit.css";
    static final String JS = "audit.js";

    private Pages() {
    }

    static Document shell(String title, String bodyClass) {
        Document d = Document.createShell("");
        d.outputSettings().charset("UTF-8").prettyPrint(false);
        d.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
        d.selectFirst("html").attr("lang", "zh");
        Element head = d.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", CSS);
        d.body().addClass(bodyClass);
        return d;
    }

    /** The page's data for its script, and the script; last in the body so the page renders first. */
    static void finish(Document d, String json) {
        d.body().appendElement("script").attr("type", "application/json").attr("id", "data")
                .appendChild(new org.jsoup.nodes.DataNode(json));
        d.body().appendElement("script").attr("src", JS);
    }
}
