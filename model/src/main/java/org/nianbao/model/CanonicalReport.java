package org.nianbao.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The canonical content of one report: its metadata and every cell read, in canonical order.
 *
 * @param agency the publishing agency as the title names it, empty when not found
 */
public record CanonicalReport(Template template, OptionalInt year, String agency, List<ExtractedCell> cells) {

    public CanonicalReport {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(year, "year");
        agency = agency == null ? "" : agency;
        cells = List.copyOf(cells);
        if (cells.stream().map(ExtractedCell::key).distinct().count() != cells.size()) {
            throw new IllegalArgumentException("a key appears twice");
        }
    }

    public static CanonicalReport empty() {
        return new CanonicalReport(Template.UNKNOWN, OptionalInt.empty(), "", List.of());
    }

    public Optional<ExtractedCell> cell(CanonicalKey key) {
        return cells.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The cells by key, for rules that look up many of them. */
    public Map<CanonicalKey, ExtractedCell> byKey() {
        return cells.stream().collect(Collectors.toMap(ExtractedCell::key, Function.identity()));
    }

    public boolean hasTable(TableId table) {
        return cells.stream().anyMatch(c -> c.key().table() == table);
    }

    /** The same report with its cells in the catalog's order. */
    public CanonicalReport sorted(Comparator<CanonicalKey> order) {
        List<ExtractedCell> s = cells.stream().sorted(Comparator.comparing(ExtractedCell::key, order)).toList();
        return new CanonicalReport(template, year, agency, s);
    }
}
