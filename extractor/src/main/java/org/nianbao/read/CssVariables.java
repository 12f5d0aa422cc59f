package org.nianbao.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * CSS custom properties ({@code --name: value}) and their substitution by {@code var(--name,
 * fallback)}, as CSS Variables Level 1 defines them: a custom property cascades like any other,
 * is inherited, and its own {@code var()}s are substituted where it is declared (so a theme's
 * {@code :root{--bs-white-rgb:255,255,255}} reaches {@code .text-white{color:rgba(var(--bs-white-rgb),
 * var(--bs-text-opacity))}} on any element). A reference that cannot be resolved and has no fallback
 * makes the property invalid at computed-value time, which a browser treats as unset; but when the
 * page links a style sheet this reader does not fetch, the value may be defined there, so the
 * reference is left in place, a value the reader cannot evaluate (and a colour then doubts its cell).
 */
final class CssVariables {

    /** The cascaded declarations of an element, custom properties included, before substitution. */
    private final Function<Element, Map<String, String>> declared;
    /** Whether unknown custom properties may be defined in a style sheet not read. */
    private final boolean external;
    /** The properties {@code @property} registers: some do not inherit, and each has a value where none is set. */
    private final Map<String, RegisteredProperty> registered;
    private final Map<Element, Map<String, String>> computed = new IdentityHashMap<>();

    CssVariables(Function<Element, Map<String, String>> declared, boolean external,
            Map<String, RegisteredProperty> registered) {
        this.declared = declared;
        this.external = external;
        this.registered = registered;
    }

    /**
     * The element's declarations with every {@code var()} substituted and the custom properties
     * themselves left out; a property whose substitution fails is {@code unset}, or kept as
     * written when the page's linked style sheets may define what it refers to.
     */
    Map<String, String> substituted(Element e, Map<String, String> declarations) {
        Map<String, String> out = new HashMap<>();
        declarations.forEach((name, value) -> {
            if (name.startsWith("--")) {
                return;
            }
            if (!value.contains("var(")) {
                out.put(name, value);
                return;
            }
            Optional<String> v = substitute(value, customs(e)::get);
            if (name.equals("font")) {
                // the shorthand's longhands, where the element's own cascade sets none of them itself
                v.map(f -> f.toLowerCase(Locale.ROOT)).flatMap(CssDeclaration::fontFamily).ifPresent(f -> out.putIfAbsent("font-family",
                        f.strip().toLowerCase(Locale.ROOT)));
                v.map(f -> f.toLowerCase(Locale.ROOT)).flatMap(CssDeclaration::fontSize).ifPresent(f -> out.putIfAbsent("font-size", f));
                v.flatMap(f -> CssDeclaration.fontFace(f.toLowerCase(Locale.ROOT), false))
                        .ifPresent(f -> out.putIfAbsent("font-weight", f));
                v.flatMap(f -> CssDeclaration.fontFace(f.toLowerCase(Locale.ROOT), true))
                        .ifPresent(f -> out.putIfAbsent("font-style", f));
                return;
            }
            if (v.isPresent()) {
                out.put(name, name.equals("content") ? v.get() : v.get().strip().toLowerCase(Locale.ROOT));
            } else {
                // invalid at computed-value time: unset (CssWideKeyword), unless a sheet not read may define it
                out.put(name, external ? value : "unset");
            }
        });
        return out;
    }

