package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Printed rows placed on the form's rows in order, each where the order leaves it. */
class FormOrderTest {

    private static final List<String> FORM = List.of("a", "b", "c", "d", "e", "f");

    /** Each printed row: the row its label named, or empty for a label that named none. */
    private static List<List<String>> place(List<Optional<String>> printed) {
        return FormOrder.candidates(FORM, printed.size(), (i, row) -> printed.get(i).map(row::equals).orElse(true));
    }

    @Test
    void asManyRowsAsTheFormHasBetweenTwoNamedOnesStandForThoseRows() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e", "f")),
                place(List.of(Optional.of("a"), Optional.empty(), Optional.empty(), Optional.of("d"), Optional.empty())),
                "b and c between a and d; e after d, where the form has e and f, may be either");
    }

    @Test
    void fewerRowsThanTheFormHasThereLeaveEachSeveralRows() {
        assertEquals(List.of(List.of("a"), List.of("b", "c"), List.of("d")),
                place(List.of(Optional.of("a"), Optional.empty(), Optional.of("d"))));
        assertEquals(List.of(List.of("a", "b", "c")), place(List.of(Optional.empty(), Optional.of("d"))).subList(0, 1));
    }

    @Test
    void rowsNamedOutOfTheFormsOrderLeaveNoPlacement() {
        assertEquals(List.of(List.of(), List.of(), List.of()),
                place(List.of(Optional.of("c"), Optional.empty(), Optional.of("b"))));
        assertEquals(List.of(List.of(), List.of(), List.of()),
                place(List.of(Optional.of("a"), Optional.empty(), Optional.of("b"))),
                "no row between a and b for a row printed there");
    }
}
