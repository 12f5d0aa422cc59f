package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

/** The figures prose gives for a cell against the table's ({@code text-vs-cell}), whatever the verb. */
class CellMentionTest {

    private static final CanonicalKey RULES = CanonicalKey.of(TableId.ACTIVE, "regulations", "new_published");
    private static final CanonicalKey RULES_TOTAL = CanonicalKey.of(TableId.ACTIVE, "regulations", "total_published");
    private static final CanonicalKey NATURAL = CanonicalKey.of(TableId.REQUESTS, "new", "natural_person");
    private static final CanonicalKey NEW_TOTAL = CanonicalKey.of(TableId.REQUESTS, "new", "total");
    private static final CanonicalKey LICENSING = CanonicalKey.of(TableId.ACTIVE, "licensing", "decisions");
    private static final CanonicalKey AMOUNT = CanonicalKey.of(TableId.ACTIVE, "procurement", "amount");
    private static final CanonicalKey RULES_MADE = CanonicalKey.of(TableId.ACTIVE, "regulations", "new_made");
    private static final CanonicalKey NORMATIVE = CanonicalKey.of(TableId.ACTIVE, "normative_documents", "new_published");

    private static ExtractedCell cell(CanonicalKey key, String value) {
        return new ExtractedCell(key, CellValue.number(new BigDecimal(value)), new Provenance(new Location.Line(30), value));
    }

    private static final List<ExtractedCell> CELLS = List.of(cell(RULES, "7"), cell(RULES_TOTAL, "859"), cell(NATURAL, "65"),
            cell(NEW_TOTAL, "240"), cell(LICENSING, "11"), cell(AMOUNT, "86782.68"), cell(RULES_MADE, "524"),
            cell(NORMATIVE, "1478"));

    private static List<Finding> mentions(String... text) {
        return mentionsOf(CELLS, text);
    }

    private static List<Finding> mentionsOf(List<ExtractedCell> cells, String... text) {
        List<TextLine> lines = IntStream.range(0, text.length)
                .mapToObj(i -> new TextLine(text[i], new Location.Line(i + 1))).toList();
        return CorrectionNotice.findings(lines, List.of(), cells, OptionalInt.of(2019)).stream()
                .filter(f -> f.rule().equals(CorrectionNotice.MENTION)).toList();
    }

    private static final CanonicalKey COMMERCIAL = CanonicalKey.of(TableId.REQUESTS, "new", "commercial");
    private static final CanonicalKey RESEARCH = CanonicalKey.of(TableId.REQUESTS, "new", "research");
    private static final CanonicalKey WELFARE = CanonicalKey.of(TableId.REQUESTS, "new", "social_welfare");
    private static final CanonicalKey PENALTY = CanonicalKey.of(TableId.ACTIVE, "penalty", "decisions");
    private static final CanonicalKey COERCION = CanonicalKey.of(TableId.ACTIVE, "coercion", "decisions");
    private static final CanonicalKey NORMATIVE_MADE = CanonicalKey.of(TableId.ACTIVE, "normative_documents", "new_made");
    private static final CanonicalKey LICENSING_CHANGE = CanonicalKey.of(TableId.ACTIVE, "licensing", "change");
    private static final CanonicalKey PENALTY_CHANGE = CanonicalKey.of(TableId.ACTIVE, "penalty", "change");
    private static final CanonicalKey REVIEW_UPHELD = CanonicalKey.of(TableId.APPEALS, "review", "upheld");
    private static final CanonicalKey REVIEW_TOTAL = CanonicalKey.of(TableId.APPEALS, "review", "total");
    private static final CanonicalKey REVIEW_OTHER = CanonicalKey.of(TableId.APPEALS, "review", "other");

