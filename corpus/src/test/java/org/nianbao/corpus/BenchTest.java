package org.nianbao.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ExtractOptions;
import org.nianbao.Nianbao;
import org.nianbao.corpus.generate.CorpusGenerator;
import org.nianbao.corpus.generate.Rendering;

class BenchTest {

    @Test
    void countsEveryMeasuredDocumentWithItsTimeAndOnOneThreadItsCpuTimePerFormat(@TempDir Path dir) throws Exception {
        new CorpusGenerator(Optional.empty()).generate(dir, 4, 5, List.of(Rendering.TEXT_TAB_ROWS, Rendering.HTML_UTF8));
        List<Path> docs = Bench.documents(dir);
        assertEquals(4, docs.size(), "the gold *.csv files are not documents");
        Bench.Figures f = new Bench(Nianbao.extractor(ExtractOptions.defaults())).run(docs, 0, 2, 1);
        assertEquals(java.util.Map.of("text", 4, "html", 4), f.docs(), "two measured passes over two of each");
        assertEquals(f.docs().keySet(), f.cpuNanos().keySet());
        f.cpuNanos().forEach((format, cpu) -> assertTrue(cpu > 0, format + " used no CPU time"));
        assertTrue(f.processCpuNanos() >= f.cpuNanos().values().stream().mapToLong(Long::longValue).sum(),
                "the measured passes' CPU time holds their documents'");
        Bench.Figures two = new Bench(Nianbao.extractor(ExtractOptions.defaults())).run(docs, 0, 1, 2);
        assertEquals(java.util.Map.of(), two.cpuNanos(), "documents on two threads overlap: no CPU time per format");
        assertTrue(two.processCpuNanos() > 0);
    }

    @Test
    void aDocumentPastTheTimeLimitIsCountedAsFailedNotAsItsFormatsReading(@TempDir Path dir) throws Exception {
        // a scan read by OCR on a loaded machine took longer than bench's 120 s and was timed as format 'unknown'
        new CorpusGenerator(Optional.empty()).generate(dir, 2, 5, List.of(Rendering.HTML_UTF8));
        List<Path> docs = Bench.documents(dir);
        Bench.Figures f = new Bench(Nianbao.extractor(ExtractOptions.defaults().withTimeLimit(java.time.Duration.ofNanos(1))))
                .run(docs, 0, 1, 1);
        assertEquals(java.util.Map.of(Bench.FAILED, 2), f.docs());
        assertEquals(2, f.failed());
        Bench.Figures read = new Bench(Nianbao.extractor(ExtractOptions.defaults())).run(docs, 0, 1, 1);
        assertEquals(java.util.Map.of("html", 2), read.docs());
        assertEquals(0, read.failed());
    }
}
