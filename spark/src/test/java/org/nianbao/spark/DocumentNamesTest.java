package org.nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentNamesTest {

    private final DocumentNames names = new DocumentNames(List.of(
            new DocumentNames.Root("fixtures/", "file:/work/repo/fixtures"),
            new DocumentNames.Root("hdfs://nn/reports", "hdfs://nn:8020/reports"),
            new DocumentNames.Root("fixtures/pdf/scanned.pdf", "file:/work/repo/fixtures/pdf/scanned.pdf")));

    @Test
    void namesAFileUnderAFolderAsTheFolderWasGivenFollowedByItsPathUnderIt() {
        assertEquals("fixtures/text/甲县 2019.txt", names.name("file:/work/repo/fixtures/text/甲县 2019.txt"));
        assertEquals("hdfs://nn/reports/2019/a.pdf", names.name("hdfs://nn:8020/reports/2019/a.pdf"));
    }

    @Test
    void namesAFileGivenItselfAsGivenEvenInsideAnotherInput() {
        assertEquals("fixtures/pdf/scanned.pdf", names.name("file:/work/repo/fixtures/pdf/scanned.pdf"));
    }

    @Test
    void writesTheNameAsTheCliKeysIt() {
        assertEquals("fixtures/100%25 a\u00e9.txt", names.name("file:/work/repo/fixtures/100% a\u00e9.txt"));
    }

    @Test
    void keepsTheUriOfAFileUnderNoInputAndNeverMatchesAPrefixOfAName() {
        assertEquals("file:/work/repo/fixtures-old/a.txt", names.name("file:/work/repo/fixtures-old/a.txt"));
    }
}
