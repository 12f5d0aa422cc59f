package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverflowedFirstFieldsTest {

    /**
     * Table 三's rows of a Chromium {@code innerText} copy as util-linux {@code column -t -s $'\t' -o ' | ' -E 1} prints
     * them (the form of red team rte's {@code chromium-innertext-column-o-bar-noextreme-2019.txt}): column 1 is as wide
     * as its short fields ({@code 规章}), and a wider first field is printed bare, the row's rest on the next line after
     * an empty first field — a line of separators alone where the rest is empty.
     */
    private static final List<String> NOEXTREME = List.of(
            "     | 申请人情况 |                |          | ",
            "     | 自然人     | 法人或其他组织 | 总计     | ",
            "     |            | 商业企业       | 科研机构 | ",
            "规章 | 1          | 2              | 3        | 4",
            "3.补正后申请内容仍不明确",
            "     |            |                |          | ",
            "     | /          | /              | 0        | ",
            "0    |            |                |          | ",
            "6.属于四类过程性信息",
            "     |            | 0              |          | ",
            "/    |            |                |          | ",
            "     | 0          | 0              | /        | ",
            "0    |            |                |          | ",
            "     | 1          | 1              |          | ",
            "/    |            |                |          | ",
            "     | 0          |                |          | ",
            "0    |            |                |          | ",
            "     | /          | /              | 0        | 0",
            "1    |            |                |          | ",
            "     | 2          | 2              | 3        | ",
            "0    |            |                |          | ",
            "     | 0          | 0              |          | ");

    @Test
    void joinsEachBareFirstFieldToItsRowsRestOnTheFieldsLine() {
        // the copy's rows, tabs between the fields, trailing empty fields gone; each rest's own line left empty
        assertEquals(List.of(
                "\t申请人情况", "\t自然人\t法人或其他组织\t总计", "\t\t商业企业\t科研机构", "规章\t1\t2\t3\t4",
                "3.补正后申请内容仍不明确", "", "\t/\t/\t0", "0", "6.属于四类过程性信息\t\t0", "", "/", "\t0\t0\t/", "0",
                "\t1\t1", "/", "\t0", "0", "\t/\t/\t0\t0", "1", "\t2\t2\t3", "0", "\t0\t0"),
                OverflowedFirstFields.of(NOEXTREME));
    }

    @Test
    void readsTextWithBareLineNarrowerThanColumnOneAsItStands() {
        // `column` pads a field no wider than its column: a bare `规章` above a rest is no overflowed field
        List<String> text = NOEXTREME.stream().map(l -> l.equals("6.属于四类过程性信息") ? "规章" : l).toList();
        assertSame(text, OverflowedFirstFields.of(text));
    }

    @Test
    void readsTextWhoseBareLineHasNoRestBelowAsItStands() {
        // a line of prose after the table, the text's last: nothing on the next line continues its row
        List<String> text = new java.util.ArrayList<>(NOEXTREME);
        text.add("五、存在的主要问题及改进情况");
        assertSame(text, OverflowedFirstFields.of(text));
    }

    @Test
    void leavesTextTheSeparatorsCutAlreadyToSeparatedColumns() {
        List<String> cut = List.of("规章\t1\t2", "3.补正后申请内容仍不明确", "\t/\t/");
        assertSame(cut, OverflowedFirstFields.of(cut));
    }
}
