package org.nianbao.read.script;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.htmlunit.corejs.javascript.Token;
import org.htmlunit.corejs.javascript.ast.AstNode;
import org.htmlunit.corejs.javascript.ast.ElementGet;
import org.htmlunit.corejs.javascript.ast.FunctionCall;
import org.htmlunit.corejs.javascript.ast.InfixExpression;
import org.htmlunit.corejs.javascript.ast.Name;
import org.htmlunit.corejs.javascript.ast.NewExpression;
import org.htmlunit.corejs.javascript.ast.ParenthesizedExpression;
import org.htmlunit.corejs.javascript.ast.PropertyGet;
import org.htmlunit.corejs.javascript.ast.StringLiteral;
import org.htmlunit.corejs.javascript.ast.TemplateCharacters;
import org.htmlunit.corejs.javascript.ast.TemplateLiteral;

/**
 * Code a script hands over as a string to be compiled: the argument of an {@code eval} (direct: it sees the scopes
 * of the place it is called from; indirect, {@code (0, eval)(s)} or {@code window.eval(s)}: the page's globals only)
 * or the body of a {@code Function} (called or constructed; its other arguments are its parameters). Rhino compiles
 * these itself, so what {@link LexicalBindings} does to a script has to be done to them where the script hands them.
 *
 * @param call the call handing the string over
 * @param code the argument holding the code
 * @param to what it is handed to, for the reader
 * @param direct whether it is a direct eval, seeing the caller's scopes
 * @param parameters a Function's parameter list (its other arguments, constant), empty for an eval
 */
record CompiledString(FunctionCall call, AstNode code, String to, boolean direct, Optional<String> parameters) {

    /** The names a script reaches the global object by. */
    static final Set<String> GLOBAL_OBJECT = Set.of("window", "self", "globalThis", "top", "parent", "frames");

    /** A let or const declaration in code, as a word followed by what it declares. */
    private static final Pattern LEXICAL = Pattern.compile("\\b(?:let|const)\\s*[\\[{\\p{L}_$]");

    /**
     * The code {@code call} hands over to be compiled; empty when it hands none (another function, a name the script
     * declares itself: {@code declared} tells which names are the script's own, never the browser's eval;
     * {@code aliases} which of them are bound to the browser's eval or Function all the same).
     */
    static Optional<CompiledString> of(FunctionCall call, Predicate<Name> declared, EvalAliases aliases) {
        List<AstNode> args = call.getArguments();
        if (args.isEmpty()) {
            return Optional.empty();
        }
        AstNode target = call.getTarget();
        boolean constructed = call instanceof NewExpression;
        if (!constructed && target instanceof Name n && n.getIdentifier().equals("eval") && !declared.test(n)) {
            return Optional.of(new CompiledString(call, args.get(0), "eval", true, Optional.empty()));
        }
        Optional<String> aliased = target instanceof Name n ? aliases.of(n) : Optional.empty();
        if (!constructed && (globalNamed(target, "eval", declared) || aliased.filter("eval"::equals).isPresent())) {
            // an alias is never a direct eval: only a call by the name eval itself sees the caller's scopes
            return Optional.of(new CompiledString(call, args.get(0), "an indirect eval", false, Optional.empty()));
        }
        if (globalNamed(target, "Function", declared) || target instanceof Name n && n.getIdentifier().equals("Function")
                && !declared.test(n) || aliased.filter("Function"::equals).isPresent()) {
            StringBuilder parameters = new StringBuilder();
            for (AstNode p : args.subList(0, args.size() - 1)) {
                Optional<String> name = constant(p);
                if (name.isEmpty()) {
                    return Optional.of(new CompiledString(call, p, "Function", false, Optional.empty()));
                }
                parameters.append(parameters.length() == 0 ? "" : ",").append(name.get());
            }
            return Optional.of(new CompiledString(call, args.get(args.size() - 1), "Function", false, Optional.of(parameters.toString())));
        }
        return Optional.empty();
    }

    /**
     * Which of the browser's two compilers {@code value} is, as a script writes it: {@code eval} or {@code Function}
     * by name (not the script's own), {@code window.eval}, {@code window["Function"]}, {@code (0, eval)}.
     */
    static Optional<String> browsers(AstNode value, Predicate<Name> declared) {
        AstNode bare = value;
        while (bare instanceof ParenthesizedExpression p) {
            bare = p.getExpression();
        }
        for (String name : List.of("eval", "Function")) {
            if (bare instanceof Name n && n.getIdentifier().equals(name) && !declared.test(n)
                    || globalNamed(value, name, declared)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** {@code (0, name)}, {@code window.name} or {@code window["name"]}: the global's, called without its scope. */
    private static boolean globalNamed(AstNode target, String name, Predicate<Name> declared) {
        if (target instanceof ParenthesizedExpression p) {
            AstNode inner = p.getExpression();
            if (inner instanceof InfixExpression comma && comma.getOperator() == Token.COMMA) {
                return comma.getRight() instanceof Name n && n.getIdentifier().equals(name) && !declared.test(n);
            }
            return globalNamed(inner, name, declared);
        }
        AstNode owner = target instanceof PropertyGet get && get.getProperty().getIdentifier().equals(name) ? get.getTarget()
                : target instanceof ElementGet get && constant(get.getElement()).filter(name::equals).isPresent()
                ? get.getTarget() : null;
        return owner instanceof Name o && GLOBAL_OBJECT.contains(o.getIdentifier()) && !declared.test(o);
    }

    /** The string {@code node} always is: a literal, a template without substitutions, or a sum of them. */
    static Optional<String> constant(AstNode node) {
        if (node instanceof StringLiteral s) {
            return Optional.of(s.getValue());
        }
        if (node instanceof TemplateLiteral t && t.getSubstitutions().isEmpty()) {
            StringBuilder out = new StringBuilder();
            t.getTemplateStrings().forEach(c -> out.append(c.getValue()));
            return Optional.of(out.toString());
        }
        if (node instanceof ParenthesizedExpression p) {
            return constant(p.getExpression());
        }
        if (node instanceof InfixExpression sum && sum.getOperator() == Token.ADD) {
            Optional<String> left = constant(sum.getLeft());
            Optional<String> right = constant(sum.getRight());
            return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether code known only when it runs could declare a let or const: a string anywhere in the script says so,
     * or the code is computed by a call (decoded, assembled), which could make anything of it. A string pasted
     * together from plain data ({@code eval("(" + json + ")")}) in a script with no such word is read as it runs.
     */
    static boolean couldHoldLexical(AstNode code) {
        boolean[] found = {false};
        code.getAstRoot().visit(node -> {
            if (node instanceof StringLiteral s && LEXICAL.matcher(s.getValue()).find()
                    || node instanceof TemplateCharacters c && LEXICAL.matcher(c.getValue()).find()) {
                found[0] = true;
            }
            return !found[0];
        });
        code.visit(node -> {
            if (node instanceof FunctionCall) {
                found[0] = true;
            }
            return !found[0];
        });
        return found[0];
    }

    /** {@code text} as a double-quoted JavaScript string literal, on one line. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
