package org.nianbao.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;

/**
 * One identity between a report's cells (spec: templates.md): the sum of the left cells equals the
 * sum of the right ones.
 *
 * @param description what fails, as the finding says it ("column total: total ≠ sum of outcomes")
 */
public record Identity(String rule, Scope scope, String description, List<CanonicalKey> left,
                       List<CanonicalKey> right) {

    public Identity {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** Both sides as the report gives them. */
    public record Sides(Side left, Side right) {
        public boolean hold() {
            return left.equalsValue(right);
        }
    }

    /** The two sides, or empty when a cell is missing or unreadable: such an identity is not checked. */
    public Optional<Sides> evaluate(Map<CanonicalKey, ExtractedCell> cells) {
        // terms are named by what varies: rows down a column, columns along a row
        String column = left.get(0).column();
        boolean oneColumn = cells().stream().allMatch(k -> k.column().equals(column));
        Function<CanonicalKey, String> name = oneColumn ? CanonicalKey::row : CanonicalKey::column;
        Optional<Side> l = Side.sum(cells, left, name);
        Optional<Side> r = Side.sum(cells, right, name);
        return l.isEmpty() || r.isEmpty() ? Optional.empty() : Optional.of(new Sides(l.get(), r.get()));
    }

    /** The finding for sides that do not hold, naming both. */
    public Finding finding(Sides sides) {
        return Finding.warning(rule, scope, description + ": " + sides.left().shown() + " but " + sides.right().shown(),
                sides.left().first().source().where());
    }

    /** Every cell involved, left side first. */
    public List<CanonicalKey> cells() {
        List<CanonicalKey> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }
}