    /** The element's custom properties, computed: its own, substituted, over those it inherits. */
    private Map<String, String> customs(Element e) {
        Map<String, String> known = computed.get(e);
        if (known != null) {
            return known;
        }
        Map<String, String> parent = e.parent() == null ? Map.of() : customs(e.parent());
        Map<String, String> inherited = unsetValues(parent, e.parent() == null);
        Map<String, String> own = new HashMap<>();
        declared.apply(e).forEach((name, value) -> {
            if (name.startsWith("--")) {
                own.put(name, value);
            }
        });
        Map<String, String> out = inherited;
        if (!own.isEmpty()) {
            out = new HashMap<>(inherited);
            Map<String, Optional<String>> done = new HashMap<>();
            for (String name : own.keySet()) {
                resolve(name, own, parent, inherited, done, new HashSet<>());
            }
            for (var d : done.entrySet()) {
                if (d.getValue().isPresent()) {
                    out.put(d.getKey(), d.getValue().get());
                } else {
                    out.remove(d.getKey());
                }
            }
        }
        computed.put(e, out);
        return out;
    }

    /**
     * The custom properties an element that sets none has, from its parent's ({@code parent}): an
     * unregistered or inheriting one is the parent's, a registered one that does not inherit its
     * initial value ({@code @property --c{inherits:false; initial-value:#fff}}: the child of a
     * {@code --c:#000} has white); at the root every registered one has its initial value.
     */
    private Map<String, String> unsetValues(Map<String, String> parent, boolean root) {
        if (registered.isEmpty()) {
            return parent;
        }
        Map<String, String> out = new HashMap<>(parent);
        for (RegisteredProperty p : registered.values()) {
            if (root || !p.inherits()) {
                p.initial().ifPresentOrElse(v -> out.put(p.name(), v), () -> out.remove(p.name()));
            }
        }
        return out;
    }

    /**
     * One of an element's own custom properties with its {@code var()}s substituted from its other
     * own properties and those it has unset ({@code unsetValues}); empty when it refers in a cycle or
     * to nothing, or is {@code initial} of an unregistered property. {@code inherit} takes the parent's
     * value, {@code unset} the one it would have unset, {@code initial} a registered property's initial value.
     */
    private Optional<String> resolve(String name, Map<String, String> own, Map<String, String> parent,
            Map<String, String> inherited, Map<String, Optional<String>> done, Set<String> visiting) {
        if (done.containsKey(name)) {
            return done.get(name);
        }
        String raw = own.get(name).strip();
        Optional<String> value;
        if (raw.equals("inherit")) {
            value = Optional.ofNullable(parent.get(name));
        } else if (raw.equals("unset")) {
            value = Optional.ofNullable(inherited.get(name));
        } else if (raw.equals("initial")) {
            value = Optional.ofNullable(registered.get(name)).flatMap(RegisteredProperty::initial);
        } else if (!visiting.add(name)) {
            value = Optional.empty();
        } else {
            value = substitute(raw, n -> own.containsKey(n)
                    ? resolve(n, own, parent, inherited, done, visiting).orElse(null) : inherited.get(n));
            visiting.remove(name);
        }
        done.put(name, value);
        return value;
    }

    /** {@code value} with its {@code var(--name[, fallback])}s replaced; empty when one has neither. */
    static Optional<String> substitute(String value, Function<String, String> lookup) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int at = value.indexOf("var(", i);
            if (at < 0 || at > 0 && (Character.isLetterOrDigit(value.charAt(at - 1)) || value.charAt(at - 1) == '-')) {
                if (at < 0) {
                    out.append(value.substring(i));
                    return Optional.of(out.toString());
                }
                out.append(value, i, at + 4);
                i = at + 4;
                continue;
            }
            out.append(value, i, at);
            int close = CssValue.closing(value, at + 3);
            if (close < 0) {
                return Optional.empty();
            }
            String inside = value.substring(at + 4, close);
            int comma = inside.indexOf(',');
            String name = (comma < 0 ? inside : inside.substring(0, comma)).strip();
            String found = lookup.apply(name);
            if (found == null && comma >= 0) {
                Optional<String> fallback = substitute(inside.substring(comma + 1).strip(), lookup);
                if (fallback.isEmpty()) {
                    return Optional.empty();
                }
                found = fallback.get();
            }
            if (found == null) {
                return Optional.empty();
            }
            out.append(found);
            i = close + 1;
        }
    }

}
