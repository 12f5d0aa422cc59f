package org.nianbao.audit;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.nianbao.export.CsvRows;

/** Writes one CSV file in the outputs' dialect, atomically: a temporary file beside it, then moved into place. */
final class CsvFile {

    private CsvFile() {
    }

    static void write(Path file, String[] header, List<String[]> rows) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); ICSVWriter csv = CsvRows.writer(w)) {
                csv.writeNext(header, false);
                for (String[] row : rows) {
                    csv.writeNext(row, false);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
