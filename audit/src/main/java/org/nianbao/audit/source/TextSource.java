package org.nianbao.audit.source;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Location;
import org.nianbao.read.TextDecoder;

/** A text document as the text reader decodes it, line by line. */
public final class TextSource implements SourceView, SourceView.LineText {

    private final List<String> lines;

    TextSource(byte[] bytes) {
        this.lines = new TextDecoder().decode(bytes).text().lines().toList();
    }

    /** The decoded lines; line L is {@code lines().get(L - 1)}. */
    public List<String> lines() {
        return lines;
    }

    @Override
    public String at(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    @Override
    public int count() {
        return lines.size();
    }

    @Override
    public List<Presence> find(List<Probe> probes) {
        List<Presence> out = new ArrayList<>(probes.size());
        for (Probe p : probes) {
            out.add(p.where() instanceof Location.Line l ? SourceView.findInLines(p.raw(), l.line(), this)
                    : Presence.of(false, "(a text document has only line locations)"));
        }
        return out;
    }
}
