package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.CHPX;
import org.apache.poi.hwpf.model.PAPX;
import org.apache.poi.hwpf.model.Colorref;
import org.apache.poi.hwpf.model.PropertyNode;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.sprm.CharacterSprmUncompressor;
import org.apache.poi.hwpf.sprm.SprmIterator;
import org.apache.poi.hwpf.sprm.SprmOperation;
import org.apache.poi.hwpf.usermodel.CharacterProperties;
import org.apache.poi.hwpf.usermodel.CharacterRun;

/**
 * The properties a binary Word run shows with, looked up where Word looks them up: its paragraph
 * style (through the styles it is based on), its character style ({@code sprmCIstd}) <em>through
 * the styles that one is based on</em>, then its own properties. HWPF applies a character style's
 * own properties only, not those it inherits ({@code basedOn}), so a note-mark style based on a
 * superscript style reads as plain text; this is the DOC counterpart of {@link WordStyles}. It also
 * gives the run's own shading ({@code sprmCShd}, {@code sprmCShd80}, directly or by its styles),
 * which HWPF keeps only in its Word 97 form, and its paragraph's ({@code sprmPShd}, which HWPF
 * reads from the wrong place).
 */
final class DocRunProperties {

    /** A run in a document without a style sheet: the properties HWPF gave it. */
    private static final int NO_STYLE = 0x0FFF;
    /** No style chain is longer than this; a longer one (or a loop) is cut there. */
    private static final int DEPTH = 20;
    private static final int SPRM_C_ISTD = 0x30;
    private static final int SPRM_C_SHD80 = 0x66;
    private static final int SPRM_C_SHD = 0x71;
    /** sprmCCharScale (0x4852): the run's character scaling in percent, which HWPF does not apply. */
    private static final int SPRM_C_CHAR_SCALE = 0x52;

    private static final int SPRM_P_SHD80 = 0x2D;
    private static final int SPRM_P_SHD = 0x4D;
    /** A style's paragraph properties start with its style index (2 bytes), then the sprms. */
    private static final int STYLE_PAPX_SPRMS = 2;

    private final StyleSheet styles;
    private final List<CHPX> runs;
    private final List<PAPX> paragraphs;

    private DocRunProperties(StyleSheet styles, List<CHPX> runs, List<PAPX> paragraphs) {
        this.styles = styles;
        this.runs = runs;
        this.paragraphs = paragraphs;
    }

    static DocRunProperties of(HWPFDocument doc) {
        return new DocRunProperties(doc.getStyleSheet(), doc.getCharacterTable().getTextRuns(),
                doc.getParagraphTable().getParagraphs());
    }

    /**
     * What a run shows with.
     *
     * @param ink its text colour as RGB, {@link DocShading#NONE} for automatic
     * @param highlight its highlight colour as RGB, {@link DocShading#NONE} for none
     * @param shading the colour its own shading paints behind it, {@link DocShading#NONE} for none
     * @param paragraphShading the colour its paragraph's shading ({@code sprmPShd}, {@code sprmPShd80},
     *        directly or by its style) paints, {@link DocShading#NONE} for none
     * @param scale its character scaling in percent (字符缩放, {@code sprmCCharScale}), 100 when none is set
     */
    record Props(boolean deleted, boolean struck, boolean doubleStruck, boolean vanished, int halfPoints,
                 boolean raised, boolean lowered, int ink, int highlight, int shading, int paragraphShading,
                 int scale) {
    }

    /**
     * The run's properties with its character style's bases applied. Each toggle is on when HWPF
     * or the style chain says so (HWPF's own reading is kept as it is; the chain only adds what it
     * leaves out).
     */
    Props of(CharacterRun run) {
        CHPX own = holding(runs, run.getStartOffset());
        byte[] direct = own == null ? new byte[0] : own.getGrpprl();
        List<Integer> chain = chain(istd(direct));
        StyleDescription paragraph = style(run.getStyleIndex());
        CharacterProperties chp = paragraph == null || paragraph.getCHP() == null ? new CharacterProperties()
                : paragraph.getCHP().copy();
        for (int i = chain.size() - 1; i >= 0; i--) {
            chp = CharacterSprmUncompressor.uncompressCHP(styles, chp, styles.getCHPX(chain.get(i)), 0);
        }
        chp = CharacterSprmUncompressor.uncompressCHP(styles, chp, direct, 0);
        int shading = shading(sprms(direct, 0), SprmOperation.TYPE_CHP, SPRM_C_SHD, SPRM_C_SHD80);
        List<Integer> inherited = new ArrayList<>(chain);
        inherited.addAll(chain(run.getStyleIndex()));
        for (int i = 0; i < inherited.size() && shading == DocShading.NONE; i++) {
            shading = shading(sprms(styles.getCHPX(inherited.get(i)), 0), SprmOperation.TYPE_CHP, SPRM_C_SHD, SPRM_C_SHD80);
        }
        int scale = charScale(sprms(direct, 0));
        for (int i = 0; i < inherited.size() && scale == 0; i++) {
            scale = charScale(sprms(styles.getCHPX(inherited.get(i)), 0));
        }
        int halfPoints = own == null ? run.getFontSize() : chp.getHps();
        boolean raised = run.getSubSuperScriptIndex() == 1 || run.getVerticalOffset() > 0
                || own != null && (chp.getIss() == 1 || chp.getHpsPos() > 0);
        boolean lowered = run.getSubSuperScriptIndex() == 2 || run.getVerticalOffset() < 0
                || own != null && (chp.getIss() == 2 || chp.getHpsPos() < 0);
        int highlight = !run.isHighlighted() && !chp.isFHighlight() ? DocShading.NONE
                : DocShading.ico(own == null ? run.getHighlightedColor() : chp.getIcoHighlight());
        return new Props(run.isMarkedDeleted() || chp.isFRMarkDel(), run.isStrikeThrough() || chp.isFStrike(),
                run.isDoubleStrikeThrough() || chp.isFDStrike(), run.isVanished() || chp.isFVanish(), halfPoints,
                raised && !lowered, lowered && !raised, own == null ? ink(run) : ink(chp), highlight, shading,
                paragraphShading(run), scale == 0 ? 100 : scale);
    }

