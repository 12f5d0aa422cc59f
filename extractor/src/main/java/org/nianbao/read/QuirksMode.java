package org.nianbao.read;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;

/**
 * Whether browsers render a page in quirks mode, decided from its doctype as the HTML standard's
 * parser does ("the initial insertion mode"). In quirks mode class and id selectors match whatever
 * their case and a colour may lack its {@code #}, so a rule can hide text it would not hide in
 * standards mode. jsoup flags a missing or malformed doctype only: the old doctypes that government
 * CMS templates still print ({@code <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">})
 * were read in standards mode, and {@code .Hide} did not hide {@code class="hide"} (red team 15a).
 * Limited-quirks mode (XHTML 1.0 Transitional, HTML 4.01 Transitional with a system id) matches
 * selectors as standards mode does, so it counts as standards here.
 */
final class QuirksMode {

    /** Public identifiers that put a page in quirks mode whatever follows them (the standard's list, lower case). */
    private static final List<String> PUBLIC_PREFIXES = List.of(
            "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
            "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html 2.0 level 1//",
            "-//ietf//dtd html 2.0 level 2//", "-//ietf//dtd html 2.0 strict level 1//",
            "-//ietf//dtd html 2.0 strict level 2//", "-//ietf//dtd html 2.0 strict//", "-//ietf//dtd html 2.0//",
            "-//ietf//dtd html 2.1e//", "-//ietf//dtd html 3.0//", "-//ietf//dtd html 3.2 final//",
            "-//ietf//dtd html 3.2//", "-//ietf//dtd html 3//", "-//ietf//dtd html level 0//",
            "-//ietf//dtd html level 1//", "-//ietf//dtd html level 2//", "-//ietf//dtd html level 3//",
            "-//ietf//dtd html strict level 0//", "-//ietf//dtd html strict level 1//",
            "-//ietf//dtd html strict level 2//", "-//ietf//dtd html strict level 3//", "-//ietf//dtd html strict//",
            "-//ietf//dtd html//", "-//metrius//dtd metrius presentational//",
            "-//microsoft//dtd internet explorer 2.0 html strict//", "-//microsoft//dtd internet explorer 2.0 html//",
            "-//microsoft//dtd internet explorer 2.0 tables//", "-//microsoft//dtd internet explorer 3.0 html strict//",
            "-//microsoft//dtd internet explorer 3.0 html//", "-//microsoft//dtd internet explorer 3.0 tables//",
            "-//netscape comm. corp.//dtd html//", "-//netscape comm. corp.//dtd strict html//",
            "-//o'reilly and associates//dtd html 2.0//", "-//o'reilly and associates//dtd html extended 1.0//",
            "-//o'reilly and associates//dtd html extended relaxed 1.0//",
            "-//sq//dtd html 2.0 hotmetal + extensions//",
            "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
            "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
            "-//spyglass//dtd html 2.0 extended//", "-//sun microsystems corp.//dtd hotjava html//",
            "-//sun microsystems corp.//dtd hotjava strict html//", "-//w3c//dtd html 3 1995-03-24//",
            "-//w3c//dtd html 3.2 draft//", "-//w3c//dtd html 3.2 final//", "-//w3c//dtd html 3.2//",
            "-//w3c//dtd html 3.2s draft//", "-//w3c//dtd html 4.0 frameset//", "-//w3c//dtd html 4.0 transitional//",
            "-//w3c//dtd html experimental 19960712//", "-//w3c//dtd html experimental 970421//",
            "-//w3c//dtd w3 html//", "-//w3o//dtd w3 html 3.0//", "-//webtechs//dtd mozilla html 2.0//",
            "-//webtechs//dtd mozilla html//");
    /** Public identifiers that mean quirks mode only as the whole identifier. */
    private static final List<String> PUBLIC_EXACT = List.of("-//w3o//dtd w3 html strict 3.0//en//",
            "-/w3c/dtd html 4.0 transitional/en", "html");
    /** HTML 4.01's loose and frameset doctypes: quirks without a system identifier, limited quirks with one. */
    private static final List<String> WITHOUT_SYSTEM_ID = List.of("-//w3c//dtd html 4.01 frameset//",
            "-//w3c//dtd html 4.01 transitional//");
    private static final String IBM_SYSTEM_ID = "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd";

    private QuirksMode() {
    }

    /**
     * True when browsers render {@code page} in (full) quirks mode; never for a page parsed as XML
     * ({@code xml}: an XHTML file, served as {@code application/xhtml+xml}), whatever its doctype.
     */
    static boolean of(Document page, boolean xml) {
        return !xml && of(page);
    }

    /** True when browsers render {@code page}, parsed as HTML, in (full) quirks mode. */
    static boolean of(Document page) {
        if (page.quirksMode() == Document.QuirksMode.quirks) {
            return true; // no doctype, or one jsoup found malformed
        }
        DocumentType doctype = page.documentType();
        if (doctype == null) {
            return true;
        }
        String name = doctype.name().toLowerCase(Locale.ROOT);
        String publicId = doctype.publicId().toLowerCase(Locale.ROOT);
        String systemId = doctype.systemId().toLowerCase(Locale.ROOT);
        return !name.equals("html") || PUBLIC_EXACT.contains(publicId) || systemId.equals(IBM_SYSTEM_ID)
                || PUBLIC_PREFIXES.stream().anyMatch(publicId::startsWith)
                || systemId.isEmpty() && WITHOUT_SYSTEM_ID.stream().anyMatch(publicId::startsWith);
    }
}
