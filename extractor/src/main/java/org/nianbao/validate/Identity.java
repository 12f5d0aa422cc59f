package org.nianbao.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;

/**
 * One identity of templates.md over a report's cells: the sum of {@code left} equals the sum of
 * {@code right}. A finding when it fails names both sides cell by cell.
 *
 * @param rule the finding's rule id ({@code requests-outcomes}, {@code appeals-sum} …)
 * @param scope what a failure concerns: the row or column the identity runs along
 * @param what the identity in words ("column total: total ≠ sum of outcomes")
 * @param name how a term is shown (its row or its column)
 */
record Identity(String rule, Scope scope, String what, List<CanonicalKey> left, List<CanonicalKey> right,
                Function<CanonicalKey, String> name) {

    Identity {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** Whether it holds, fails, or cannot be checked (a term missing or unreadable). */
    enum Verdict { HOLDS, FAILS, UNCHECKED }

    Verdict verdict(Map<CanonicalKey, ExtractedCell> cells) {
        Optional<Side> l = Side.sum(cells, left, name);
        Optional<Side> r = Side.sum(cells, right, name);
        if (l.isEmpty() || r.isEmpty()) {
            return Verdict.UNCHECKED;
        }
        return l.get().equalsValue(r.get()) ? Verdict.HOLDS : Verdict.FAILS;
    }

    /** The finding when the identity fails, naming both sides. */
    Optional<Finding> check(Map<CanonicalKey, ExtractedCell> cells) {
        Optional<Side> l = Side.sum(cells, left, name);
        Optional<Side> r = Side.sum(cells, right, name);
        if (l.isEmpty() || r.isEmpty() || l.get().equalsValue(r.get())) {
            return Optional.empty();
        }
        return Optional.of(Finding.warning(rule, scope, what + ": " + l.get().shown() + " but " + r.get().shown(),
                l.get().first().source().where()));
    }

    boolean involves(CanonicalKey key) {
        return left.contains(key) || right.contains(key);
    }

    Stream<CanonicalKey> terms() {
        return Stream.concat(left.stream(), right.stream());
    }
}