    /** The character scaling a property list sets ({@code sprmCCharScale}, percent); 0 when it sets none. */
    private static int charScale(List<SprmOperation> ops) {
        int scale = 0;
        for (SprmOperation op : ops) {
            if (op.getType() == SprmOperation.TYPE_CHP && op.getOperation() == SPRM_C_CHAR_SCALE) {
                scale = op.getOperand();
            }
        }
        return scale;
    }

    /** The colour the run's paragraph is shaded with: its own shading, else its style's (through basedOn). */
    private int paragraphShading(CharacterRun run) {
        PAPX own = holding(paragraphs, run.getStartOffset());
        int shading = own == null ? DocShading.NONE
                : shading(sprms(own.getSprmBuf().iterator()), SprmOperation.TYPE_PAP, SPRM_P_SHD, SPRM_P_SHD80);
        for (int s : chain(run.getStyleIndex())) {
            if (shading != DocShading.NONE) {
                break;
            }
            byte[] papx = styles.getPAPX(s);
            shading = papx.length <= STYLE_PAPX_SPRMS ? DocShading.NONE
                    : shading(sprms(papx, STYLE_PAPX_SPRMS), SprmOperation.TYPE_PAP, SPRM_P_SHD, SPRM_P_SHD80);
        }
        return shading;
    }

    /** The text colour ({@code cv}, else {@code ico}) as RGB; {@link DocShading#NONE} for automatic. */
    private static int ink(CharacterProperties chp) {
        Colorref cv = chp.getCv();
        if (cv != null && !cv.isEmpty()) {
            int bgr = cv.getValue(); // COLORREF order: 0x00BBGGRR, fAuto in the top byte
            return (bgr >>> 24) == 0xFF ? DocShading.NONE : (bgr & 0xFF) << 16 | (bgr & 0xFF00) | (bgr >> 16 & 0xFF);
        }
        return DocShading.ico(chp.getIco());
    }

    /** The text colour as HWPF gives it, for a run whose properties could not be looked up. */
    private static int ink(CharacterRun run) {
        int bgr = run.getIco24();
        return bgr == -1 ? DocShading.NONE : (bgr & 0xFF) << 16 | (bgr & 0xFF00) | (bgr >> 16 & 0xFF);
    }

    /** The style and the styles it is based on, nearest first. */
    private List<Integer> chain(int istd) {
        List<Integer> chain = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int id = istd;
        while (id >= 0 && id != NO_STYLE && chain.size() < DEPTH && seen.add(id) && style(id) != null) {
            chain.add(id);
            id = style(id).getBaseStyle();
        }
        return chain;
    }

    private StyleDescription style(int istd) {
        return istd >= 0 && istd < styles.numStyles() ? styles.getStyleDescription(istd) : null;
    }

    /** The character style a run's own properties name ({@code sprmCIstd}); -1 for none. */
    private static int istd(byte[] grpprl) {
        int istd = -1;
        for (SprmOperation op : sprms(grpprl, 0)) {
            if (op.getType() == SprmOperation.TYPE_CHP && op.getOperation() == SPRM_C_ISTD) {
                istd = op.getOperand();
            }
        }
        return istd;
    }

    /**
     * The colour a shading paints, from a property list ({@link DocShading#NONE} when it states none):
     * the {@code Shd} operation ({@code sprmCShd}, {@code sprmPShd}) wins over the older {@code Shd80}
     * one, which Word and LibreOffice write beside it.
     */
    static int shading(List<SprmOperation> ops, int type, int shdOperation, int shd80Operation) {
        int shd80 = DocShading.NONE;
        int shd = DocShading.NONE;
        try {
            for (SprmOperation op : ops) {
                if (op.getType() != type) {
                    continue;
                }
                byte[] g = op.getGrpprl();
                int at = op.getGrpprlOffset();
                if (op.getOperation() == shdOperation) {
                    shd = (g[at - 1] & 0xFF) == 10 ? DocShading.shd(g, at) : DocShading.UNKNOWN;
                } else if (op.getOperation() == shd80Operation) {
                    shd80 = DocShading.shd80((g[at] & 0xFF) | (g[at + 1] & 0xFF) << 8);
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return DocShading.UNKNOWN; // cut short: what it paints cannot be told
        }
        return shd != DocShading.NONE ? shd : shd80;
    }

    private static List<SprmOperation> sprms(byte[] grpprl, int offset) {
        return grpprl == null ? List.of() : sprms(new SprmIterator(grpprl, offset));
    }

    private static List<SprmOperation> sprms(SprmIterator it) {
        List<SprmOperation> ops = new ArrayList<>();
        while (it.hasNext()) {
            ops.add(it.next());
        }
        return ops;
    }

    /**
     * The node of {@code nodes} (sorted, not overlapping: HWPF's character or paragraph property
     * runs) holding character position {@code cp}; null when none does.
     */
    static <T extends PropertyNode<T>> T holding(List<T> nodes, int cp) {
        int lo = 0;
        int hi = nodes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            T node = nodes.get(mid);
            if (node.getEnd() <= cp) {
                lo = mid + 1;
            } else if (node.getStart() > cp) {
                hi = mid - 1;
            } else {
                return node;
            }
        }
        return null;
    }
}
