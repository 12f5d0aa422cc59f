package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuirksModeTest {

    /** Each doctype with what Chromium 156 reports as {@code document.compatMode} for it (BackCompat = quirks). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">|true",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">|true",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">|true",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\">|false",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">|false",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">|false",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\">|false",
        "<!DOCTYPE html>|false",
        "|true"})
    void oldDoctypesPutThePageInQuirksModeAsBrowsersDo(String doctype, boolean quirks) {
        String page = (doctype == null ? "" : doctype) + "<html><head><title>t</title></head><body><p>1</p></body></html>";
        assertEquals(quirks, QuirksMode.of(Jsoup.parse(page)), doctype);
    }

    @org.junit.jupiter.api.Test
    void anXmlDocumentIsNeverInQuirksModeWhateverItsDoctype() {
        // Chromium reports CSS1Compat for an .xhtml file without doctype (red team 16a)
        var page = Jsoup.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>1</p></body></html>");
        assertEquals(true, QuirksMode.of(page, false), "parsed as HTML: no doctype is quirks");
        assertEquals(false, QuirksMode.of(page, true), "parsed as XML: never quirks");
    }
}
