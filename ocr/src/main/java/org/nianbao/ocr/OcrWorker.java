package org.nianbao.ocr;

import com.benjaminwan.ocrlibrary.OcrEngine;
import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The engine's own process. RapidOCR's native library prints to standard output, keeps one
 * engine per process that must not be called from two threads, and cannot be interrupted: so it
 * runs here, in a child JVM whose standard output goes nowhere, one request at a time, and the
 * parent kills it when a page takes too long.
 *
 * <p>Protocol. Arguments: the folder of the unpacked native files, the number of threads.
 * Requests on standard input, one per line, tab-separated: {@code id image result maxSide
 * boxScore padding angles} ({@code angles} 1: classify each box as upright or upside down, without
 * turning any). For each, the text boxes are written to the file {@code result} (one per line:
 * {@code boxScore minCharScore angle x0,y0,…,x3,y3 text}, angle 0 upright, 1 upside down, -1 not
 * classified) and {@code @@ocr done id detectorMs recogniserMs} (the engine's own clock; or
 * {@code @@ocr failed id why}) is written to standard error. {@code @@ocr ready} after loading,
 * {@code @@ocr fatal why} when loading fails. The process ends when standard input closes.
 */
public final class OcrWorker extends OcrEngine {

    static final String MARK = "@@ocr ";

    private OcrWorker() {
    }

    public static void main(String[] args) throws IOException {
        Writer err = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
        Path dir = Path.of(args[0]);
        OcrWorker engine = new OcrWorker();
        try {
            System.load(dir.resolve(NativeFiles.LIBRARY).toString());
            engine.setNumThread(Integer.parseInt(args[1]));
            engine.initLogger(false, false, false);
            if (!engine.initModels(dir + "/", NativeFiles.DETECTOR, NativeFiles.CLASSIFIER, NativeFiles.RECOGNISER,
                    NativeFiles.KEYS)) {
                throw new IllegalStateException("the models in " + dir + " could not be loaded");
            }
        } catch (RuntimeException | LinkageError e) {
            say(err, "fatal " + oneLine(e));
            System.exit(1);
        }
        say(err, "ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t");
            try {
                boolean angles = f.length > 6 && f[6].equals("1");
                OcrResult r = engine.detect(f[1], Integer.parseInt(f[5]), Integer.parseInt(f[3]),
                        Float.parseFloat(f[4]), 0.3f, 1.6f, angles, false);
                Files.write(Path.of(f[2]), lines(r), StandardCharsets.UTF_8);
                double recogniser = 0;
                for (TextBlock b : r.getTextBlocks()) {
                    recogniser += b.getCrnnTime();
                }
                say(err, String.format(Locale.ROOT, "done %s %.1f %.1f", f[0], r.getDbNetTime(), recogniser));
            } catch (RuntimeException | IOException e) {
                say(err, "failed " + f[0] + " " + oneLine(e));
            }
        }
    }

    private static List<String> lines(OcrResult r) {
        List<String> out = new ArrayList<>();
        for (TextBlock b : r.getTextBlocks()) {
            float min = 1f;
            for (float s : b.getCharScores()) {
                min = Math.min(min, s);
            }
            StringBuilder box = new StringBuilder();
            for (Point p : b.getBoxPoint()) {
                box.append(box.length() == 0 ? "" : ",").append(p.getX()).append(',').append(p.getY());
            }
            String text = b.getText().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
            out.add(String.format(Locale.ROOT, "%.4f\t%.4f\t%d\t%s\t%s", b.getBoxScore(), min, b.getAngleIndex(), box,
                    text));
        }
        return out;
    }

    private static void say(Writer err, String what) throws IOException {
        err.write(MARK + what + "\n");
        err.flush();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
