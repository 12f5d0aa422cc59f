package org.nianbao.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every cell of both official formats, loaded once from {@code canonical-keys.csv} (a copy of the
 * spec's file) and immutable afterwards. Its line order is the canonical output order.
 */
public final class Catalog {

    private static final String RESOURCE = "canonical-keys.csv";
    private static final List<String> HEADER =
            List.of("table", "row", "column", "templates", "row_label_path", "column_label", "note");

    private final List<KeySpec> specs;
    private final Map<CanonicalKey, KeySpec> byKey;
    private final Map<CanonicalKey, Integer> order;

    private Catalog(List<KeySpec> specs) {
        this.specs = List.copyOf(specs);
        Map<CanonicalKey, KeySpec> keys = new LinkedHashMap<>();
        Map<CanonicalKey, Integer> positions = new LinkedHashMap<>();
        for (KeySpec s : specs) {
            if (keys.put(s.key(), s) != null) {
                throw new IllegalArgumentException("duplicate key in catalog: " + s.key());
            }
            positions.put(s.key(), positions.size());
        }
        this.byKey = Map.copyOf(keys);
        this.order = Map.copyOf(positions);
    }

    /** The catalog bundled with this library. */
    public static Catalog standard() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalog in the format of the spec's {@code canonical-keys.csv}. */
    public static Catalog parse(InputStream csv) throws IOException {
        List<KeySpec> specs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !split(header.replace("\uFEFF", "")).equals(HEADER)) {
                throw new IllegalArgumentException("unexpected catalog header: " + header);
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    specs.add(toSpec(split(line)));
                }
            }
        }
        return new Catalog(specs);
    }

    private static KeySpec toSpec(List<String> f) {
        if (f.size() != HEADER.size()) {
            throw new IllegalArgumentException("catalog line with " + f.size() + " fields: " + f);
        }
        TableId table = TableId.fromId(f.get(0))
                .orElseThrow(() -> new IllegalArgumentException("unknown table " + f.get(0)));
        Set<Template> templates = EnumSet.noneOf(Template.class);
        for (String t : f.get(3).split("\\+")) {
            templates.add(Template.fromId(t).orElseThrow(() -> new IllegalArgumentException("unknown template " + t)));
        }
        return new KeySpec(CanonicalKey.of(table, f.get(1), f.get(2)), templates, f.get(4), f.get(5), f.get(6));
    }

    /**
     * Splits one line of RFC 4180 CSV. The model module takes no dependencies, and the catalog is our
     * own small file, so this is enough: quoted fields with doubled quotes, no line breaks inside.
     */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }

    public List<KeySpec> specs() {
        return specs;
    }

    public Optional<KeySpec> find(CanonicalKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean contains(CanonicalKey key) {
        return byKey.containsKey(key);
    }

    /** The cells a table has in one template, in canonical order. */
    public List<KeySpec> specs(TableId table, Template template) {
        return specs.stream().filter(s -> s.key().table() == table && s.in(template)).toList();
    }

    /** Row ids of a table in order of first appearance, over both templates. */
    public List<String> rows(TableId table) {
        return specs.stream().filter(s -> s.key().table() == table).map(s -> s.key().row()).distinct().toList();
    }

    /** Column ids of a table in order of first appearance, over both templates. */
    public List<String> columns(TableId table) {
        return specs.stream().filter(s -> s.key().table() == table).map(s -> s.key().column()).distinct().toList();
    }

    /** Orders keys as the catalog lists them; unknown keys last. */
    public Comparator<CanonicalKey> order() {
        return Comparator.comparingInt((CanonicalKey k) -> order.getOrDefault(k, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
