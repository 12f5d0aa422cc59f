package org.nianbao.read.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.htmlunit.corejs.javascript.Context;
import org.htmlunit.corejs.javascript.Scriptable;
import org.junit.jupiter.api.Test;

/** Where Chromium throws about let and const and Rhino runs on, the rewritten script throws; legal uses stay as written. */
class LexicalBindingsTest {

    private static LexicalBindings.Rewritten rewrite(String code) {
        return new LexicalBindings().rewrite(code);
    }

    private static void unchanged(String code) {
        LexicalBindings.Rewritten r = rewrite(code);
        assertEquals(code, r.code());
        assertEquals(List.of(), r.unfollowed());
    }

    @Test
    void readsAnIncrementOfAConstAsATypeErrorOnItsLine() {
        String code = "const updated = 0;\nfor (var i = 0; i < 2; i++) {\n  updated++;\n  cell.innerHTML = '1859';\n}";
        String out = rewrite(code).code();
        assertTrue(out.contains("new TypeError(\"Assignment to constant variable.\")"), out);
        assertTrue(out.lines().toList().get(2).contains("TypeError"), "on the line of the ++: " + out);
        assertEquals(code.lines().count(), out.lines().count());
    }

    @Test
    void evaluatesTheRightSideOfAnAssignmentToAConstBeforeThrowing() {
        String out = rewrite("const total = 10; total += f();").code();
        assertTrue(out.contains("((f()),(function(){var e=new TypeError("), out);
    }

    @Test
    void readsAnAssignmentFromAClosureToAnOuterConstAsATypeError() {
        assertTrue(rewrite("const u = 0; function bump() { u++; }").code().contains("TypeError"));
    }

    @Test
    void leavesLegalUsesOfConstAlone() {
        unchanged("for (const x of [1, 2]) { cells[x].textContent = x; }");
        unchanged("for (const k in o) { use(o[k]); }");
        unchanged("{ const a = 1; use(a); } { const a = 2; use(a); }");
        unchanged("const a = 1; { const a = 2; use(a); } use(a);");
        unchanged("const a = 1; function f(a) { a = 3; return a; }");
        unchanged("const o = {v: 1}; o.v = 2; const arr = []; arr.push(1);");
        unchanged("const [x, y] = pair; const {p, q: r} = obj; use(x, y, p, r);");
        unchanged("for (var i = 0; i < 3; i++) { const t = 'x' + i; cells[i].textContent = t; }");
        unchanged("function render() { return config.v; } const config = {v: 1}; render();");
        unchanged("try { throw 1; } catch (e) { const e2 = e; e = 2; }");
    }

    @Test
    void throwsAtTheFirstItemOfALoopAssigningAConst() {
        assertEquals("caught:0", run("const row = null; var seen = 0; var r; try { for (row of [1, 2]) { seen++; } r = 'ran'; }"
                + " catch (e) { r = 'caught:' + seen; } r"));
        assertEquals("ran", run("const row = null; var r; try { for (row of []) { } r = 'ran'; } catch (e) { r = 'caught'; } r"));
    }

    @Test
    void throwsAtADestructuringAssignmentWhoseFirstNameIsAConst() {
        assertEquals("TypeError:859", run("const [a, b] = ['859', '1859']; var r; try { [a, b] = [b, a]; } catch (e) {"
                + " r = e.name; } r + ':' + a"));
    }

    @Test
    void readsAUseOfALetBeforeItsDeclarationAsAReferenceError() {
        assertTrue(rewrite("n = 5; let n;").code().contains("ReferenceError"));
        assertTrue(rewrite("use(v); const v = 1;").code().contains("Cannot access 'v' before initialization"));
        assertTrue(rewrite("if (typeof q === 'undefined') {} let q = 1;").code().contains("ReferenceError"));
    }

    /** What Rhino, as HtmlUnit runs it, makes of the rewritten script: its last expression's value. */
    private static String run(String code) {
        Context cx = Context.enter();
        try {
            cx.setLanguageVersion(Context.VERSION_ES6);
            cx.setInterpretedMode(true);
            Scriptable scope = cx.initStandardObjects();
            return Context.toString(cx.evaluateString(scope, rewrite(code).code(), "test", 1, null));
        } finally {
            Context.exit();
        }
    }

