package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A record of thousands of fields (a sheet's row saved as CSV or TSV, every field quoted) is told as a record and read,
 * on a 512 KB stack, a worker thread's usual size: the patterns that tell records take one step a field, where the
 * nested ones overflowed the stack on it.
 */
class LongRecordsTest {

    private static final int FIELDS = 10_000;

    private static <T> T onASmallStack(Supplier<T> work) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (StackOverflowError e) {
                result.set(e);
            }
        }, "worker", 512 * 1024);
        worker.start();
        worker.join();
        if (result.get() instanceof StackOverflowError e) {
            throw new AssertionError("stack overflow", e);
        }
        @SuppressWarnings("unchecked")
        T t = (T) result.get();
        return t;
    }

    @Test
    void readsACsvCopyWithARecordOfThousandsOfFields() throws InterruptedException {
        List<String> written = new ArrayList<>(List.of("信息内容,", "\"\"", "本年制发件数", "\"\"", ",本年废止件数", "\"\""));
        written.add("1,".repeat(FIELDS) + "1");
        List<String> read = onASmallStack(() -> CsvLines.of(written));
        assertTrue(read.get(6).equals("1\t".repeat(FIELDS) + "1"), "the record was not read as fields a tab apart");
    }

    @Test
    void readsATabSeparatedCsvCopyWithARecordOfThousandsOfQuotedFields() throws InterruptedException {
        List<String> written = new ArrayList<>(List.of("行政许可\t", "\"\"", "297", "\"\"", "行政处罚\t979", "\"\""));
        written.add("\"1\"\t".repeat(FIELDS) + "\"1\"");
        List<String> read = onASmallStack(() -> TabDelimitedCsvLines.of(written));
        assertTrue(read.get(6).equals("1\t".repeat(FIELDS) + "1"), "the record was not read as fields a tab apart");
    }

    @Test
    void readsASheetsSaveWithARecordOfThousandsOfFields() throws InterruptedException {
        // a sheet saves every row padded to its widest: here the figures' row, of thousands of cells
        List<String> saved = new ArrayList<>();
        for (String row : List.of("\"二、主动公开政府信息情况\"", "", "\"规章\"\t\"—\"\t\"—\"\t17", "", "\"行政规范性文件\"", "")) {
            saved.add(row + "\t".repeat(FIELDS - (int) row.chars().filter(c -> c == '\t').count()));
        }
        saved.add("\"0\"\t".repeat(FIELDS) + "\"0\"");
        List<String> read = onASmallStack(() -> SavedSheetLines.of(saved));
        assertTrue(read.get(6).equals("0\t".repeat(FIELDS) + "0"), "the record was not read as fields a tab apart");
    }
}
