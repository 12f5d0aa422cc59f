package org.nianbao.read.script;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.htmlunit.corejs.javascript.CompilerEnvirons;
import org.htmlunit.corejs.javascript.Context;
import org.htmlunit.corejs.javascript.ErrorReporter;
import org.htmlunit.corejs.javascript.EvaluatorException;
import org.htmlunit.corejs.javascript.Parser;
import org.htmlunit.corejs.javascript.ast.ArrayLiteral;
import org.htmlunit.corejs.javascript.ast.Assignment;
import org.htmlunit.corejs.javascript.ast.AstNode;
import org.htmlunit.corejs.javascript.ast.AstRoot;
import org.htmlunit.corejs.javascript.ast.Block;
import org.htmlunit.corejs.javascript.ast.CatchClause;
import org.htmlunit.corejs.javascript.ast.ForInLoop;
import org.htmlunit.corejs.javascript.ast.ForLoop;
import org.htmlunit.corejs.javascript.ast.FunctionCall;
import org.htmlunit.corejs.javascript.ast.FunctionNode;
import org.htmlunit.corejs.javascript.ast.Jump;
import org.htmlunit.corejs.javascript.ast.Label;
import org.htmlunit.corejs.javascript.ast.LabeledStatement;
import org.htmlunit.corejs.javascript.ast.Loop;
import org.htmlunit.corejs.javascript.ast.Name;
import org.htmlunit.corejs.javascript.ast.ObjectLiteral;
import org.htmlunit.corejs.javascript.ast.ObjectProperty;
import org.htmlunit.corejs.javascript.ast.PropertyGet;
import org.htmlunit.corejs.javascript.ast.Scope;
import org.htmlunit.corejs.javascript.ast.ScriptNode;
import org.htmlunit.corejs.javascript.ast.SwitchCase;
import org.htmlunit.corejs.javascript.ast.SwitchStatement;
import org.htmlunit.corejs.javascript.ast.UpdateExpression;
import org.htmlunit.corejs.javascript.ast.VariableDeclaration;
import org.htmlunit.corejs.javascript.ast.VariableInitializer;

/**
 * What a browser throws about {@code let} and {@code const} where HtmlUnit's Rhino runs on, made to throw here too.
 * Rhino keeps its old {@code const} (an assignment to one is ignored) and has no temporal dead zone (a {@code let}
 * read before its declaration is {@code undefined}); Chromium throws a {@code TypeError} or a {@code ReferenceError}
 * there, and the rest of that script never runs, so what it would have written is not what the page shows.
 *
 * <p>Each such place that is certain from the text alone (the binding resolved by the script's own scopes; a use
 * before the declaration in the same function, so in the same run of it) is rewritten into an expression that
 * throws the browser's error, on the same line, the operands of an assignment still evaluated first, as the
 * browser evaluates them. What the run cannot follow (a closure over a loop head's per-iteration binding, which
 * Rhino shares among the iterations; a destructuring or loop assignment to a {@code const}) is answered in words,
 * for the run to be given up. One instance serves one page: the top-level lexical names of its earlier scripts are
 * in scope in its later ones, where a redeclaration is a syntax error and an assignment to a {@code const} throws.
 */
final class LexicalBindings {

    /** A script rewritten to throw where a browser throws, and what in it the run cannot follow (empty: all of it). */
    record Rewritten(String code, List<String> unfollowed) {
        Rewritten {
            unfollowed = List.copyOf(unfollowed);
        }
    }

    private enum Kind { VAR, LET, CONST, FUNCTION, PARAMETER }

    /**
     * A name declared in a scope by {@code node} (its declaration; a function's own node); {@code ready} is where its
     * initialization ends (its dead zone, for let/const).
     */
    private record Binding(String name, Kind kind, AstNode scope, int ready, AstNode node) {
        boolean lexical() {
            return kind == Kind.LET || kind == Kind.CONST;
        }
    }

    /**
     * Marks an error thrown where a browser throws the same: uncaught, it leaves the page as the browser leaves it,
     * so the run is whole ({@link #asBrowser}).
     */
    static final String AS_BROWSER = "nianbaoAsBrowser";
    private static final String CONST_ASSIGNED = thrower("TypeError", "Assignment to constant variable.");

