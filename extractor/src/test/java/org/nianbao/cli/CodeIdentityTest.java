package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.nianbao.ExtractOptions;
import org.nianbao.Nianbao;
import org.nianbao.correct.Corrector;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A journal is reused only by the same build of the code, not merely the same version string. */
class CodeIdentityTest {

    @TempDir
    Path tmp;

    /** A copy of picocli's jar with one more entry holding {@code extra}: another build, same classes. */
    private Path rebuiltJar(String folder, String extra) throws IOException {
        Path original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path jar = Files.createDirectories(tmp.resolve(folder)).resolve("code.jar");
        try (ZipFile in = new ZipFile(original.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(0);
                out.putNextEntry(copy);
                in.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
            ZipEntry build = new ZipEntry("build.txt");
            build.setTime(0);
            out.putNextEntry(build);
            out.write(extra.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static String identityOfClassLoadedFrom(Path jar) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            return CodeIdentity.of(List.of(loader.loadClass(CommandLine.class.getName())));
        }
    }

    @Test
    void theSameJarBytesGiveTheSameIdentityWhereverTheyLie() throws Exception {
        assertEquals(identityOfClassLoadedFrom(rebuiltJar("a", "1")), identityOfClassLoadedFrom(rebuiltJar("b", "1")));
    }

    @Test
    void aRebuiltJarWithTheSameNameAndVersionGetsAnotherIdentity() throws Exception {
        String before = identityOfClassLoadedFrom(rebuiltJar("a", "1"));
        String after = identityOfClassLoadedFrom(rebuiltJar("b", "2"));
        assertNotEquals(before, after);
        assertTrue(before.startsWith("code.jar@"), before);
    }

    @Test
    void classesInOneJarAreNamedOnce() {
        String one = CodeIdentity.of(List.of(CommandLine.class));
        assertEquals(one, CodeIdentity.of(List.of(CommandLine.class, CommandLine.Help.class)));
    }

    @Test
    void theJournalHeaderNamesTheBuildOfTheCode() {
        ExtractOptions options = new ExtractOptions(1000, 10, Duration.ofSeconds(5));
        String header = BatchRunner.journalHeader(new BatchRunner.Settings(options, 1, 256, false, false,
                Corrector.none(), Optional.empty()));
        assertTrue(header.contains(CodeIdentity.of(List.of(Nianbao.class))), header);
    }
}
