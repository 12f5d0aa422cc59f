package org.nianbao.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.nianbao.ExtractOptions;
import org.nianbao.Nianbao;
import org.nianbao.export.DocumentKey;
import org.nianbao.export.DocumentRows;
import org.nianbao.model.DocumentResult;

/**
 * A worker process of {@link WorkerPool}: reads file names (length-prefixed bytes) from standard
 * input, extracts each, writes its {@link DocumentRows} to standard output, until input ends. The
 * parent enforces the time limit by killing it; its heap limit is each document's memory budget.
 * Arguments: max bytes, max pages, whether to OCR. A worker that OCRs starts its own OCR engine
 * process on its first scanned page (the engine's native prints never reach this standard output).
 */
public final class WorkerMain {

    /** The byte a worker sends once it can take documents. */
    static final int READY = 'R';

    /** The mark in front of each result (then its length): anything else on the pipe is not a result. */
    static final int RESULT = 0x4E42_5231;

    private WorkerMain() {
    }

    /** The exit status of a worker whose parent is gone. */
    static final int ORPHANED = 4;

    public static void main(String[] args) throws IOException {
        // a parent killed with SIGKILL cannot stop its workers: each watches its parent (the JDK polls
        // a process that is not its child, within a few seconds) and stops, its own children first
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            Runtime.getRuntime().halt(ORPHANED);
        }));
        // the parent kills a worker past the time limit; inside, no second limit is needed
        ExtractOptions options = new ExtractOptions(Long.parseLong(args[0]), Integer.parseInt(args[1]), Duration.ofDays(365),
                Boolean.parseBoolean(args[2]), Long.parseLong(args[3]), Boolean.parseBoolean(args[4]));
        var extractor = Nianbao.extractor(options);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err); // standard output carries results only: a library's print must not corrupt them
        out.writeByte(READY); // the parent starts a document's clock only now, after the JVM has started
        out.flush();
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        while (true) {
            byte[] name;
            try {
                name = new byte[in.readInt()];
                in.readFully(name);
            } catch (EOFException e) {
                return; // the parent is done (or gone)
            }
            Path p = PathBytes.resolve(name).orElseGet(() -> Path.of(DocumentKey.of(name)));
            DocumentResult r = extractor.extract(p);
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 14);
            DocumentRows.of(r).writeTo(new DataOutputStream(buf));
            out.writeInt(RESULT);
            out.writeInt(buf.size());
            buf.writeTo(out);
            out.flush();
        }
    }
}