    @Test
    void givesEachIterationOfALoopItsOwnHeadBindingForTheClosuresMadeInIt() {
        assertEquals("0,1,2", run("var fs = []; for (let i = 0; i < 3; i++) { fs.push(function () { return i; }); }"
                + " fs.map(function (f) { return f(); }).join(',')"));
        assertEquals("a,b", run("var fs = []; for (const e of ['a', 'b']) fs.push(() => e); fs.map(f => f()).join(',')"));
        assertEquals("0,3,4", run("var fs = []; for (let i = 0; i < 5; i++) { if (i == 1) i = 3; fs.push(() => i); }"
                + " fs.map(f => f()).join(',')"));
        assertEquals("0,2", run("var fs = []; for (let i = 0; i < 3; i++) { if (i == 1) continue; fs.push(() => i); }"
                + " fs.map(f => f()).join(',')"));
        assertEquals("1:b,0:a", run("var fs = []; for (const [k, v] of [[0, 'a'], [1, 'b']]) { fs.unshift(() => k + ':' + v); }"
                + " fs.map(f => f()).join(',')"));
    }

    @Test
    void keepsTheLinesOfALoopItRewrites() {
        String code = "var fs = [];\nfor (let i = 0;\n i < 3; i++) {\n  fs.push(() => i);\n}\nbad();";
        assertEquals(code.split("\n", -1).length, rewrite(code).code().split("\n", -1).length);
    }

    @Test
    void doubtsACallBeforeALetItsFunctionUsesIsDeclared() {
        assertEquals(1, rewrite("apply(); let applied = false; function apply() { if (!applied) { write(); } }")
                .unfollowed().size());
        unchanged("let applied = false; apply(); function apply() { if (!applied) { write(); } }");
        unchanged("function render() { return config.v; } const config = {v: 1}; render();");
    }

    @Test
    void doubtsALetUsedInAnotherCaseOfItsSwitch() {
        assertEquals(1, rewrite("switch (k) { case 0: let s = 1; break; case 1: s = 2; }").unfollowed().size());
        unchanged("switch (k) { case 0: { let s = 1; use(s); break; } case 1: { let s = 2; use(s); } }");
    }

    @Test
    void readsALetRedeclaredByALaterScriptOfThePageAsASyntaxError() {
        LexicalBindings page = new LexicalBindings();
        page.rewrite("let L = 1;");
        String second = page.rewrite("let L = 2;\nuse(L);").code();
        assertTrue(second.startsWith("(function(){var e=new SyntaxError(\"Identifier 'L' has already been declared\")"), second);
        assertEquals(2, second.split("\n", -1).length);
    }

    @Test
    void readsAnAssignmentByALaterScriptToAConstOfAnEarlierOneAsATypeError() {
        LexicalBindings page = new LexicalBindings();
        page.rewrite("const G = 1; var V = 1;");
        assertTrue(page.rewrite("G = 2;").code().contains("TypeError"));
        assertEquals("V = 2;", page.rewrite("V = 2;").code());
    }

    @Test
    void throwsInACodeStringHandedToEvalOrFunctionWhereABrowserThrows() {
        String caught = "var r; try { %s; r = 'ran'; } catch (e) { r = 'caught:' + e.name; } r";
        assertEquals("caught:TypeError", run(caught.formatted("eval(\"const k = 0; k++;\")")));
        assertEquals("caught:TypeError", run(caught.formatted("(0, eval)('const k = 0; ' + 'k += 1;')")));
        assertEquals("caught:TypeError", run(caught.formatted("new Function(`const k = 0; k = 1;`)()")));
        assertEquals("caught:TypeError", run(caught.formatted("Function('n', 'const k = n; k++; return k;')(1)")));
        assertEquals("caught:ReferenceError", run(caught.formatted("eval('x; let x = 1;')")));
        assertEquals("caught:ReferenceError", run(caught.formatted("(function () { eval('limit'); let limit = 5; })()")));
        // a const of the place a direct eval is called from is the eval's too
        assertEquals("caught:TypeError", run(caught.formatted("(function () { const c = 1; eval('c = 2'); })()")));
    }

