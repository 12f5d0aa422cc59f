package org.nianbao.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Word draws for an {@code EQ} field: the field has no result, Word (and LibreOffice) lay its
 * instructions out. Word writes a phonetic guide (拼音指南) as <code>EQ \o\ad(\s&#92;up 9(guide),base)</code>
 * and an enclosed character (带圈字符) as {@code EQ \o\ac(○,1)} in binary Word files, and LibreOffice
 * writes a DOCX {@code w:ruby} that way when it saves a DOC. Read as a field (result only) the base
 * text would vanish: {@code 51} with a note mark above it became a blank cell.
 *
 * <p>What is linear text is read: overstrike ({@code \o}) of a base and raised guides is the base
 * with the guides after it in superscript characters, as a {@code w:ruby} and HTML's {@code <rt>}
 * are read; a shape enclosing a number from 1 to 20 is that circled number ({@code ⑤}); raised and
 * lowered text (<code>\s&#92;up</code>, {@code \s\do}) in superscript and subscript characters; brackets
 * ({@code \b}), a box ({@code \x}) and a list ({@code \l}) as the text they hold. What is not
 * ({@code \f} fractions, {@code \r} radicals, {@code \i} integrals, {@code \a} arrays, other
 * overstrikes, stacked text, anything not understood) is U+FFFD, so a number it stands in is
 * unreadable rather than read without it.
 */
final class EqField {

    private static final String UNREADABLE = "\uFFFD";
    private static final String SHAPES = "○◯〇□△◇◎";
    /** Around raised text while the field is read, so that an overstrike can tell its guides from its base. */
    private static final char RAISED_START = '\uE000';
    private static final char RAISED_END = '\uE001';

    private final String code;
    private int at;

    private EqField(String code) {
        this.code = code;
    }

    /** Whether a field's instructions are an {@code EQ} field's. */
    static boolean is(String instructions) {
        String s = instructions.strip().toUpperCase(Locale.ROOT);
        return s.startsWith("EQ") && (s.length() == 2 || s.charAt(2) == ' ' || s.charAt(2) == '\\');
    }

    /** The text the field shows, from its instructions ({@code EQ …}). */
    static String render(String instructions) {
        String s = instructions.strip();
        EqField parser = new EqField(s.substring(Math.min(2, s.length())));
        try {
            String out = parser.sequence(false);
            return parser.at < parser.code.length() ? UNREADABLE
                    : out.replace(String.valueOf(RAISED_START), "").replace(String.valueOf(RAISED_END), "");
        } catch (IllegalArgumentException e) {
            return UNREADABLE;
        }
    }

    /** Text and switches up to the end, or (inside an argument list) to the next {@code ,} or {@code )}. */
    private String sequence(boolean inArgument) {
        StringBuilder sb = new StringBuilder();
        while (at < code.length()) {
            char c = code.charAt(at);
            if (inArgument && (c == ',' || c == ';' || c == ')')) {
                break;
            }
            if (c == '\\') {
                sb.append(backslash());
            } else if (c == '(' || c == ')') {
                throw new IllegalArgumentException("a bracket outside a switch's arguments");
            } else {
                sb.append(c);
                at++;
            }
        }
        return inArgument ? sb.toString() : sb.toString().strip();
    }

    private String backslash() {
        at++;
        if (at >= code.length()) {
            throw new IllegalArgumentException("a lone backslash");
        }
        char c = code.charAt(at);
        if (c == '\\' || c == ',' || c == '(' || c == ')' || c == ';') {
            at++;
            return String.valueOf(c);
        }
        if (c == '*') { // a general formatting switch and its word: \* jc0, \* "Font:宋体", \* hps10
            at++;
            skipSpaces();
            if (at < code.length() && code.charAt(at) == '"') {
                int end = code.indexOf('"', at + 1);
                at = end < 0 ? code.length() : end + 1;
            } else {
                while (at < code.length() && code.charAt(at) != ' ' && code.charAt(at) != '\\') {
                    at++;
                }
            }
            skipSpaces();
            return "";
        }
        at++;
        return element(Character.toLowerCase(c));
    }

    /** A main switch ({@code \o}, {@code \s} …) with its options and arguments. */
    private String element(char kind) {
        List<String> options = new ArrayList<>();
        StringBuilder bracket = new StringBuilder();
        skipSpaces();
        while (at + 2 < code.length() && code.charAt(at) == '\\' && Character.isLetter(code.charAt(at + 1))
                && Character.isLetter(code.charAt(at + 2))) {
            String option = code.substring(at + 1, at + 3).toLowerCase(Locale.ROOT);
            at += 3;
            options.add(option);
            if ((option.equals("lc") || option.equals("rc") || option.equals("bc")) && at < code.length()) {
                if (code.charAt(at) == '\\' && at + 1 < code.length()) {
                    at++;
                }
                bracket.append(option.charAt(0)).append(code.charAt(at++));
            }
            skipSpaces();
            while (at < code.length() && (Character.isDigit(code.charAt(at)) || code.charAt(at) == '-')) {
                at++; // a distance: up 10, \fo-5
            }
            skipSpaces();
        }
        if (at >= code.length() || code.charAt(at) != '(') {
            throw new IllegalArgumentException("a switch without arguments");
        }
        List<String> args = arguments();
        return switch (kind) {
            case 's' -> options.contains("up") ? RAISED_START + Superscript.of(one(args)) + RAISED_END
                    : options.contains("do") ? Subscript.of(one(args)) : one(args);
            case 'o' -> overstrike(args);
            case 'b' -> brackets(bracket.toString(), one(args));
            case 'x' -> one(args);
            case 'l' -> String.join(",", args);
            case 'd' -> "";
            default -> UNREADABLE;
        };
    }

    private List<String> arguments() {
        at++; // (
        List<String> args = new ArrayList<>();
        while (true) {
            args.add(sequence(true));
            if (at >= code.length()) {
                throw new IllegalArgumentException("arguments not closed");
            }
            char c = code.charAt(at++);
            if (c == ')') {
                return args;
            }
        }
    }

    /** One argument's text; several are stacked over each other, which is no line of text. */
    private static String one(List<String> args) {
        return args.size() == 1 ? args.get(0).strip() : UNREADABLE;
    }

    /**
     * Text drawn over other text: a shape around a number (an enclosed character), or a base with
     * raised guides (a phonetic guide); anything else is characters over each other.
     */
    private static String overstrike(List<String> args) {
        List<String> parts = args.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.size() == 2 && (shape(parts.get(0)) || shape(parts.get(1)))) {
            String inner = Normalizer.normalize(shape(parts.get(0)) ? parts.get(1) : parts.get(0), Normalizer.Form.NFKC)
                    .replace(String.valueOf(RAISED_START), "").replace(String.valueOf(RAISED_END), "");
            if (inner.matches("[0-9]{1,2}") && Integer.parseInt(inner) >= 1 && Integer.parseInt(inner) <= 20) {
                return String.valueOf((char) ('\u2460' + Integer.parseInt(inner) - 1));
            }
            return UNREADABLE;
        }
        List<String> base = parts.stream().filter(p -> !raised(p)).toList();
        if (base.size() == 1) {
            StringBuilder sb = new StringBuilder(base.get(0));
            parts.stream().filter(EqField::raised).forEach(sb::append);
            return sb.toString();
        }
        return UNREADABLE;
    }

    private static boolean shape(String s) {
        return s.length() == 1 && SHAPES.indexOf(s.charAt(0)) >= 0;
    }

    /** Text raised by <code>\s&#92;up</code> as a whole. */
    private static boolean raised(String s) {
        return s.length() >= 2 && s.charAt(0) == RAISED_START && s.indexOf(RAISED_END) == s.length() - 1;
    }

    private static String brackets(String chosen, String inner) {
        String left = "(";
        String right = ")";
        for (int i = 0; i + 1 < chosen.length(); i += 2) {
            char which = chosen.charAt(i);
            String c = String.valueOf(chosen.charAt(i + 1));
            if (which == 'l') {
                left = c;
            } else if (which == 'r') {
                right = c;
            } else {
                left = c;
                right = c;
            }
        }
        return left + inner + right;
    }

    private void skipSpaces() {
        while (at < code.length() && code.charAt(at) == ' ') {
            at++;
        }
    }
}
