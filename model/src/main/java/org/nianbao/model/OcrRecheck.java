package org.nianbao.model;

import java.util.List;

/**
 * What reading a cell's pixels again, independently of the page's reading (another crop, another
 * scale), said of the text OCR read there. The identities vouch for a value first; where none can
 * (a cell in no identity, or in none that can be checked), two readings alike vouch for it, and
 * readings that differ are named in the finding.
 */
public sealed interface OcrRecheck {

    /** Not read again (text-layer boxes; cells the page did not read, filled by a later reading). */
    OcrRecheck NONE = new NotRead();

    /** Not read again. */
    record NotRead() implements OcrRecheck {
    }

    /** Read again alike, that reading with this confidence (its lowest per-character score). */
    record Agreed(float confidence) implements OcrRecheck {
        public Agreed {
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("OCR confidence out of [0, 1]: " + confidence);
            }
        }
    }

    /**
     * Read again otherwise: what each reading read, the page's first, in words ("'12' on the page",
     * "'18' in the cell enlarged 2×"). The cell keeps the page's reading unless the later readings
     * read alike; its identities or the auditor decide.
     */
    record Differed(List<String> readings) implements OcrRecheck {
        public Differed {
            readings = List.copyOf(readings);
            if (readings.isEmpty()) {
                throw new IllegalArgumentException("a reading that differed names what it read");
            }
        }
    }
}
