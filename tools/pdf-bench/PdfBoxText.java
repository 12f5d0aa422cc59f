import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The baseline of tools/pdf-bench.sh: bare PDFBox 3 text extraction of every PDF under a folder, in one JVM. */
public final class PdfBoxText {
    public static void main(String[] args) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        long chars = 0;
        for (Path p : pdfs) {
            try (PDDocument doc = Loader.loadPDF(new File(p.toString()))) {
                chars += new PDFTextStripper().getText(doc).length();
            }
        }
        System.out.println(pdfs.size() + " PDFs, " + chars + " characters of text");
    }
}
