package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bounded search behind a column identity too wide for its sets of partial sums. */
class ZeroSumChoicesTest {

    private static List<BigDecimal> v(long... xs) {
        return Arrays.stream(xs).mapToObj(BigDecimal::valueOf).toList();
    }

    @SafeVarargs
    private static Set<List<BigDecimal>> options(List<BigDecimal>... o) {
        return Set.of(o);
    }

    @Test
    void keepsExactlyTheOptionsThatTakePartInSomeChoiceSummingToZeroInEveryColumn() {
        // two rows whose values may stand in either of two columns, and a total row (signed -1)
        List<Set<List<BigDecimal>>> terms = List.of(
                options(v(3, 0), v(0, 3)),
                options(v(2, 0), v(0, 2)),
                options(v(-3, -2)));
        Optional<List<Set<List<BigDecimal>>>> used = ZeroSumChoices.support(terms, 2, 1000);
        assertEquals(Optional.of(List.of(Set.of(v(3, 0)), Set.of(v(0, 2)), Set.of(v(-3, -2)))), used);
    }

    @Test
    void keepsEveryOptionOfChoicesThatBalanceAlike() {
        // 1 and 1 in two columns: either row may take either column, all four options take part
        List<Set<List<BigDecimal>>> terms = List.of(
                options(v(1, 0), v(0, 1)),
                options(v(1, 0), v(0, 1)),
                options(v(-1, -1)));
        List<Set<List<BigDecimal>>> used = ZeroSumChoices.support(terms, 2, 1000).orElseThrow();
        assertEquals(2, used.get(0).size());
        assertEquals(2, used.get(1).size());
    }

    @Test
    void saysNoOptionTakesPartWhenNoChoiceBalances() {
        List<Set<List<BigDecimal>>> terms = List.of(options(v(1), v(2)), options(v(-4)));
        List<Set<List<BigDecimal>>> used = ZeroSumChoices.support(terms, 1, 1000).orElseThrow();
        assertTrue(used.stream().allMatch(Set::isEmpty));
    }

    @Test
    void givesUpRatherThanGuessWhenTheSearchPassesItsBound() {
        // 12 rows of two readings each under a total of 7 and 6: each column alone can reach its
        // total, no choice reaches both (7 + 6 is 13 values), which only the whole search shows
        List<Set<List<BigDecimal>>> terms = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            terms.add(options(v(1, 0), v(0, 1)));
        }
        terms.add(options(v(-7, -6)));
        assertEquals(Optional.empty(), ZeroSumChoices.support(terms, 2, 5));
        Set<Integer> sizes = ZeroSumChoices.support(terms, 2, 100_000).orElseThrow().stream().map(Set::size)
                .collect(Collectors.toSet());
        assertEquals(Set.of(0), sizes);
    }

    @Test
    void givesUpOnAFigureThatIsNotAWholeNumber() {
        List<Set<List<BigDecimal>>> terms = List.of(options(List.of(new BigDecimal("1.5"))), options(v(-1)));
        assertEquals(Optional.empty(), ZeroSumChoices.support(terms, 1, 1000));
    }
}
