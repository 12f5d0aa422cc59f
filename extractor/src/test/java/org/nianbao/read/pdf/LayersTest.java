package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.junit.jupiter.api.Test;

/**
 * Whether a layer's content shows on screen ({@link Layers}): the default configuration's states,
 * membership dictionaries by policy and visibility expression in three-valued logic, and
 * {@code UNSURE} wherever viewers, print and screen could differ.
 */
class LayersTest {

    private final PDDocument doc = new PDDocument();
    private final PDOptionalContentProperties props = new PDOptionalContentProperties();
    private final COSDictionary on = group("on", true);
    private final COSDictionary off = group("off", false);

    LayersTest() {
        doc.getDocumentCatalog().setOCProperties(props);
    }

    private COSDictionary group(String name, boolean enabled) {
        PDOptionalContentGroup g = new PDOptionalContentGroup(name);
        props.addGroup(g);
        props.setGroupEnabled(g, enabled);
        return g.getCOSObject();
    }

    private static COSDictionary membership(String policy, COSDictionary... groups) {
        COSDictionary m = new COSDictionary();
        m.setItem(COSName.TYPE, COSName.getPDFName("OCMD"));
        COSArray a = new COSArray();
        for (COSDictionary g : groups) {
            a.add(g);
        }
        m.setItem(COSName.OCGS, a);
        if (policy != null) {
            m.setItem(COSName.P, COSName.getPDFName(policy));
        }
        return m;
    }

    private static COSArray expression(String op, Object... operands) {
        COSArray a = new COSArray();
        a.add(COSName.getPDFName(op));
        for (Object o : operands) {
            a.add(o instanceof COSArray x ? x : (COSDictionary) o);
        }
        return a;
    }

    private Layers.Shown shown(COSDictionary properties) throws IOException {
        return new Layers(doc).of(COSName.OC, properties).shown();
    }

    @Test
    void aGroupShowsAsTheDefaultConfigurationSetsIt() throws IOException {
        assertEquals(Layers.Shown.YES, shown(on));
        assertEquals(Layers.Shown.NO, shown(off));
    }

    @Test
    void aGroupListedBothOnAndOffIsUnsure() throws IOException {
        props.getCOSObject().getCOSDictionary(COSName.D).getCOSArray(COSName.ON).add(off);
        assertEquals(Layers.Shown.UNSURE, shown(off));
    }

    @Test
    void aMembershipShowsByItsPolicy() throws IOException {
        assertEquals(Layers.Shown.YES, shown(membership(null, on, off)), "AnyOn by default");
        assertEquals(Layers.Shown.NO, shown(membership("AllOn", on, off)));
        assertEquals(Layers.Shown.YES, shown(membership("AnyOff", on, off)));
        assertEquals(Layers.Shown.NO, shown(membership("AllOff", on, off)));
        assertEquals(Layers.Shown.YES, shown(membership("AllOff", off)));
        assertEquals(Layers.Shown.UNSURE, shown(membership("SomeOn", on)), "an unknown policy");
    }

    @Test
    void aMembershipOverAnUnsureGroupIsUnsureOnlyWhereThatGroupDecides() throws IOException {
        COSDictionary usage = new COSDictionary();
        COSDictionary view = new COSDictionary();
        view.setItem(COSName.getPDFName("ViewState"), COSName.ON);
        usage.setItem(COSName.VIEW, view);
        COSDictionary unsure = group("unsure", false);
        unsure.setItem(COSName.USAGE, usage);
        assertEquals(Layers.Shown.UNSURE, shown(unsure));
        assertEquals(Layers.Shown.YES, shown(membership("AnyOn", on, unsure)));
        assertEquals(Layers.Shown.UNSURE, shown(membership("AnyOn", off, unsure)));
        assertEquals(Layers.Shown.NO, shown(membership("AllOn", off, unsure)));
    }

    @Test
    void aVisibilityExpressionTakesPrecedenceOverThePolicy() throws IOException {
        COSDictionary m = membership("AnyOn", on);
        m.setItem(COSName.VE, expression("And", on, expression("Not", off)));
        assertEquals(Layers.Shown.YES, shown(m));
        m.setItem(COSName.VE, expression("Or", off, expression("Not", on)));
        assertEquals(Layers.Shown.NO, shown(m));
        m.setItem(COSName.VE, expression("Xor", on, off));
        assertEquals(Layers.Shown.UNSURE, shown(m));
    }

    @Test
    void aLayerOffNamedByATagOtherThanOcIsUnsure() throws IOException {
        assertEquals(Layers.Shown.UNSURE, new Layers(doc).of(COSName.getPDFName("Span"), off).shown());
        assertEquals(Layers.Shown.YES, new Layers(doc).of(COSName.getPDFName("Span"), on).shown());
    }

    @Test
    void aLayerOffMeantOnlyForDesignIsUnsure() throws IOException {
        off.setItem(COSName.INTENT, COSName.getPDFName("Design"));
        assertEquals(Layers.Shown.UNSURE, shown(off));
    }

    @Test
    void propertiesThatAreNoLayerShow() throws IOException {
        COSDictionary span = new COSDictionary();
        span.setString(COSName.ACTUAL_TEXT, "5");
        assertEquals(Layers.Shown.YES, shown(span));
    }

    @Test
    void withoutOptionalContentPropertiesEveryLayerShows() throws IOException {
        try (PDDocument bare = new PDDocument()) {
            assertEquals(Layers.Shown.YES, new Layers(bare).of(COSName.OC, off).shown());
        }
    }

    @Test
    void aLayerNameInBareUtf8IsReadAsUtf8AndOtherNamesAsTheSpecificationSays() {
        assertEquals("修改前", Layers.name(new COSString("修改前".getBytes(StandardCharsets.UTF_8))));
        assertEquals("修改前", Layers.name(new COSString("修改前")), "UTF-16 with its byte-order mark");
        assertEquals("Old figures", Layers.name(new COSString("Old figures")));
        assertEquals("caf\u00e9", Layers.name(new COSString(new byte[] {'c', 'a', 'f', (byte) 0xE9})),
                "one PDFDocEncoding byte that is not UTF-8");
        assertEquals("?", Layers.name(null));
    }
}