    /** The top-level let/const of the page's earlier scripts, by name: true for a const. */
    private final Map<String, Boolean> globalLexical = new HashMap<>();
    /**
     * For the code of a direct eval: the let/const of the place it is called from that are not yet declared when
     * it is called (their dead zone), which the code reaches as names of its own scope's outside.
     */
    private final Set<String> outerDeadZone = new HashSet<>();
    /** The top-level var and function names of the page's earlier scripts. */
    private final Set<String> globalVar = new HashSet<>();
    /**
     * The code this rewriting handed over, as the run compiles it: the scripts it rewrote, the strings it put back for
     * eval or Function. Followed already.
     */
    private final Set<String> followed = new HashSet<>();

    /** The script as the run should compile it: unchanged when nothing in it differs, or it does not parse. */
    Rewritten rewrite(String code) {
        Rewritten rewritten = rewrite(code, false);
        followed.add(rewritten.code());
        return rewritten;
    }

    /**
     * {@code code} as the run should compile it; {@code ownScope}: code that Rhino compiles itself, handed over as a
     * string (to {@code eval}, {@code Function}), whose top-level let/const are its own and never the page's.
     */
    private Rewritten rewrite(String code, boolean ownScope) {
        AstRoot root;
        try {
            CompilerEnvirons env = new CompilerEnvirons();
            env.setLanguageVersion(Context.VERSION_ES6);
            env.setRecordingComments(false);
            root = new Parser(env, new Refusal()).parse(code, "script", 1);
        } catch (RuntimeException e) {
            return new Rewritten(code, List.of()); // Rhino reports the same error when it compiles it
        }
        if (root == null) {
            return new Rewritten(code, List.of());
        }
        Scopes scopes = new Scopes(root, code);
        EvalAliases aliases = EvalAliases.of(root, n -> {
            Binding b = scopes.resolve(n);
            return b != null && (b.kind() == Kind.VAR || b.lexical()) ? b : null;
        }, scopes::declares);
        List<String> unfollowed = new ArrayList<>();
        Set<String> redeclared = new HashSet<>();
        for (Binding b : ownScope ? List.<Binding>of() : scopes.topLevel()) {
            boolean clash = b.lexical() ? globalLexical.containsKey(b.name()) || globalVar.contains(b.name())
                    : globalLexical.containsKey(b.name());
            if (clash) {
                redeclared.add(b.name());
            }
        }
        if (!redeclared.isEmpty()) {
            // a browser compiles none of it: the whole script is a syntax error, its lines kept for the error's place
            String name = redeclared.stream().sorted().findFirst().orElseThrow();
            return new Rewritten(thrower("SyntaxError", "Identifier '" + name + "' has already been declared") + ";"
                    + "\n".repeat((int) code.chars().filter(c -> c == '\n').count()), List.of());
        }
        for (Binding b : ownScope ? List.<Binding>of() : scopes.topLevel()) {
            if (b.lexical()) {
                globalLexical.put(b.name(), b.kind() == Kind.CONST);
            } else {
                globalVar.add(b.name());
            }
        }
        List<Edit> edits = new ArrayList<>();
        root.visit(node -> {
            if (node instanceof Assignment a && a.getLeft() instanceof Name n) {
                thrown(scopes, n).ifPresent(error -> edits.add(new Edit(a.getAbsolutePosition(), a.getLength(),
                        "((" + text(code, a.getRight()) + ")," + error + ")")));
            } else if (node instanceof Assignment a && (a.getLeft() instanceof ArrayLiteral || a.getLeft() instanceof ObjectLiteral)) {
                List<Name> assigned = targets(a.getLeft());
                if (!assigned.isEmpty() && constant(scopes, assigned.get(0))) {
                    // the first name assigned is a const: the browser throws before assigning any
                    edits.add(new Edit(a.getAbsolutePosition(), a.getLength(), "((" + text(code, a.getRight()) + "),"
                            + CONST_ASSIGNED + ")"));
                } else {
                    assigned.stream().filter(n -> constant(scopes, n)).forEach(n -> unfollowed.add(
                            "a destructuring assignment to the const " + n.getIdentifier() + " after other names"));
                }
            } else if (node instanceof UpdateExpression u && u.getOperand() instanceof Name n) {
                thrown(scopes, n).ifPresent(error -> edits.add(new Edit(u.getAbsolutePosition(), u.getLength(), error)));
            } else if (node instanceof ForInLoop loop && loop.getIterator() instanceof Name n && constant(scopes, n)) {
                // the browser throws assigning the first item, before the body: for (var $nb of xs) {throw; body}
                AstNode body = loop.getBody();
                edits.add(new Edit(n.getAbsolutePosition(), n.getLength(), "var $nb" + n.getAbsolutePosition()));
                edits.add(new Edit(body.getAbsolutePosition(), 0, "{" + CONST_ASSIGNED + ";"));
                edits.add(new Edit(body.getAbsolutePosition() + body.getLength(), 0, "}"));
            } else if (node instanceof ForInLoop loop && !(loop.getIterator() instanceof VariableDeclaration)) {
                for (Name n : targets(loop.getIterator())) {
                    if (constant(scopes, n)) {
                        unfollowed.add("a loop assigning the const " + n.getIdentifier());
                    }
                }
            } else if (node instanceof Name n && read(n)) {
                deadZone(scopes, n).ifPresent(error -> edits.add(new Edit(n.getAbsolutePosition(), n.getLength(), error)));
                otherCase(scopes, n).ifPresent(unfollowed::add);
            } else if (node instanceof FunctionCall call && CompiledString.of(call, scopes::declares, aliases).isPresent()) {
                compiled(code, scopes, CompiledString.of(call, scopes::declares, aliases).orElseThrow(), edits, unfollowed);
            } else if (node instanceof FunctionCall call && call.getTarget() instanceof Name callee) {
                unfollowed.addAll(calledTooSoon(scopes, call, callee));
            } else if (node instanceof Loop loop) {
                perIteration(code, scopes, loop, edits, unfollowed);
            }
            return true;
        });
        return new Rewritten(apply(code, edits), unfollowed);
    }

