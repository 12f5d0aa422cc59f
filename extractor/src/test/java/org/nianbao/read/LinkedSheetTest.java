package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LinkedSheetTest {

    private static LinkedSheet.Kind sheetOf(String head) {
        Document page = Jsoup.parse("<!DOCTYPE html><html><head>" + head + "</head><body></body></html>");
        return LinkedSheet.of(page.selectFirst("link"), page).kind();
    }

    @Test
    void theAsyncLoadingIdiomsApplyToTheScreen() {
        assertEquals(LinkedSheet.Kind.APPLIED, sheetOf("<link rel=stylesheet href=a.css media=print onload=\"this.media='all'\">"));
        assertEquals(LinkedSheet.Kind.APPLIED, sheetOf("<link rel=preload as=style href=a.css onload=\"this.onload=null;this.rel='stylesheet'\">"));
    }

    @Test
    void aPrintSheetAnAlternateAndAPreloadWithoutTheHandlerDoNot() {
        assertEquals(LinkedSheet.Kind.NOT_APPLIED, sheetOf("<link rel=stylesheet href=a.css media=print>"));
        assertEquals(LinkedSheet.Kind.NOT_APPLIED, sheetOf("<link rel=\"alternate stylesheet\" href=a.css>"));
        assertEquals(LinkedSheet.Kind.NOT_APPLIED, sheetOf("<link rel=preload as=style href=a.css>"));
        assertEquals(LinkedSheet.Kind.NOT_APPLIED, sheetOf("<link rel=stylesheet href=a.css disabled>"));
    }

    @Test
    void aDisabledSheetAScriptNamesMayBeSwitchedOn() {
        assertEquals(LinkedSheet.Kind.SWITCHED_BY_SCRIPT, sheetOf("<link rel=stylesheet href=care.css disabled id=s1>"
                + "<script>document.getElementById('s1').disabled=false</script>"));
    }
}
