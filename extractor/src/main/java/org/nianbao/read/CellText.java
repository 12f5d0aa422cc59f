package org.nianbao.read;

import java.util.List;
import org.nianbao.reconstruct.CellNote;

/** A marked-up cell's visible text and what the reader kept out of it. */
record CellText(String text, List<CellNote> notes) {
    CellText {
        notes = List.copyOf(notes);
    }
}