    /**
     * A string of code the script hands to {@code eval} or {@code Function}, which Rhino compiles itself, never
     * through the engine's {@code compile}: a constant one is rewritten here as the script is, and put back as a
     * string literal; one known only when it runs is followed only where it cannot hold a let or const.
     */
    private void compiled(String code, Scopes scopes, CompiledString handed, List<Edit> edits, List<String> unfollowed) {
        java.util.Optional<String> constant = CompiledString.constant(handed.code());
        if (constant.isEmpty()) {
            if (CompiledString.couldHoldLexical(handed.code())) {
                unfollowed.add("code handed to " + handed.to() + " as a string known only when it runs, which may"
                        + " declare let or const");
            }
            return;
        }
        // the names the string's code sees beyond itself: a direct eval's, those of the place it is called from
        LexicalBindings inner = new LexicalBindings();
        inner.globalLexical.putAll(globalLexical);
        if (handed.direct()) {
            scopes.visibleAt(handed.call()).forEach(b -> {
                if (b.lexical()) {
                    inner.globalLexical.put(b.name(), b.kind() == Kind.CONST);
                    if (handed.call().getAbsolutePosition() < b.ready()
                            && enclosingFunction(handed.call()) == enclosingFunction(b.scope())) {
                        inner.outerDeadZone.add(b.name());
                    }
                } else {
                    inner.globalLexical.remove(b.name());
                }
            });
        }
        String source = constant.get();
        String prefix = handed.parameters().map(p -> "function anonymous(" + p + "\n) {\n").orElse("");
        String suffix = handed.parameters().isPresent() ? "\n}" : "";
        Rewritten rewritten = inner.rewrite(prefix + source + suffix, true);
        String out = rewritten.code();
        if (!out.startsWith(prefix) || !out.endsWith(suffix)) {
            unfollowed.add("code handed to " + handed.to() + " that could not be rewritten in place");
            return;
        }
        out = out.substring(prefix.length(), out.length() - suffix.length());
        unfollowed.addAll(rewritten.unfollowed());
        followed.add(out);
        followed.addAll(inner.followed);
        if (!out.equals(source)) {
            AstNode literal = handed.code();
            edits.add(new Edit(literal.getAbsolutePosition(), literal.getLength(), CompiledString.quoted(out)));
        }
    }

