package org.nianbao.read.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.htmlunit.corejs.javascript.Token;
import org.htmlunit.corejs.javascript.ast.Assignment;
import org.htmlunit.corejs.javascript.ast.AstNode;
import org.htmlunit.corejs.javascript.ast.ForInLoop;
import org.htmlunit.corejs.javascript.ast.FunctionNode;
import org.htmlunit.corejs.javascript.ast.Name;
import org.htmlunit.corejs.javascript.ast.ParenthesizedExpression;
import org.htmlunit.corejs.javascript.ast.PropertyGet;
import org.htmlunit.corejs.javascript.ast.UpdateExpression;
import org.htmlunit.corejs.javascript.ast.VariableDeclaration;
import org.htmlunit.corejs.javascript.ast.VariableInitializer;

/**
 * The variables of a script that hold the browser's {@code eval} or {@code Function} and nothing else:
 * {@code var run = eval;}, {@code const F = window.Function;}, {@code var b = a;} of such an {@code a}. A call through
 * one compiles a string as a call of the browser's own does (an alias of eval is an indirect eval). A variable is
 * one only when that is its one value the script ever gives it: written once (a declaration's initializer or one
 * assignment; before it, it holds {@code undefined}, and a call of it throws alike everywhere), never written as a
 * property of the global object. Anything else ({@code [eval][0]}, an object's property, a parameter, a variable
 * given two values) is not followed here: the strings it compiles are checked when the page runs them
 * ({@link GeneratedCode}).
 */
final class EvalAliases {

    /** The binding a name stands for, as the script resolves it: its var, let or const; null for any other name. */
    private final Function<Name, Object> variable;
    /** For each binding that holds the browser's eval or Function: which. */
    private final Map<Object, String> held;

    private EvalAliases(Function<Name, Object> variable, Map<Object, String> held) {
        this.variable = variable;
        this.held = held;
    }

    /**
     * The aliases of the script under {@code root}; {@code variable} resolves a name to its var/let/const binding
     * (null: a parameter, a function, a name the script does not declare), {@code declared} tells a name of the
     * script's own from the browser's globals.
     */
    static EvalAliases of(AstNode root, Function<Name, Object> variable, Predicate<Name> declared) {
        Writes writes = new Writes(new HashMap<>(), new HashMap<>(), variable);
        Set<String> globalProperties = new HashSet<>();
        root.visit(node -> {
            if (node instanceof VariableInitializer v && v.getTarget() instanceof Name n && v.getInitializer() != null) {
                writes.add(n, v.getInitializer());
            } else if (node instanceof VariableInitializer v) {
                for (Name n : names(v.getTarget())) {
                    if (!(v.getTarget() instanceof Name)) {
                        writes.add(n, null);
                    }
                }
            } else if (node instanceof Assignment a && a.getLeft() instanceof Name n) {
                // a compound assignment (+=) gives it another value: no alias
                writes.add(n, a.getOperator() == Token.ASSIGN ? a.getRight() : null);
            } else if (node instanceof Assignment a && a.getLeft() instanceof PropertyGet get
                    && get.getTarget() instanceof Name owner && CompiledString.GLOBAL_OBJECT.contains(owner.getIdentifier())) {
                globalProperties.add(get.getProperty().getIdentifier());
            } else if (node instanceof Assignment a) {
                names(a.getLeft()).forEach(n -> writes.add(n, null));
            } else if (node instanceof UpdateExpression u && u.getOperand() instanceof Name n) {
                writes.add(n, null);
            } else if (node instanceof ForInLoop loop) {
                AstNode iterator = loop.getIterator() instanceof VariableDeclaration d ? d.getVariables().get(0).getTarget()
                        : loop.getIterator();
                names(iterator).forEach(n -> writes.add(n, null));
            } else if (node instanceof FunctionNode fn && fn.getFunctionName() != null
                    && fn.getFunctionType() == FunctionNode.FUNCTION_STATEMENT) {
                // a function declared by the same name holds it until the var's line runs: another value
                writes.add(fn.getFunctionName(), null);
            }
            return true;
        });
        Map<Object, String> held = new HashMap<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<Object, List<AstNode>> e : writes.values().entrySet()) {
                if (held.containsKey(e.getKey()) || e.getValue().size() != 1 || e.getValue().get(0) == null) {
                    continue;
                }
                AstNode value = e.getValue().get(0);
                Optional<String> which = CompiledString.browsers(value, declared);
                while (which.isEmpty() && value instanceof ParenthesizedExpression p) {
                    value = p.getExpression();
                }
                if (which.isEmpty() && value instanceof Name n) {
                    which = Optional.ofNullable(held.get(variable.apply(n)));
                }
                if (which.isPresent()) {
                    held.put(e.getKey(), which.get());
                    grew = true;
                }
            }
        }
        // a top-level var is the global object's property too: written as one, it is given another value
        held.keySet().removeIf(binding -> globalProperties.contains(writes.names().get(binding)));
        return new EvalAliases(variable, held);
    }

    /** Which of the browser's compilers {@code n} holds, when it is such an alias. */
    Optional<String> of(Name n) {
        Object binding = variable.apply(n);
        return binding == null ? Optional.empty() : Optional.ofNullable(held.get(binding));
    }

    /** Every value given to each binding (null: one not known from the text), by where it is given. */
    private record Writes(Map<Object, List<AstNode>> values, Map<Object, String> names, Function<Name, Object> variable) {
        void add(Name n, AstNode value) {
            Object binding = variable.apply(n);
            if (binding != null) {
                values.computeIfAbsent(binding, b -> new ArrayList<>()).add(value);
                names.put(binding, n.getIdentifier());
            }
        }
    }

    /** The names a target (a name, or a destructuring pattern) assigns. */
    private static List<Name> names(AstNode target) {
        List<Name> out = new ArrayList<>();
        if (target == null) {
            return out;
        }
        target.visit(node -> {
            if (node instanceof Name n && !(n.getParent() instanceof PropertyGet get && get.getProperty() == n)) {
                out.add(n);
            }
            return true;
        });
        return out;
    }
}