    @Test
    void leavesLegalCodeStringsAsTheyRun() {
        unchanged("eval('var k = 0; k++;'); new Function('a', 'b', 'return a + b;');");
        unchanged("var r = eval('(' + text + ')'); setTimeout(update, 10);");
        unchanged("function f(k) { eval('k++'); } const k = 0;");
        unchanged("let limit = 5; eval('limit + 1'); function later() { eval('late'); } let late = 1;");
        assertEquals("2", run("eval('let k = 1; k++; k')"));
        assertEquals("3", run("new Function('a', 'b', 'const s = a + b; return s;')(1, 2)"));
    }

    @Test
    void doubtsCodeStringsKnownOnlyWhenTheyRunThatMayDeclareLetOrConst() {
        assertEquals(1, rewrite("var s = 'const k = 0;'; eval(s + 'k++');").unfollowed().size());
        assertEquals(1, rewrite("eval(atob('Y29uc3Q='));").unfollowed().size());
        assertEquals(1, rewrite("new Function(body())();").unfollowed().size());
    }

    @Test
    void throwsInACodeStringHandedToAVariableHoldingEvalOrFunction() {
        String caught = "var r; try { %s; r = 'ran'; } catch (e) { r = 'caught:' + e.name; } r";
        assertEquals("caught:TypeError", run(caught.formatted("var run = eval; run(\"const k = 0; k++;\")")));
        assertEquals("caught:TypeError", run(caught.formatted("var F = Function; new F(\"const k = 0; k++;\")()")));
        assertEquals("caught:TypeError", run(caught.formatted("const F = globalThis.Function; F('const k = 0; k++;')()")));
        assertEquals("caught:TypeError", run(caught.formatted("var a = (eval), b; b = a; b('const k = 0; k = 1;')")));
        assertEquals("caught:ReferenceError", run(caught.formatted("let run = eval; run('k; let k = 1;')")));
        assertEquals("caught:TypeError", run(caught.formatted("var F = Function; F('n', 'const k = n; k++;')(1)")));
    }

    @Test
    void readsACallThroughAnAliasOfEvalAsAnIndirectEvalSeeingOnlyTheGlobals() {
        // an indirect eval does not see the function's const c: it assigns a global c, and nothing throws
        unchanged("function f() { const c = 1; var run = eval; run('c = 2'); }");
        assertEquals("2", run("(function () { const c = 1; var run = eval; run('c = 2'); })(); c"));
    }

    @Test
    void leavesAVariableThatMayHoldSomethingElseThanEvalToTheRun() {
        unchanged("var run = eval; if (x) { run = log; } run('const k = 0; k++;');");
        unchanged("var run = eval; window.run = log; run('const k = 0; k++;');");
        unchanged("var run = eval; function g(run) { run('const k = 0; k++;'); }");
        unchanged("var o = {run: eval}; o.run('const k = 0; k++;');");
        unchanged("var run = eval; run += ''; run('const k = 0; k++;');");
        unchanged("run('const k = 0; k++;'); var run = eval; function run(s) { log(s); }");
    }

    @Test
    void tellsWhatACodeStringCompiledWhileThePageRunsDoesOtherwiseThanABrowser() {
        assertEquals(1, new LexicalBindings().unfollowedAtRun("const k = 0; k++;").size());
        assertEquals(1, new LexicalBindings().unfollowedAtRun("function anonymous(\n) {\nk; let k = 1;\n}").size());
        assertEquals(List.of(), new LexicalBindings().unfollowedAtRun("let k = 0; k++; var j = k;"));
        assertEquals(List.of(), new LexicalBindings().unfollowedAtRun("({\"a\": 1})"));
        LexicalBindings page = new LexicalBindings();
        page.rewrite("const G = 1;");
        assertEquals(1, page.unfollowedAtRun("G = 2;").size(), "a const of the page's earlier script");
    }
}