    /**
     * What in {@code source}, code that Rhino compiles while the page runs, it runs otherwise than a browser: empty for
     * code this rewriting handed over itself (a {@code Function}'s body inside the function Rhino makes of it), or code
     * in which nothing differs. Code that came another way (a string reaching eval through {@code [eval][0]},
     * {@code Reflect.apply(eval, …)}, {@code (function(){}).constructor}; an element's event handler attribute, which
     * HtmlUnit compiles itself) is read as code of its own seeing the page's globals, as an indirect eval, a Function
     * body or a handler does; it has already been compiled, so what differs can only be told, for the run to be given up.
     */
    List<String> unfollowedAtRun(String source) {
        if (followed.contains(source) || followed.stream().anyMatch(body -> source.startsWith("function")
                && source.endsWith(body + "\n}"))) {
            return List.of();
        }
        LexicalBindings inner = new LexicalBindings();
        inner.globalLexical.putAll(globalLexical);
        Rewritten rewritten = inner.rewrite(source, true);
        List<String> found = new ArrayList<>(rewritten.unfollowed());
        if (!rewritten.code().equals(source)) {
            found.add("code compiled while the page ran, not through the rewriting (a string reaching eval or Function"
                    + " another way, an event handler attribute), where a browser throws about let or const");
        }
        return found;
    }

    /** An expression throwing a browser's error, marked as one ({@link #AS_BROWSER}); on one line. */
    private static String thrower(String type, String message) {
        return "(function(){var e=new " + type + "(\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\");e." + AS_BROWSER + "=true;throw e;})()";
    }

    /** Whether a thrown value is an error this rewriting threw where a browser throws it too. */
    static boolean asBrowser(Object thrown) {
        return thrown instanceof org.htmlunit.corejs.javascript.Scriptable error
                && Boolean.TRUE.equals(error.get(AS_BROWSER, error));
    }

    /** Stops the parse at its first error: a script Rhino cannot parse is left for Rhino to report. */
    private static final class Refusal implements ErrorReporter {
        @Override
        public void warning(String message, String sourceName, int line, String lineSource, int lineOffset) {
            // a warning changes nothing the script does
        }

        @Override
        public void error(String message, String sourceName, int line, String lineSource, int lineOffset) {
            throw runtimeError(message, sourceName, line, lineSource, lineOffset);
        }

        @Override
        public EvaluatorException runtimeError(String message, String sourceName, int line, String lineSource, int lineOffset) {
            return new EvaluatorException(message, sourceName, line, lineSource, lineOffset);
        }
    }

    /** A replacement of {@code length} characters at {@code at}. */
    private record Edit(int at, int length, String text) { }

    /** The edits applied, outermost first: an edit inside one already made is dropped (its text is gone anyway). */
    private static String apply(String code, List<Edit> edits) {
        List<Edit> kept = new ArrayList<>();
        // an insertion goes before a replacement at the same place, and is never inside it
        edits.stream().sorted(Comparator.comparingInt(Edit::at).thenComparing(e -> e.length() > 0)
                        .thenComparing(Comparator.comparingInt(Edit::length).reversed()))
                .forEach(e -> {
                    if (kept.isEmpty() || e.at() >= kept.get(kept.size() - 1).at() + kept.get(kept.size() - 1).length()) {
                        kept.add(e);
                    }
                });
        StringBuilder out = new StringBuilder(code);
        for (int i = kept.size() - 1; i >= 0; i--) {
            Edit e = kept.get(i);
            String replaced = code.substring(e.at(), e.at() + e.length());
            // the lines the replaced text spanned stay, so every later error keeps its line
            String newlines = "\n".repeat((int) replaced.chars().filter(c -> c == '\n').count());
            String text = e.text().contains("\n") ? e.text() : e.text() + newlines;
            out.replace(e.at(), e.at() + e.length(), text);
        }
        return out.toString();
    }

    private static String text(String code, AstNode node) {
        return code.substring(node.getAbsolutePosition(), node.getAbsolutePosition() + node.getLength());
    }

    /** The error a browser throws assigning {@code n}: a const's, or a dead zone's; none where it assigns. */
    private java.util.Optional<String> thrown(Scopes scopes, Name n) {
        if (constant(scopes, n)) {
            return java.util.Optional.of(CONST_ASSIGNED);
        }
        return deadZone(scopes, n);
    }

