package org.nianbao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MisreadTest {

    private static Optional<String> between(String read, String needed) {
        return Misread.between(new BigDecimal(read), new BigDecimal(needed));
    }

    @Test
    void oneDigitReadAsItsLookAlikeIsNamed() {
        assertEquals(Optional.of("7 read for 1"), between("172", "112"));
        assertEquals(Optional.of("1 read for 7"), between("1", "7"));
        assertEquals(Optional.of("8 read for 0"), between("108", "100"));
        assertEquals(Optional.of("6 read for 5"), between("36", "35"));
        assertEquals(Optional.of("3 read for 8"), between("103", "108"));
        assertEquals(Optional.of("1 read for 4"), between("12", "42"));
    }

    @Test
    void digitsNotAlikeTwoDigitsApartOrAnotherLengthAreNot() {
        assertEquals(Optional.empty(), between("2", "8"));
        assertEquals(Optional.empty(), between("17", "71"));
        assertEquals(Optional.empty(), between("17", "117"));
        assertEquals(Optional.empty(), between("7", "7"));
        assertEquals(Optional.empty(), between("7", "-1"));
        assertEquals(Optional.empty(), between("1.5", "7.5"));
    }
}
