package org.nianbao.read.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.util.Optional;
import org.nianbao.read.StrictDecoding;

/**
 * Whether the content of an optional-content group (a layer: {@code /OC /L1 BDC … EMC}, or a form
 * XObject with {@code /OC}) is shown to a person reading the document on screen. A viewer shows a
 * layer as the document's default configuration ({@code /OCProperties /D}) sets it: {@code /BaseState},
 * then the groups listed in {@code /ON}, then those in {@code /OFF}. A membership dictionary (OCMD)
 * is shown by its visibility expression ({@code /VE}) or else by its policy ({@code /P}) over its groups.
 * <p>
 * Where viewers or uses disagree the answer is {@link Shown#UNSURE}, never a guess: a group whose
 * own {@code /Usage} states a view, print or export state other than the configuration's (Acrobat
 * applies it through {@code /AS}, PDFBox always, poppler never: a report printed and one read on
 * screen would differ), a group listed both ON and OFF, an OFF group whose {@code /Intent} is not
 * {@code View} (the specification ignores it, viewers hide it), a malformed membership dictionary,
 * and an OFF group or membership dictionary named by a tag other than {@code /OC} (viewers differ on
 * whether it counts). One instance per document; verdicts are kept per group.
 */
final class Layers {

    /** What a reader on screen sees of a layer's content. */
    enum Shown { YES, NO, UNSURE }

    /**
     * @param shown whether the layer's content shows
     * @param name the layer's name as the document gives it, or why it is unsure, in words
     */
    record Verdict(Shown shown, String name) {
        static final Verdict SHOWN = new Verdict(Shown.YES, "");
    }

    private static final COSName OCG = COSName.getPDFName("OCG");
    private static final COSName OCMD = COSName.getPDFName("OCMD");
    private static final COSName VIEW_STATE = COSName.getPDFName("ViewState");
    private static final COSName PRINT_STATE = COSName.getPDFName("PrintState");
    private static final COSName EXPORT_STATE = COSName.getPDFName("ExportState");

    private final boolean on;
    private final Set<COSDictionary> listedOn = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<COSDictionary> listedOff = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<COSDictionary, Verdict> verdicts = new IdentityHashMap<>();

