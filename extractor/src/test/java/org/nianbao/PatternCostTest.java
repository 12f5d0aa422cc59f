package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No pattern of the extractor does more than linear work on a line, whatever the line: a hostile or merely odd document
 * (a report pasted as one line, a minified style sheet, a run of thousands of spaces, tabs or underscores) must not stall
 * a worker until its time limit fails the document. Work is counted, not timed: every pattern runs over lines of 1,000
 * and 4,000 characters through a {@link CharSequence} that counts the characters the matcher reads, with {@code find()}
 * over the whole line (however the extractor uses it), {@code matches()} and {@code lookingAt()}. A pattern reading more
 * than twice as many characters a character on the longer line, or more than {@value #CEILING} a character, is listed;
 * the test fails once, naming every such pattern and the line it stumbled on.
 */
class PatternCostTest {

    /** Reads a character past which a pattern is stopped and listed, so that one gone exponential cannot hang the run. */
    private static final int CEILING = 1_000;

    /** What a line is made of: runs of one thing a real document can hold thousands of, and mixtures of them. */
    private static final List<String> UNITS = lineUnits();

    private static List<String> lineUnits() {
        List<String> units = new ArrayList<>(List.of("一二三四五六七八九十政府信息公开", "1234567890", " ", "\t", "|", "0 ",
                "１２３ ", "、，。；：", "（）()", "_", "元万千", "\uFFFD", "-—/", "a b ", ".,", "{}:;", "a{b:c}", "@media (",
                "<table ", "　", "注：", "1.", "“", "\"", "<", "-"));
        Random random = new Random(1);
        List<String> mixtures = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            StringBuilder mixture = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                mixture.append(units.get(random.nextInt(units.size())));
            }
            mixtures.add(mixture.toString());
        }
        units.addAll(mixtures);
        return List.copyOf(units);
    }

    /** A line that counts the characters read from it, and stops the matcher once it has read too many. */
    private static final class CountedLine implements CharSequence {
        private final String text;
        private final long ceiling;
        private long reads;

        CountedLine(String text) {
            this.text = text;
            this.ceiling = (long) CEILING * text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads > ceiling) {
                throw new CeilingReached();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final class CeilingReached extends RuntimeException {
        CeilingReached() {
            super(null, null, false, false);
        }
    }

    /** Characters read a character of a line of {@code length} made of {@code unit}; {@link #CEILING} when stopped. */
    private static double readsPerCharacter(Pattern pattern, String unit, int length) {
        String text = unit.repeat(length / unit.length() + 1).substring(0, length);
        CountedLine line = new CountedLine(text);
        try {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                // every match, as a replaceAll or a results() would
            }
            pattern.matcher(line).matches();
            pattern.matcher(line).lookingAt();
        } catch (CeilingReached | StackOverflowError e) {
            return CEILING;
        }
        return (double) line.reads / length;
    }

    private static String perCharacter(double reads) {
        return reads >= CEILING ? "over " + CEILING + " (stopped)" : String.format("%.1f", reads);
    }

    private static List<Class<?>> extractorClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Nianbao.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                try {
                    classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                            Nianbao.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return classes;
    }

    @Test
    void noPatternReadsALineMoreThanLinearly() throws Exception {
        List<String> costly = new ArrayList<>();
        int patterns = 0;
        for (Class<?> type : extractorClasses()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Pattern.class) {
                    continue;
                }
                field.setAccessible(true);
                Pattern pattern = (Pattern) field.get(null);
                patterns++;
                for (String unit : UNITS) {
                    double shortLine = readsPerCharacter(pattern, unit, 1_000);
                    double longLine = readsPerCharacter(pattern, unit, 4_000);
                    if (longLine >= CEILING || longLine > 20 && longLine > 2 * shortLine) {
                        costly.add(String.format("%s.%s reads %s → %s characters a character on lines of 1,000 → 4,000"
                                + " made of \"%s\"", type.getSimpleName(), field.getName(), perCharacter(shortLine),
                                perCharacter(longLine), unit.length() > 12 ? unit.substring(0, 12) + "…" : unit));
                        break;
                    }
                }
            }
        }
        assertTrue(patterns > 200, "found only " + patterns + " patterns: the classes were not all scanned");
        assertTrue(costly.isEmpty(), costly.size() + " patterns do more than linear work on a line:\n" + String.join("\n", costly));
    }
}
