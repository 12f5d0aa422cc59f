package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Provenance;
import org.nianbao.model.Scope;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.TextLine;

class CorrectionNoticeTest {

    private static final CanonicalKey REGULATIONS = CanonicalKey.of(TableId.ACTIVE, "regulations", "new_made");
    private static final CanonicalKey NORMATIVE = CanonicalKey.of(TableId.ACTIVE, "normative_documents", "new_made");
    private static final CanonicalKey RECEIVED = CanonicalKey.of(TableId.REQUESTS, "received", "natural");

    private static ExtractedCell cell(CanonicalKey key, int value) {
        return new ExtractedCell(key, CellValue.number(BigDecimal.valueOf(value)), new Provenance(new Location.Line(20),
                String.valueOf(value)));
    }

    private static List<TextLine> lines(String... text) {
        return java.util.stream.IntStream.range(0, text.length)
                .mapToObj(i -> new TextLine(text[i], new Location.Line(i + 1))).toList();
    }

    private static final List<ExtractedCell> CELLS = List.of(cell(REGULATIONS, 255), cell(NORMATIVE, 13),
            cell(RECEIVED, 265));

    @Test
    void aNoticeWithdrawingAFigureFlagsTheCellThatPrintsIt() {
        List<Finding> f = CorrectionNotice.findings(lines("2019年某区政府信息公开工作年度报告",
                "更正说明：本报告第二部分“主动公开政府信息情况”表格中“规章”的“本年新制作数量”误为255件，应为265件，特此更正。"), CELLS);
        assertEquals(1, f.size());
        assertEquals(Scope.cell(REGULATIONS), f.get(0).scope());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("265"), f.get(0).message());
        assertTrue(f.get(0).message().startsWith("the report's correction notice at line:2 says '更正说明"), f.get(0).message());
    }

    @Test
    void theWithdrawnFigureIsLookedForOnlyInTheTableTheNoticeNames() {
        // 265 of table 三 is not the figure withdrawn from table 二, nor is 255 of table 三 looked at
        List<Finding> f = CorrectionNotice.findings(lines("更正：第二部分表格中“规章”本年新制作数量应为265件，原数据255件有误，特此更正。"),
                CELLS);
        assertEquals(List.of(Scope.cell(REGULATIONS)), f.stream().map(Finding::scope).toList());
    }

    @Test
    void aNoticeWrappedOverPrintedLinesIsReadWhole() {
        List<Finding> f = CorrectionNotice.findings(lines("更正说明：第二部分表格中“规章”的本年新制作数量误为2",
                "55件，应为265件，特此更正。"), CELLS);
        assertEquals(List.of(Scope.cell(REGULATIONS)), f.stream().map(Finding::scope).toList());
    }

    @Test
    void aNoticeNoCellCanBeTiedToPutsTheTablesItNamesInDoubt() {
        List<Finding> f = CorrectionNotice.findings(lines("勘误：第二部分表格中一处数据填报有误，应以本次发布为准。"), CELLS);
        assertEquals(List.of(Scope.table(TableId.ACTIVE)), f.stream().map(Finding::scope).toList());
        List<Finding> none = CorrectionNotice.findings(lines("特此更正。"), CELLS);
        assertEquals(List.of(Scope.document()), none.stream().map(Finding::scope).toList());
    }

    @Test
    void aTableAlreadyEditedToTheCorrectedFigureIsOnlyNoted() {
        List<ExtractedCell> edited = List.of(cell(REGULATIONS, 265), cell(NORMATIVE, 13));
        List<Finding> f = CorrectionNotice.findings(lines("更正说明：第二部分“规章”本年新制作数量误为255件，应为265件，特此更正。"), edited);
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void aReportsAccountOfRequestsToCorrectRecordsIsNoNotice() {
        assertEquals(List.of(), CorrectionNotice.findings(lines(
                "本年度收到申请更正个人信息2件，均已按规定更正。",
                "对申请人认为政府信息记录不准确要求更正的，本机关已核实处理。"), CELLS));
    }

    @Test
    void theWordingsPortalsUseAreNotices() {
        for (String notice : List.of(
                "更正：第二部分表格中“规章”的“本年新制作数量”由255件更正为265件。",
                "修正说明：第二部分“规章”本年新制作数量误写为255件，现修正为265件。",
                "更正公告：第二部分“规章”本年新制作数量原“255”应为“265”，特此公告。",
                "注：第二部分“规章”本年新制作数量数据已修改，255件修改为265件。",
                "数据订正：第二部分“规章”本年新制作数量错填为255件，订正为265件。")) {
            List<Finding> f = CorrectionNotice.findings(lines(notice), CELLS);
            assertEquals(List.of(Scope.cell(REGULATIONS)), f.stream().map(Finding::scope).toList(), notice);
        }
    }

    @Test
    void anAdmittedErrorWithOnlyTheFigureThatStandsFlagsTheTableItNames() {
        for (String notice : List.of("经核查，第二部分“规章”本年新制作数量数据错误，应为265件，请以此为准。",
                "说明：第二部分“规章”本年新制作数量填报错误，正确数据为265件，特此说明。")) {
            List<Finding> f = CorrectionNotice.findings(lines(notice), List.of(cell(REGULATIONS, 255), cell(NORMATIVE, 13)));
            assertEquals(List.of(Scope.table(TableId.ACTIVE)), f.stream().map(Finding::scope).toList(), notice);
        }
    }

    @Test
    void everyFigureOfAListIsWithdrawn() {
        List<Finding> f = CorrectionNotice.findings(lines("更正说明：第二部分“规章”“行政规范性文件”本年新制作数量分别误为255件、13件，"
                + "应分别为265件、15件，特此更正。"), CELLS);
        assertEquals(List.of(Scope.cell(REGULATIONS), Scope.cell(NORMATIVE)), f.stream().map(Finding::scope).toList());
    }
}