    /** Whether {@code n} names a const: of this script's scopes, or, undeclared here, of an earlier script's top level. */
    private boolean constant(Scopes scopes, Name n) {
        Binding b = scopes.resolve(n);
        if (b != null) {
            return b.kind() == Kind.CONST;
        }
        return Boolean.TRUE.equals(globalLexical.get(n.getIdentifier()));
    }

    /**
     * The error for a use of a let/const before its declaration has run: the use stands before it in the same
     * function (so in the same run of it, which reaches the use first). A use from a function declared elsewhere
     * depends on when it is called, and is left alone.
     */
    private java.util.Optional<String> deadZone(Scopes scopes, Name n) {
        Binding b = scopes.resolve(n);
        if (b == null && outerDeadZone.contains(n.getIdentifier())) {
            return java.util.Optional.of(thrower("ReferenceError", "Cannot access '" + n.getIdentifier()
                    + "' before initialization"));
        }
        if (b == null || !b.lexical() || n.getAbsolutePosition() >= b.ready()
                || enclosingFunction(n) != enclosingFunction(b.scope())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(thrower("ReferenceError", "Cannot access '" + n.getIdentifier()
                + "' before initialization"));
    }

    /**
     * A let/const declared in one case of a switch and used in another: a browser throws when the switch jumps
     * past the declaration, Rhino runs on; which case runs is known only when it runs.
     */
    private static java.util.Optional<String> otherCase(Scopes scopes, Name n) {
        Binding b = scopes.resolve(n);
        if (b == null || !b.lexical() || !(b.scope() instanceof SwitchStatement)) {
            return java.util.Optional.empty();
        }
        AstNode used = caseOf(n, b.scope());
        return used != null && used != caseOf(b.node(), b.scope())
                ? java.util.Optional.of("a use of " + n.getIdentifier() + ", declared by let/const in another case of its switch")
                : java.util.Optional.empty();
    }

    private static AstNode caseOf(AstNode node, AstNode switchStatement) {
        for (AstNode up = node; up != null && up != switchStatement; up = up.getParent()) {
            if (up instanceof SwitchCase && up.getParent() == switchStatement) {
                return up;
            }
        }
        return null;
    }

    /**
     * A call, before a let/const is declared, of a function declared beside it that uses it: the browser throws if
     * the call reaches the use (a dead zone Rhino does not have); whether it does is known only when it runs.
     */
    private static List<String> calledTooSoon(Scopes scopes, FunctionCall call, Name callee) {
        Binding f = scopes.resolve(callee);
        if (f == null || f.kind() != Kind.FUNCTION || !(f.node() instanceof FunctionNode fn)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        fn.getBody().visit(node -> {
            if (node instanceof Name n && read(n)) {
                Binding b = scopes.resolve(n);
                if (b != null && b.lexical() && call.getAbsolutePosition() < b.ready() && !within(b.scope(), fn)
                        && within(call, b.scope()) && enclosingFunction(call) == enclosingFunction(b.scope())
                        && !found.contains(b.name())) {
                    found.add(b.name());
                }
            }
            return true;
        });
        return found.stream().map(name -> "a call of " + callee.getIdentifier() + ", which uses " + name
                + ", before the let/const declaring it").toList();
    }

    /** Whether {@code node} is {@code ancestor} or inside it. */
    private static boolean within(AstNode node, AstNode ancestor) {
        for (AstNode up = node; up != null; up = up.getParent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A loop whose head declares a let/const that a function inside it uses: a browser gives each iteration its own
     * binding, Rhino one for all, so a closure run after its iteration (a timer, a handler) sees another value.
     * Rhino does give a block's let in a loop's body a binding per iteration, so the head's names are renamed and
     * the body wrapped in a block declaring them afresh: {@code for (const x of xs) B} runs as
     * {@code for (const x$nb of xs) {const x = x$nb; B}}, and {@code for (let i = 0; i < n; i++) B} as
     * {@code for (let i$nb = 0; i$nb < n; i$nb++) {let i = i$nb; try {B} finally {i$nb = i;}}} (what the body
     * does to {@code i} carries to the next iteration, as in a browser). Lines stay where they were.
     */
    private static void perIteration(String code, Scopes scopes, Loop loop, List<Edit> edits, List<String> unfollowed) {
        AstNode head = loop instanceof ForLoop f ? f.getInitializer() : loop instanceof ForInLoop f ? f.getIterator() : null;
        if (!(head instanceof VariableDeclaration declaration) || declaration.isVar() || closedOver(scopes, loop).isEmpty()) {
            return;
        }
        String keyword = code.startsWith("const", declaration.getAbsolutePosition()) ? "const" : "let";
        AstNode body = loop.getBody();
        int bodyStart = body.getAbsolutePosition();
        int bodyEnd = bodyStart + body.getLength();
        if (loop instanceof ForInLoop) {
            VariableInitializer only = declaration.getVariables().get(0);
            AstNode target = only.getTarget();
            String fresh = "$nb" + target.getAbsolutePosition();
            edits.add(new Edit(target.getAbsolutePosition(), target.getLength(), fresh));
            edits.add(new Edit(bodyStart, 0, "{" + keyword + " " + text(code, target) + " = " + fresh + ";"));
            edits.add(new Edit(bodyEnd, 0, "}"));
            return;
        }
        List<Name> declared = new ArrayList<>();
        for (VariableInitializer v : declaration.getVariables()) {
            if (!(v.getTarget() instanceof Name n)) {
                unfollowed.add("a function closing over a destructured binding of a loop's head (each iteration's own"
                        + " binding in a browser, one shared here)");
                return;
            }
            declared.add(n);
        }
        if (keyword.equals("const")) {
            // a const counter throws at the first increment anyway; one never incremented needs no copy-back
            return;
        }
        // the head's own uses of its names, outside the body, go to the renamed bindings
        loop.visit(node -> {
            if (node == body) {
                return false;
            }
            if (node instanceof Name n && (declared.contains(n) || read(n) && scopes.resolve(n) != null
                    && scopes.resolve(n).scope() == loop)) {
                edits.add(new Edit(n.getAbsolutePosition(), n.getLength(), n.getIdentifier() + "$nb"));
            }
            return !(node instanceof FunctionNode);
        });
        StringBuilder open = new StringBuilder("{let ");
        StringBuilder close = new StringBuilder("} finally {");
        for (int i = 0; i < declared.size(); i++) {
            String name = declared.get(i).getIdentifier();
            open.append(i == 0 ? "" : ", ").append(name).append(" = ").append(name).append("$nb");
            close.append(name).append("$nb = ").append(name).append(";");
        }
        edits.add(new Edit(bodyStart, 0, open.append("; try {").toString()));
        edits.add(new Edit(bodyEnd, 0, close.append("}}").toString()));
    }

    /** The names of a loop's head that a function inside the loop uses. */
    private static List<String> closedOver(Scopes scopes, Loop loop) {
        List<String> found = new ArrayList<>();
        loop.visit(node -> {
            if (node instanceof FunctionNode fn) {
                fn.visit(inner -> {
                    if (inner instanceof Name n && read(n)) {
                        Binding b = scopes.resolve(n);
                        if (b != null && b.scope() == loop && !found.contains(n.getIdentifier())) {
                            found.add(n.getIdentifier());
                        }
                    }
                    return true;
                });
                return false;
            }
            return true;
        });
        return found;
    }

    /** Whether {@code n} stands for a variable's value here: not a property, key, label or declared name. */
    private static boolean read(Name n) {
        AstNode parent = n.getParent();
        if (parent instanceof PropertyGet get && get.getProperty() == n) {
            return false;
        }
        if (parent instanceof ObjectProperty p && p.getLeft() == n) {
            return false;
        }
        if (parent instanceof FunctionNode || parent instanceof VariableInitializer v && v.getTarget() == n
                || parent instanceof CatchClause || parent instanceof Jump || parent instanceof Label
                || parent instanceof LabeledStatement) {
            return false;
        }
        // inside a destructuring declaration's pattern
        for (AstNode up = parent; up != null && (up instanceof ArrayLiteral || up instanceof ObjectLiteral
                || up instanceof ObjectProperty || up instanceof Assignment); up = up.getParent()) {
            if (up.getParent() instanceof VariableInitializer v && v.getTarget() == up) {
                return false;
            }
        }
        return true;
    }

    private static AstNode enclosingFunction(AstNode node) {
        for (AstNode up = node; up != null; up = up.getParent()) {
            if (up instanceof ScriptNode) {
                return up;
            }
        }
        return null;
    }

    /** The names a target (a name, or a destructuring pattern) assigns. */
    private static List<Name> targets(AstNode target) {
        List<Name> names = new ArrayList<>();
        if (target instanceof Name n) {
            names.add(n);
        } else if (target instanceof ArrayLiteral array) {
            array.getElements().forEach(e -> names.addAll(targets(e)));
        } else if (target instanceof ObjectLiteral object) {
            for (ObjectProperty p : object.getElements()) {
                names.addAll(targets(p.isShorthand() ? p.getLeft() : p.getRight()));
            }
        } else if (target instanceof Assignment withDefault) {
            names.addAll(targets(withDefault.getLeft()));
        }
        return names;
    }

    /** The script's declarations, by the scope each belongs to, and the lookup of a name through them. */
    private static final class Scopes {
        private final Map<AstNode, Map<String, Binding>> declared = new IdentityHashMap<>();
        private final AstRoot root;

        Scopes(AstRoot root, String code) {
            this.root = root;
            root.visit(node -> {
                if (node instanceof VariableDeclaration d) {
                    // this Rhino parses a const as a let: only the keyword tells them apart
                    Kind kind = d.isConst() || code.startsWith("const", d.getAbsolutePosition()) ? Kind.CONST
                            : d.isLet() ? Kind.LET : Kind.VAR;
                    AstNode scope = kind == Kind.VAR ? enclosingFunction(d.getParent()) : block(d.getParent());
                    for (VariableInitializer v : d.getVariables()) {
                        int ready = v.getAbsolutePosition() + v.getLength();
                        for (Name n : targets(v.getTarget())) {
                            declare(scope, new Binding(n.getIdentifier(), kind, scope, ready, d));
                        }
                    }
                } else if (node instanceof FunctionNode fn) {
                    for (AstNode p : fn.getParams()) {
                        for (Name n : targets(p)) {
                            declare(fn, new Binding(n.getIdentifier(), Kind.PARAMETER, fn, 0, fn));
                        }
                    }
                    if (fn.getFunctionName() != null) {
                        AstNode scope = fn.getFunctionType() == FunctionNode.FUNCTION_STATEMENT ? block(fn.getParent()) : fn;
                        declare(scope, new Binding(fn.getName(), Kind.FUNCTION, scope, 0, fn));
                    }
                } else if (node instanceof CatchClause c && c.getVarName() != null) {
                    declare(c, new Binding(c.getVarName().getIdentifier(), Kind.PARAMETER, c, 0, c));
                }
                return true;
            });
        }

        private void declare(AstNode scope, Binding b) {
            // a var beside a let of the same name is a syntax error Rhino reports itself; the first stays
            declared.computeIfAbsent(scope, s -> new HashMap<>()).putIfAbsent(b.name(), b);
        }

        /** The nearest block a let/const/function declaration belongs to. */
        private static AstNode block(AstNode node) {
            for (AstNode up = node; up != null; up = up.getParent()) {
                if (up instanceof Scope || up instanceof Block || up instanceof SwitchStatement || up instanceof CatchClause) {
                    return up;
                }
            }
            return null;
        }

        /** The binding {@code n} names, the nearest scope's first; null for a name this script does not declare. */
        Binding resolve(Name n) {
            for (AstNode up = n.getParent(); up != null; up = up.getParent()) {
                Map<String, Binding> here = declared.get(up);
                if (here != null && here.containsKey(n.getIdentifier())) {
                    return here.get(n.getIdentifier());
                }
            }
            return null;
        }

        /** Whether {@code n} names a binding this script declares (not a global of the page). */
        boolean declares(Name n) {
            return resolve(n) != null;
        }

        /** The bindings visible at {@code node}, the nearest scope's first for each name. */
        List<Binding> visibleAt(AstNode node) {
            Map<String, Binding> seen = new java.util.LinkedHashMap<>();
            for (AstNode up = node; up != null; up = up.getParent()) {
                declared.getOrDefault(up, Map.of()).forEach(seen::putIfAbsent);
            }
            return List.copyOf(seen.values());
        }

        /** The declarations of the script's top level: global for the scripts of the page that follow. */
        List<Binding> topLevel() {
            return List.copyOf(declared.getOrDefault(root, Map.of()).values());
        }
    }
}
