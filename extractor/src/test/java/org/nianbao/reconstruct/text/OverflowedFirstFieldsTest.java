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

    /**
     * A copy lined up by util-linux {@code column -t -s $'\t' -o ' ' -E 1} (2.38.1; made from the tab-separated rows
     * below): the separator is a space, so the bare line (the part heading wider than column 1) is told by its width,
     * not by a missing separator, and column 1 is wider than its widest printed field. The 信访举报 row has two label
     * fields and its figures one column right of the others' (red team rtj,
     * {@code chromium-innertext-rtj-column-o-space-noextreme-petition-2019.txt}: read as laid-out text, 48 lost and 94
     * read as 科研机构, no finding).
     */
    private static final List<String> SPACE_NOEXTREME = List.of(
            "                               申请人情况                                       ",
            "                               自然人               商业企业 科研机构 其他 总计 ",
            "数量                           12                   345      345      12        ",
            "规章                           345                  7        345      0    345  ",
            "其他                           0                    7                 345  12   ",
            "总计                           12                   7        345      345  7    ",
            "行政许可                       7                    12       12       12   345  ",
            "3.补正后申请内容仍不明确       7                    0        0        12   0    ",
            "行政强制                                            0                 7    345  ",
            "维持                           7                    7        7        345  7    ",
            "四、政府信息公开行政复议、行政诉讼情况",
            "                                                                                ",
            "纠正                           12                            0        0    12   ",
            "数量                           7                    12                7         ",
            "规章                           7                    345      7        345       ",
            "（五）不予处理                 1.信访举报投诉类申请 7        12            0    ",
            "总计                           345                  12                345  345  ",
            "行政许可                       345                  0        12       345       ",
            "行政处罚                                            0        0        7    7    ",
            "行政强制                       0                             0        7    12   ",
            "维持                           0                             7        7    0    ",
            "6.属于四类过程性信息           0                    0        7                  ",
            "数量                           345                  12       0             0    ",
            "规章                           0                    0        345      345  0    ",
            "其他                           12                   7                 345       ",
            "总计                           12                   0                           ",
            "行政许可                       12                   7        7        7    345  ",
            "行政处罚                       7                    345      345      0    345  ");

    @Test
    void joinsBareFirstFieldOfSpaceSeparatedOutputAndCutsTheRestAtColumnOnesOneSeparator() {
        List<String> out = OverflowedFirstFields.of(SPACE_NOEXTREME);
        assertEquals("\t自然人\t商业企业\t科研机构\t其他\t总计", out.get(1));
        assertEquals("其他\t0\t7\t\t345\t12", out.get(4));
        assertEquals("3.补正后申请内容仍不明确\t7\t0\t0\t12\t0", out.get(7));
        assertEquals("四、政府信息公开行政复议、行政诉讼情况", out.get(10));
        assertEquals("", out.get(11));
        assertEquals("（五）不予处理\t1.信访举报投诉类申请\t7\t12\t\t0", out.get(15));
        assertEquals("行政处罚\t\t0\t0\t7\t7", out.get(18));
        assertEquals(SPACE_NOEXTREME.size(), out.size());
    }

    @Test
    void readsSpaceSeparatedTextWhoseNarrowLineHasNoRestBelowAsItStands() {
        // a narrow line followed by a row printing its first field: no overflowed field, nothing to join
        List<String> text = new java.util.ArrayList<>(SPACE_NOEXTREME);
        text.set(11, SPACE_NOEXTREME.get(12));
        assertSame(text, OverflowedFirstFields.of(text));
    }

    /**
     * util-linux 2.38.1's {@code column -t -s $'\t' -E 1} of a copy whose rows end in a tab: two spaces between the
     * fields, every line padded to one width but the bare first fields wider than column 1, so no run of spaces told
     * the columns and the text was read as laid-out text (red team rte, {@code chromium-innertext-column-t-noextreme-2019.txt}:
     * 3.补正后申请内容仍不明确's 0 read as 自然人, 法律服务机构 blank, no finding).
     */
    private static final List<String> TWO_SPACES_NOEXTREME = List.of(
            "                          申请人情况                                            ",
            "                          自然人                商业企业  科研机构  其他  总计  ",
            "数量                      12                    345       345       12          ",
            "规章                      345                   7         345       0     345   ",
            "其他                      0                     7                   345   12    ",
            "总计                      12                    7         345       345   7     ",
            "行政许可                  7                     12        12        12    345   ",
            "3.补正后申请内容仍不明确  7                     0         0         12    0     ",
            "（三）不予公开的国家秘密事项",
            "                                                0                   7           ",
            "行政强制                                        0                   7     345   ",
            "维持                      7                     7         7         345   7     ",
            "四、政府信息公开行政复议、行政诉讼情况",
            "                                                                                ",
            "纠正                      12                              0         0     12    ",
            "数量                      7                     12                  7           ",
            "规章                      7                     345       7         345         ",
            "（五）不予处理            1.信访举报投诉类申请  7         12              0     ",
            "总计                      345                   12                  345   345   ",
            "行政许可                  345                   0         12        345         ",
            "1.本机关不掌握相关政府信息",
            "                          0                               12        0           ",
            "行政处罚                                        0         0         7     7     ",
            "行政强制                  0                               0         7     12    ",
            "维持                      0                               7         7     0     ",
            "6.属于四类过程性信息      0                     0         7                     ",
            "数量                      345                   12        0               0     ",
            "规章                      0                     0         345       345   0     ",
            "其他                      12                    7                   345         ",
            "总计                      12                    0                               ",
            "行政许可                  12                    7         7         7     345   ",
            "行政处罚                  7                     345       345       0     345   ");

    @Test
    void joinsBareFirstFieldOfTwoSpaceSeparatedOutputAndCutsTheRestAtItsColumns() {
        List<String> out = OverflowedFirstFields.of(TWO_SPACES_NOEXTREME);
        assertEquals("\t自然人\t商业企业\t科研机构\t其他\t总计", out.get(1));
        assertEquals("（三）不予公开的国家秘密事项\t\t0\t\t7", out.get(8));
        assertEquals("", out.get(9));
        assertEquals("行政强制\t\t0\t\t7\t345", out.get(10));
        assertEquals("（五）不予处理\t1.信访举报投诉类申请\t7\t12\t\t0", out.get(17));
        assertEquals("1.本机关不掌握相关政府信息\t0\t\t12\t0", out.get(20));
        assertEquals(TWO_SPACES_NOEXTREME.size(), out.size());
    }
}
