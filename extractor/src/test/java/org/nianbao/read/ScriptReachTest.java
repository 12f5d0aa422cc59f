package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a page script reaches by position, for the forms of modern code the engine may not run (js21). */
class ScriptReachTest {

    @Test
    void aSpreadOrACopyOfACollectionIsReadAsTheCollectionAndAtAsAnIndex() {
        assertEquals("t.rows[2].cells[3].innerHTML = 1", ScriptReach.plain("[...t.rows].at(2).cells[3].innerHTML = 1"));
        assertEquals("const rows = document.getElementsByTagName(\"table\")[0].rows;",
                ScriptReach.plain("const rows = [...document.getElementsByTagName(\"table\")[0].rows];"));
        assertEquals("t.rows[1]", ScriptReach.plain("Array.from(t.rows).at(1)"));
        assertEquals("x.querySelectorAll(\"td\")[4]", ScriptReach.plain("[].slice.call(x.querySelectorAll(\"td\")).at(4)"));
        assertEquals("rows[-1]", ScriptReach.plain("rows.at(-1)"), "a negative index: any item, as an unknown index");
        assertEquals("f(...args)", ScriptReach.plain("f(...args)"), "a spread of arguments is left alone");
    }

    @Test
    void anElementCreatedCountsOnlyWhereAWalkCountsItsTag() {
        assertTrue(ScriptReach.positionsKnown("customElements.define('n-fix', class extends HTMLElement {});"
                + " document.body.appendChild(document.createElement('n-fix'));"
                + " document.getElementsByTagName('table')[0].rows[2].cells[1].innerHTML = '1';"));
        assertFalse(ScriptReach.positionsKnown("t.appendChild(document.createElement('tr')); t.rows[2].cells[1].innerHTML = '1';"));
        assertFalse(ScriptReach.positionsKnown("b.appendChild(document.createElement('div'));"
                + " document.getElementsByTagName('div')[3].textContent = '1';"));
        assertFalse(ScriptReach.positionsKnown("p.appendChild(document.createElement('span')); p.children[1].remove;"));
        assertTrue(ScriptReach.positionsKnown("document.head.appendChild(document.createElement('style'));"));
    }
}
