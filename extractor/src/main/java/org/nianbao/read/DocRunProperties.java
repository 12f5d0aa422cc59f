package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.CHPX;
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
 * which HWPF keeps only in its Word 97 form.
 */
final class DocRunProperties {

    /** A run in a document without a style sheet: the properties HWPF gave it. */
    private static final int NO_STYLE = 0x0FFF;
    /** No style chain is longer than this; a longer one (or a loop) is cut there. */
    private static final int DEPTH = 20;
    private static final int SPRM_C_ISTD = 0x30;
    private static final int SPRM_C_SHD80 = 0x66;
    private static final int SPRM_C_SHD = 0x71;

    private final StyleSheet styles;
    private final List<CHPX> runs;

    private DocRunProperties(StyleSheet styles, List<CHPX> runs) {
        this.styles = styles;
        this.runs = runs;
    }

    static DocRunProperties of(HWPFDocument doc) {
        return new DocRunProperties(doc.getStyleSheet(), doc.getCharacterTable().getTextRuns());
    }

    /**
     * What a run shows with.
     *
     * @param ink its text colour as RGB, {@link DocShading#NONE} for automatic
     * @param highlight its highlight colour as RGB, {@link DocShading#NONE} for none
     * @param shading the colour its own shading paints behind it, {@link DocShading#NONE} for none
     */
    record Props(boolean deleted, boolean struck, boolean doubleStruck, boolean vanished, int halfPoints,
                 boolean raised, boolean lowered, int ink, int highlight, int shading) {
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
        int shading = shading(direct);
        List<Integer> inherited = new ArrayList<>(chain);
        inherited.addAll(chain(run.getStyleIndex()));
        for (int i = 0; i < inherited.size() && shading == DocShading.NONE; i++) {
            shading = shading(styles.getCHPX(inherited.get(i)));
        }
        int halfPoints = own == null ? run.getFontSize() : chp.getHps();
        boolean raised = run.getSubSuperScriptIndex() == 1 || run.getVerticalOffset() > 0
                || own != null && (chp.getIss() == 1 || chp.getHpsPos() > 0);
        boolean lowered = run.getSubSuperScriptIndex() == 2 || run.getVerticalOffset() < 0
                || own != null && (chp.getIss() == 2 || chp.getHpsPos() < 0);
        return new Props(run.isMarkedDeleted() || chp.isFRMarkDel(), run.isStrikeThrough() || chp.isFStrike(),
                run.isDoubleStrikeThrough() || chp.isFDStrike(), run.isVanished() || chp.isFVanish(), halfPoints,
                raised && !lowered, lowered && !raised, own == null ? ink(run) : ink(chp),
                (run.isHighlighted() || chp.isFHighlight()) ? DocShading.ico(own == null ? run.getHighlightedColor()
                        : chp.getIcoHighlight()) : DocShading.NONE, shading);
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
        for (SprmOperation op : sprms(grpprl)) {
            if (op.getType() == SprmOperation.TYPE_CHP && op.getOperation() == SPRM_C_ISTD) {
                istd = op.getOperand();
            }
        }
        return istd;
    }

    /**
     * The colour a run's shading paints behind it, from a property list ({@link DocShading#NONE}
     * when it states none): {@code sprmCShd} (a {@code Shd}) wins over the older {@code sprmCShd80},
     * which Word and LibreOffice write beside it.
     */
    static int shading(byte[] grpprl) {
        int shd80 = DocShading.NONE;
        int shd = DocShading.NONE;
        try {
            for (SprmOperation op : sprms(grpprl)) {
                if (op.getType() != SprmOperation.TYPE_CHP) {
                    continue;
                }
                byte[] g = op.getGrpprl();
                int at = op.getGrpprlOffset();
                if (op.getOperation() == SPRM_C_SHD) {
                    shd = (g[at - 1] & 0xFF) == 10 ? DocShading.shd(g, at) : DocShading.UNKNOWN;
                } else if (op.getOperation() == SPRM_C_SHD80) {
                    shd80 = DocShading.shd80((g[at] & 0xFF) | (g[at + 1] & 0xFF) << 8);
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return DocShading.UNKNOWN; // cut short: what it paints cannot be told
        }
        return shd != DocShading.NONE ? shd : shd80;
    }

    private static List<SprmOperation> sprms(byte[] grpprl) {
        List<SprmOperation> ops = new ArrayList<>();
        if (grpprl == null) {
            return ops;
        }
        SprmIterator it = new SprmIterator(grpprl, 0);
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