    Layers(PDDocument document) {
        COSDictionary props = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.OCPROPERTIES);
        COSDictionary d = props == null ? null : props.getCOSDictionary(COSName.D);
        on = d == null || !COSName.OFF.equals(d.getCOSName(COSName.BASE_STATE));
        if (d != null) {
            dictionaries(d.getCOSArray(COSName.ON), listedOn);
            dictionaries(d.getCOSArray(COSName.OFF), listedOff);
        }
    }

    /**
     * What a reader sees of content marked with {@code tag} and the property list {@code properties}
     * (an OCG or OCMD; anything else is not optional content and shows).
     */
    Verdict of(COSName tag, COSDictionary properties) {
        if (properties == null) {
            return Verdict.SHOWN;
        }
        Verdict v = of(properties);
        if (v.shown() == Shown.NO && !COSName.OC.equals(tag)) {
            return new Verdict(Shown.UNSURE, "layer '" + v.name() + "' is switched off but named by /" + tag.getName()
                    + " marked content, not /OC: viewers differ on whether that hides it");
        }
        return v;
    }

    /** What a reader sees of content in the group or membership dictionary {@code properties}. */
    Verdict of(COSDictionary properties) {
        Verdict v = verdicts.get(properties);
        if (v == null) {
            v = judge(properties, 0);
            verdicts.put(properties, v);
        }
        return v;
    }

    private Verdict judge(COSDictionary p, int depth) {
        COSName type = p.getCOSName(COSName.TYPE);
        if (OCG.equals(type)) {
            return group(p);
        }
        if (OCMD.equals(type)) {
            return membership(p, depth);
        }
        return Verdict.SHOWN;
    }

    /**
     * A layer's name as a person would read it in a finding. The specification wants a text string
     * (PDFDocEncoding, or UTF-16 with a byte-order mark), but Chinese producers also write bare UTF-8,
     * which PDFDocEncoding would turn into mojibake; bytes that are valid UTF-8 and not plain ASCII are
     * read as UTF-8.
     */
    static String name(COSBase value) {
        if (!(value instanceof COSString s)) {
            return "?";
        }
        byte[] bytes = s.getBytes();
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        if (!bom) {
            Optional<String> utf8 = StrictDecoding.decode(bytes, StandardCharsets.UTF_8);
            if (utf8.isPresent() && utf8.get().chars().anyMatch(c -> c > 0x7F)) {
                return utf8.get();
            }
        }
        return s.getString(); // PDFDocEncoding, as the specification says
    }

    private Verdict group(COSDictionary g) {
        String name = name(g.getDictionaryObject(COSName.NAME));
        boolean listedBoth = listedOn.contains(g) && listedOff.contains(g);
        if (listedBoth) {
            return new Verdict(Shown.UNSURE, "layer '" + name + "' is listed both ON and OFF");
        }
        boolean shown = listedOff.contains(g) ? false : listedOn.contains(g) || on;
        COSDictionary usage = g.getCOSDictionary(COSName.USAGE);
        if (usage != null) {
            for (COSName[] use : new COSName[][] {{COSName.VIEW, VIEW_STATE}, {COSName.PRINT, PRINT_STATE},
                    {COSName.EXPORT, EXPORT_STATE}}) {
                COSDictionary u = usage.getCOSDictionary(use[0]);
                COSName state = u == null ? null : u.getCOSName(use[1]);
                if (state != null && (COSName.ON.equals(state) != shown)) {
                    return new Verdict(Shown.UNSURE, "layer '" + name + "' is " + (shown ? "on" : "off")
                            + " on screen but its " + use[0].getName() + " usage sets it " + state.getName()
                            + ": viewers and print differ");
                }
            }
        }
        if (!shown && !intendedForView(g.getDictionaryObject(COSName.INTENT))) {
            return new Verdict(Shown.UNSURE, "layer '" + name + "' is off but meant only for design: viewers differ");
        }
        return new Verdict(shown ? Shown.YES : Shown.NO, name);
    }

    private static boolean intendedForView(COSBase intent) {
        if (intent == null) {
            return true;
        }
        if (intent instanceof COSName n) {
            return n.getName().equals("View") || n.getName().equals("All");
        }
        if (intent instanceof COSArray a) {
            for (COSBase b : a) {
                if (b instanceof COSName n && (n.getName().equals("View") || n.getName().equals("All"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A membership dictionary: its visibility expression, else its policy over its groups, in three-valued logic. */
    private Verdict membership(COSDictionary m, int depth) {
        COSArray ve = m.getCOSArray(COSName.VE);
        if (ve != null && ve.size() > 0) {
            return expression(ve, depth);
        }
        COSBase ocgs = m.getDictionaryObject(COSName.OCGS);
        List<COSDictionary> groups = new ArrayList<>();
        if (ocgs instanceof COSDictionary one) {
            groups.add(one);
        } else if (ocgs instanceof COSArray many) {
            dictionaries(many, groups);
        }
        if (groups.isEmpty()) {
            return Verdict.SHOWN; // no groups: the dictionary has no effect
        }
        COSName policy = m.getCOSName(COSName.P);
        String p = policy == null ? "AnyOn" : policy.getName();
        List<Verdict> each = groups.stream().map(this::of).toList();
        return switch (p) {
            case "AnyOn" -> any(each, Shown.YES);
            case "AllOn" -> all(each, Shown.YES);
            case "AnyOff" -> any(each, Shown.NO);
            case "AllOff" -> all(each, Shown.NO);
            default -> new Verdict(Shown.UNSURE, "a layer membership with the unknown policy /" + p);
        };
    }

    /** Shown when any group is in {@code state} (ON or OFF), hidden when none is or may be. */
    private static Verdict any(List<Verdict> each, Shown state) {
        if (each.stream().anyMatch(v -> v.shown() == state)) {
            return new Verdict(Shown.YES, names(each));
        }
        Verdict unsure = each.stream().filter(v -> v.shown() == Shown.UNSURE).findFirst().orElse(null);
        return unsure != null ? unsure : new Verdict(Shown.NO, names(each));
    }

    /** Shown when every group is in {@code state}, hidden when one is not. */
    private static Verdict all(List<Verdict> each, Shown state) {
        Shown other = state == Shown.YES ? Shown.NO : Shown.YES;
        if (each.stream().anyMatch(v -> v.shown() == other)) {
            return new Verdict(Shown.NO, names(each));
        }
        Verdict unsure = each.stream().filter(v -> v.shown() == Shown.UNSURE).findFirst().orElse(null);
        return unsure != null ? unsure : new Verdict(Shown.YES, names(each));
    }

    private static String names(List<Verdict> each) {
        return String.join("', '", each.stream().map(Verdict::name).toList());
    }

    /** A visibility expression: {@code [/And …]}, {@code [/Or …]}, {@code [/Not x]}, over groups and expressions. */
    private Verdict expression(COSArray ve, int depth) {
        if (depth > 20 || ve.size() < 2 || !(ve.getObject(0) instanceof COSName op)) {
            return new Verdict(Shown.UNSURE, "a layer visibility expression that cannot be read");
        }
        List<Verdict> operands = new ArrayList<>();
        for (int i = 1; i < ve.size(); i++) {
            COSBase b = ve.getObject(i);
            if (b instanceof COSArray sub) {
                operands.add(expression(sub, depth + 1));
            } else if (b instanceof COSDictionary g) {
                operands.add(of(g));
            } else {
                return new Verdict(Shown.UNSURE, "a layer visibility expression that cannot be read");
            }
        }
        return switch (op.getName()) {
            case "And" -> all(operands, Shown.YES);
            case "Or" -> any(operands, Shown.YES);
            case "Not" -> operands.size() != 1 ? new Verdict(Shown.UNSURE, "a layer visibility expression that"
                    + " cannot be read") : switch (operands.get(0).shown()) {
                        case YES -> new Verdict(Shown.NO, "not " + operands.get(0).name());
                        case NO -> new Verdict(Shown.YES, "not " + operands.get(0).name());
                        case UNSURE -> operands.get(0);
                    };
            default -> new Verdict(Shown.UNSURE, "a layer visibility expression with the unknown operator /"
                    + op.getName());
        };
    }

    private static void dictionaries(COSArray array, java.util.Collection<COSDictionary> into) {
        if (array == null) {
            return;
        }
        for (COSBase b : array) {
            COSBase o = b instanceof COSObject ref ? ref.getObject() : b;
            if (o instanceof COSDictionary d) {
                into.add(d);
            }
        }
    }
}
