package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.hwpf.sprm.SprmIterator;
import org.junit.jupiter.api.Test;

class LibraryFailureOriginTest {

    @Test
    void ourOwnExceptionIsNotTheLibrarys() {
        assertFalse(LibraryFailure.thrownByLibrary(new IllegalStateException("a bug of ours")));
        RuntimeException jdk = assertThrows(IndexOutOfBoundsException.class, () -> List.of().get(1));
        assertFalse(LibraryFailure.thrownByLibrary(jdk), "a JDK call made by our code is ours");
    }

    @Test
    void anExceptionFromInsidePoiIsTheLibrarys() {
        RuntimeException poi = assertThrows(RuntimeException.class, () -> new SprmIterator(new byte[] {1}, 0).next());
        assertTrue(LibraryFailure.thrownByLibrary(poi));
    }
}
