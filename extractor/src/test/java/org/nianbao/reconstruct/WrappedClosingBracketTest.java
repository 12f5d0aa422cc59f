package org.nianbao.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A label's closing bracket wrapped in front of the row's figures ({@code pdftotext -raw | fmt -w 72}, red team 20b). */
class WrappedClosingBracketTest {

    @Test
    void putsABracketThatStartsALineBackOnTheLabelItCloses() {
        // red team 20b's pdftotext-raw-fmt72-partially-granted-blank-2019.txt, lines 23-24
        assertEquals(List.of("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "  8 0 0 0 0 0 8 1、属于国家秘密 0 0 0"),
                WrappedClosingBracket.of(List.of("(二)部分公开(区分处理的,只计这一情形,不计其他情形",
                        ") 8 0 0 0 0 0 8 1、属于国家秘密 0 0 0")));
    }

    @Test
    void leavesABracketAloneWhenTheLineBeforeHasNoneOpen() {
        List<String> lines = List.of("(二)部分公开(区分处理的)", ") 8 0 0");
        assertEquals(lines, WrappedClosingBracket.of(lines));
    }

    @Test
    void leavesABracketThatOpensNothingButANumberedNote() {
        // （1） and the like number things: a bracket after a figure is no label's end
        List<String> lines = List.of("其他 (1", ") 8 0 0");
        assertEquals(lines, WrappedClosingBracket.of(lines));
    }

    @Test
    void keepsTheFiguresInTheirCharacterColumns() {
        assertEquals(List.of("其他情形（区分处理）", "        8     0"),
                WrappedClosingBracket.of(List.of("其他情形（区分处理", "  ）     8     0")));
    }

    @Test
    void keepsTheLineCount() {
        assertEquals(3, WrappedClosingBracket.of(List.of("a（b", "） 1", "c")).size());
    }
}
