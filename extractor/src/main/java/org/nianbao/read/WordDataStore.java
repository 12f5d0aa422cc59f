package org.nianbao.read;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * A DOCX's custom XML parts ({@code customXml/item1.xml}…), by the item id their properties part gives
 * ({@code ds:itemID}): the data a content control bound by {@code w:dataBinding} shows. Word and
 * LibreOffice show the value the binding's XPath selects in its part, not the text cached inside the
 * control (checked in LibreOffice), so a generator that updated only the part leaves a stale cached text.
 */
final class WordDataStore {

    /** A document without custom XML parts: no binding resolves. */
    static final WordDataStore NONE = new WordDataStore(Map.of());

    private static final Pattern PREFIX = Pattern.compile("xmlns:([\\w.-]+)\\s*=\\s*['\"]([^'\"]*)['\"]");

    private final Map<String, Document> items;

    private WordDataStore(Map<String, Document> items) {
        this.items = items;
    }

    /** The parts, each by its item id (braces and case as written; matched without case). */
    static WordDataStore of(Map<String, Document> byItemId) {
        Map<String, Document> items = new HashMap<>();
        byItemId.forEach((id, xml) -> items.put(id.strip().toUpperCase(Locale.ROOT), xml));
        return new WordDataStore(Map.copyOf(items));
    }

    /**
     * The value a {@code w:dataBinding} selects: the text of the node its XPath finds in the part its
     * {@code w:storeItemID} names, under its {@code w:prefixMappings}; empty when the part is missing or the
     * XPath is invalid or selects nothing.
     */
    Optional<String> value(Node dataBinding) {
        Document item = items.get(DocxBody.attr(dataBinding, "storeItemID").strip().toUpperCase(Locale.ROOT));
        if (item == null) {
            return Optional.empty();
        }
        Map<String, String> prefixes = new HashMap<>();
        Matcher m = PREFIX.matcher(DocxBody.attr(dataBinding, "prefixMappings"));
        while (m.find()) {
            prefixes.put(m.group(1), m.group(2));
        }
        var xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return prefixes.getOrDefault(prefix, "");
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return java.util.Collections.emptyIterator();
            }
        });
        try {
            Node n = (Node) xpath.evaluate(DocxBody.attr(dataBinding, "xpath"), item, XPathConstants.NODE);
            return n == null ? Optional.empty() : Optional.of(n.getTextContent());
        } catch (XPathExpressionException e) {
            return Optional.empty(); // an XPath Word would not resolve either
        }
    }
}