    /** Cells of which several hold one figure, as 均 sentences give them: 均 is each, never a sum. */
    private static final List<ExtractedCell> EACH_CELLS = List.of(cell(NATURAL, "3"), cell(COMMERCIAL, "3"), cell(RESEARCH, "0"),
            cell(WELFARE, "2"), cell(NEW_TOTAL, "8"), cell(PENALTY, "4"), cell(COERCION, "0"), cell(RULES_MADE, "7"),
            cell(RULES, "524"), cell(NORMATIVE_MADE, "3"), cell(NORMATIVE, "7"), cell(LICENSING_CHANGE, "3"),
            cell(PENALTY_CHANGE, "-2"), cell(REVIEW_UPHELD, "2"), cell(REVIEW_OTHER, "0"), cell(REVIEW_TOTAL, "2"));

    private static List<CanonicalKey> flaggedBy(String sentence) {
        return mentionsOf(EACH_CELLS, "2019年某县政府信息公开工作年度报告", sentence).stream()
                .map(f -> CanonicalKey.of(f.scope().table().orElseThrow(), f.scope().row(), f.scope().column()))
                .sorted(java.util.Comparator.comparing(CanonicalKey::toString)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"说明：规章本年新公开数量调整为9件。", "规章本年新公开数量正确数据为9件。", "规章本年新公开数量已改为9件。",
            "规章本年新公开数量当为9件。", "规章本年新公开数量不是7件，而是9件。", "校正：规章本年新公开数量9件。",
            "注：上表中规章本年新公开数量应为9件。", "编者按：表二“规章”行“本年新公开数量”栏应填9。"})
    void aSentenceGivingAnotherFigureForANamedCellFlagsItWhateverItsVerb(String sentence) {
        List<Finding> f = mentions("2019年某县政府信息公开工作年度报告", sentence);
        assertEquals(List.of(Scope.cell(RULES)), f.stream().map(Finding::scope).toList(), sentence);
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("giving 9 for this cell, but the table prints 7"), f.get(0).message());
    }

    @Test
    void aFigureWithdrawnBeforeTheOneGivenIsSkipped() {
        assertEquals(List.of(Scope.cell(LICENSING)), mentions("经核实，行政许可处理决定数量为13件，原报11件有误。").stream()
                .map(Finding::scope).toList());
    }

    @Test
    void aRowNamedByItsItemNumberAndAColumnInsideTheRowsWordsNameTheCell() {
        assertEquals(List.of(Scope.cell(NATURAL)), mentions("本年新收自然人申请为67件。").stream().map(Finding::scope).toList());
        assertEquals(List.of(Scope.cell(NATURAL)), mentions("表三第一项“自然人”栏为67件。").stream().map(Finding::scope).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"规章本年新公开数量7件，对外公开总数量859件。", "本年新收政府信息公开申请240件，其中自然人65件。",
            "本年新收政府信息公开申请240件，较上年增加40件，同比增长20%。", "2018年，本机关新收政府信息公开申请200件。",
            "去年共新收政府信息公开申请200件。", "上一年度规章本年新公开数量为5件。", "本年新收申请数量比上年（200件）增加40件。",
            "本年新收政府信息公开申请约250件。", "本年新收申请240余件。", "规章本年新公开数量占全部主动公开信息的0.6%。",
            "政府集中采购总金额8.68亿元。", "政府集中采购项目183个，采购总金额867826800元。", "本年新收政府信息公开申请二百四十件。",
            "《2018年政府信息公开工作年度报告》中本年新收申请为200件。", "2019年共新收政府信息公开申请240件，2018年为200件。",
            "规章本年新公开数量较2018年的5件增加2件。", "本年新收申请平均办理用时6个工作日。"})
    void prosThatAgreesOrGivesAnotherPeriodsOrAShareFlagsNothing(String sentence) {
        assertEquals(List.of(), mentions("2019年某县政府信息公开工作年度报告", sentence), sentence);
    }

    @Test
    void aTablesRowFlattenedIntoTheTextGivesNoFigure() {
        // a plain text's table row: figures without a unit or a verb are the table's own, not prose about it
        assertEquals(List.of(), mentions("规章 524 9 859"));
        assertEquals(List.of(), mentions("本年新收政府信息公开申请数量\t0\t1\t2", "访问量：12345"));
        assertEquals(List.of(), mentions("一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3", "（七）总计\t3\t0\t0\t0\t0\t0\t3"));
    }

    /** Red team 22: the n-th label of a list takes the n-th figure of the list after it (分别), whatever joins them. */
    @ParameterizedTest
    @ValueSource(strings = {"说明：规章本年新公开数量、对外公开总数量分别调整为9件、859件。", "说明：规章本年新公开数量和对外公开总数量分别应为9件和859件。",
            "说明：规章的本年新公开数量与对外公开总数量分别为9件、859件。", "说明：规章本年新公开、对外公开总数分别为9件、859件。",
            "说明：规章本年新公开数量、本年新制作数量分别为9件、524件。", "说明：新公开规章、规范性文件分别为9件、1478件。",
            "说明：规章、规范性文件本年新公开数量分别调整为9件、1478件。", "说明：规范性文件、规章本年新公开数量分别为1478件、9件。",
            "说明：本年新公开数量一栏，规章调整为9件。", "说明：本年新制作规章524件、新公开规章9件。",
            "说明：规章本年新制作数量、本年新公开数量、对外公开总数量分别为524件、9件、859件。"})
    void aListOfLabelsTakesTheListOfFiguresInOrder(String sentence) {
        List<Finding> f = mentions("2019年某县政府信息公开工作年度报告", sentence);
        assertEquals(List.of(Scope.cell(RULES)), f.stream().map(Finding::scope).toList(), sentence);
        assertTrue(f.get(0).message().contains("giving 9 for this cell, but the table prints 7"), f.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"说明：规章本年新公开数量、对外公开总数量分别为7件、859件。", "说明：规章、规范性文件本年新公开数量分别为7件、1478件。",
            "说明：规章本年新制作数量、本年新公开数量分别为524件和7件。", "说明：“规章”一行数据为：524件、7件、859件。"})
    void aListThatAgreesWithTheTableFlagsNothing(String sentence) {
        assertEquals(List.of(), mentions(sentence), sentence);
    }

    @Test
    void aListOfFiguresThatDoesNotPairWithItsLabelsDoubtsEveryCellItNamesAndGivesNone() {
        List<Finding> f = mentions("说明：规章本年新制作数量、本年新公开数量、对外公开总数量分别为9件、859件。");
        assertEquals(List.of(Scope.cell(RULES_MADE), Scope.cell(RULES), Scope.cell(RULES_TOTAL)),
                f.stream().map(Finding::scope).toList());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING && x.message().contains("cannot be told")
                && !x.message().contains("giving")), f.toString());
    }

    @Test
    void aListTheSentenceWithdrawsIsSkippedForTheListAfterIt() {
        List<CellMention.Given> given = CellMention.given(
                CellMention.labelled("“规章”“规范性文件”的“本年新公开数量”分别误为7件、1470件，应分别为9件、1478件"), CELLS, OptionalInt.of(2019));
        assertEquals(List.of(RULES + "=9", NORMATIVE + "=1478"),
                given.stream().map(g -> g.cell().key() + "=" + g.figure()).toList());
    }

    /** Issue 10: 均 gives its one figure to each cell listed before it, not to the last label alone. */
    @Test
    void readsJunAsTheFigureOfEachListedCell() {
        assertEquals(List.of(PENALTY), flaggedBy("行政处罚、行政强制处理决定数量均为0件。"));
        assertEquals(List.of(RESEARCH), flaggedBy("本年新收政府信息公开申请中，科研机构、社会公益组织的申请均为2件。"));
        assertEquals(List.of(COERCION), flaggedBy("行政处罚处理决定数量为4件，行政强制均为4件。"));
        assertEquals(List.of(), flaggedBy("本年新收政府信息公开申请中，自然人、商业企业的申请均为3件。"));
    }

    /** 均 names the cells as the sentence pairs its labels: each column with its own row, not every row with every column. */
    @Test
    void pairsJunLabelsAsTheSentenceDoes() {
        assertEquals(List.of(), flaggedBy("规章本年新制作数量、规范性文件本年新公开数量均为7件。"));
        assertEquals(List.of(NORMATIVE, RULES_MADE), flaggedBy("规章本年新制作数量、规范性文件本年新公开数量均为5件。"));
        assertEquals(List.of(NORMATIVE_MADE, RULES), flaggedBy("规章和规范性文件的本年新公开数量、本年新制作数量均为7件。"));
    }

    /** Rows listed with 均 and no column are given their total; a total of 0 is every count of the row at 0. */
    @Test
    void readsRowsGivenZeroWithJunAsZeroInEveryCount() {
        assertEquals(List.of(REVIEW_TOTAL, REVIEW_UPHELD), flaggedBy("本年度行政复议和行政诉讼均为0件。"));
        assertEquals(List.of(), flaggedBy("行政复议均为2件。"));
    }

    /** Issue 10: an average (平均, 人均, 年均, 日均, 月均, 均值) is no count of the cell; 自然人均 is 自然人 and 均. */
    @ParameterizedTest
    @ValueSource(strings = {"本年新收政府信息公开申请人均为2件。", "本年新收政府信息公开申请数量年均为3件。", "本年新收政府信息公开申请日均1件。",
            "本年新收政府信息公开申请数量月均为1件。", "本年新收政府信息公开申请数量均值为2件。", "行政处罚处理决定数量平均每月为1件。",
            "本年新收政府信息公开申请的平均数为2件。"})
    void readsAnAverageAsNoFigureOfTheCell(String sentence) {
        assertEquals(List.of(), flaggedBy(sentence), sentence);
    }

    @Test
    void readsZiranrenJunAsNaturalPersonsAndEach() {
        assertEquals(List.of(NATURAL), flaggedBy("本年新收政府信息公开申请中，自然人均为5件。"));
        assertEquals(List.of(), flaggedBy("本年新收政府信息公开申请中，自然人均为3件。"));
    }

    /** Issue 10: a change is compared with the sign the sentence gives it (减少3件 is -3); with none, by its size. */
    @ParameterizedTest
    @ValueSource(strings = {"行政许可本年减少3项。", "行政许可本年增/减为-3项。", "行政许可本年增/减：减少3项。", "行政许可本年减少数为3项。",
            "行政处罚本年增加2项。", "行政处罚本年增/减为+2项。", "行政处罚本年增加数为2项。"})
    void readsAChangeWithTheSignTheSentenceGivesIt(String sentence) {
        List<CanonicalKey> flagged = flaggedBy(sentence);
        assertEquals(1, flagged.size(), sentence);
        assertTrue(flagged.get(0).column().equals("change"), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"行政许可本年增加3项。", "行政许可本年增/减为3项。", "行政许可本年增/减为+3项。", "行政处罚本年减少2项。",
            "行政处罚本年增/减为-2项。", "行政处罚本年增/减为2项。", "行政处罚本年减少数为2项。"})
    void readsAChangeThatAgreesInSignOrGivesNoneAsAgreeing(String sentence) {
        assertEquals(List.of(), flaggedBy(sentence), sentence);
    }

    /** A 0 given for a count agrees with no other figure: 7 is no 0.0007 in another unit (only amounts have units). */
    @Test
    void readsZeroGivenForACountAsDisagreeingWithAnyOtherFigure() {
        assertEquals(List.of(Scope.cell(RULES)), mentions("说明：规章本年新公开数量应为0件。").stream().map(Finding::scope).toList());
    }
}
