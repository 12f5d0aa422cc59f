package org.nianbao.ocr;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Location;
import org.nianbao.model.OcrRecheck;
import org.nianbao.read.pdf.PageOcr;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.reconstruct.pdf.Glyph;
import org.nianbao.reconstruct.pdf.PageLayout;
import org.nianbao.reconstruct.pdf.PageReconstructor;
import org.nianbao.reconstruct.pdf.PageTable;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * OCR of a scanned page with RapidOCR (PaddleOCR PP-OCRv3 on ONNX Runtime): the page is
 * straightened, its ruling lines found in the pixels, its text boxes read by the engine and
 * turned into glyphs in page points, and the page rebuilt by the same reconstructors as a
 * text-layer page. Cells of a ruled table left empty are read a second time from an enlarged crop.
 * Every location is marked as read by OCR, with the engine's confidence.
 *
 * <p>Found by {@link java.util.ServiceLoader} as the {@link PageOcr} seam. The engine runs in a
 * child process ({@link EngineProcess}), started on the first scanned page; pages are read one at
 * a time, each within a time limit.
 */
public final class RapidPageOcr implements PageOcr {

    /** Settings found to work on these forms: the detector sees up to 2000 px, keeps boxes scoring 0.3. */
    private static final EngineProcess.Settings PAGE = new EngineProcess.Settings(2000, 0.3f, 50);
    /** Empty cells are read again enlarged this much, with this much white around them (pixels). */
    private static final int ENLARGE = 2;
    private static final int PAD = 12;
    private static final int CELLS_PER_MOSAIC = 40;
    /** Ink OCR did not read is read once more cropped this close (pixels), enlarged this much, with this much white around. */
    private static final int DIGIT_MARGIN = 3;
    /** A ruling line painted out this near (points) a cell's side is that side. */
    private static final float SIDE_PAINTED = 3f;
    private static final int DIGIT_ENLARGE = 3;
    private static final int DIGIT_PAD = 24;
    /** ... set this many times side by side in a line: the recogniser reads a lone small digit as nothing, {@code 444} right. */
    private static final int DIGIT_COPIES = 3;
    /** The gap set between a label and the number the engine read in its box (characters). */
    private static final double LABEL_GAP = 0.5;
    /** A reading of this many characters at most, none a digit, may be a number read as other characters ({@code #} for 7). */
    private static final int MISREAD_CHARS = 3;
    /**
     * Two boxes whose middles stand apart by at most this share of the taller one's height are on one
     * line; by at least {@link #NEXT_LINE}, on lines of their own.
     */
    private static final float SAME_LINE = 0.25f;
    private static final float NEXT_LINE = 0.8f;
    /** Pieces of digits with spaces or line breaks between them: one number the engine or a narrow cell split. */
    private static final Pattern SPLIT_DIGITS = Pattern.compile("[0-9０-９]+(?:\\s+[0-9０-９]+)+");
    private static final ValueParser PARSER = new ValueParser();
    /** Lines of text that judge how a page lies. */
    private static final int PROBE_LINES = 16;
    /** A cell with less ink than this share of its area is empty paper, not text OCR missed. */
    private static final double EMPTY_INK = 0.004;
    /**
     * A lone o off the ruled cells is looked at for a ring in its box widened this far (points) left and
     * right ({@link #ringRegion}): the engine's box may stand tight on the glyph.
     */
    private static final float RING_MARGIN = 3f;
    /** How far in from a cell's top and foot {@link CellInk} looks (points). */
    private static final float RING_INSET = 2f;
    /** Ruling lines are painted out this far (points) either side of their middle before the engine reads the page. */
    private static final float ERASE = 1.2f;

    private final PageReconstructor reconstructor = new PageReconstructor(PARSER::isValue);
    private final Duration pageLimit;
    /** Where each page's costs are appended ({@link PageCost}), when {@code -Dnianbao.ocr.costs=FILE} is set. */
    private final Optional<Path> costFile;
    private final AtomicInteger imagesRead = new AtomicInteger();
    private final Object startLock = new Object();
    private EngineProcess engine;
    private Path work;
    private String unavailable = "";

    /**
     * With the time limit per page of {@code -Dnianbao.ocr.pageSeconds} (default 300 s; decimals
     * allowed), counted in the engine's CPU time ({@link PageBudget}).
     */
    public RapidPageOcr() {
        this(pageLimit(System.getProperty("nianbao.ocr.pageSeconds", "")));
    }

    /** The limit the property gives, in seconds; 300 s when it is unset or not a positive number. */
    static Duration pageLimit(String seconds) {
        try {
            double s = Double.parseDouble(seconds.strip());
            if (s > 0 && s < 1e9) {
                return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
            }
        } catch (NumberFormatException e) {
            // unset or not a number: the default below
        }
        return Duration.ofSeconds(300);
    }

    RapidPageOcr(Duration pageLimit) {
        this.pageLimit = pageLimit;
        String costs = System.getProperty("nianbao.ocr.costs", "").strip();
        this.costFile = costs.isEmpty() ? Optional.empty() : Optional.of(Path.of(costs));
    }

    /**
     * Appends a page's costs to the cost file, each line prefixed with this process's id; a file that
     * cannot be written costs the page nothing (the costs are a measurement, not an output).
     */
    private static void appendQuietly(Path file, String lines) {
        String pid = String.valueOf(ProcessHandle.current().pid());
        String prefixed = lines.lines().map(l -> pid + "\t" + l + "\n").reduce("", String::concat);
        try {
            Files.writeString(file, prefixed, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException ex) {
            // see above
        }
    }

    @Override
    public OcrPage read(PageImage image) {
        EngineProcess e = engine();
        if (e == null) {
            return OcrPage.failed(unavailable);
        }
        float ppp = image.pointsPerPixel();
        PageCost sheet = new PageCost();
        sheet.stage("grey, paper, two-up");
        List<TwoUp.Side> sides = TwoUp.sides(PaperLevel.evened(Halftone.descreened(GrayPage.of(image.pixels()), ppp)),
                ppp);
        List<PageTable> tables = new ArrayList<>();
        List<TextLine> text = new ArrayList<>();
        // the cost file names a page by the images this process read before it (documents are not named here)
        String page = imagesRead.incrementAndGet() + ":" + image.page();
        StringBuilder costs = new StringBuilder(sheet.lines(page));
        try {
            // one page at a time per engine; a page's time limit runs from when it has the engine
            synchronized (e) {
                for (TwoUp.Side side : sides) {
                    // each page of a sheet of two is read as a page, its locations moved to where it stands on the sheet
                    float dx = side.x() * ppp;
                    UnaryOperator<Location.PageBox> onSheet = b -> b.moved(dx, 0);
                    PageBudget budget = new PageBudget(pageLimit);
                    OcrPage read = read(image.page(), side.page(), ppp, e, budget);
                    costs.append(budget.cost().lines(page + (sides.size() > 1 ? "/" + side.x() : "")));
                    if (read.failed()) {
                        return read;
                    }
                    read.tables().forEach(t -> tables.add(dx == 0 ? t : relocated(t, onSheet)));
                    read.text().forEach(l -> text.add(dx == 0 ? l : new TextLine(l.text(), relocated(l.where(), onSheet))));
                }
            }
            return new OcrPage(tables, text, "");
        } finally {
            costFile.ifPresent(f -> appendQuietly(f, costs.toString()));
        }
    }

    /** One page of the scan (the scan itself, or one of a sheet's two), within the page's time limit. */
    private OcrPage read(int pageNumber, GrayPage scan, float ppp, EngineProcess e, PageBudget budget) {
        PageCost cost = budget.cost();
        cost.stage("straighten, ruling lines");
        Straightened page = Straightened.of(scan, ppp);
        try {
            cost.stage("page read");
            List<TextBox> found = readAll(page, ppp, e, PAGE, budget);
            List<TextBox> boxes = withText(found);
            cost.stage("orientation");
            Orientation lies = lies(page, boxes, ppp, e, budget);
            if (lies != Orientation.UPRIGHT) {
                page = Straightened.of(lies.upright(scan), ppp);
                found = readAll(page, ppp, e, PAGE, budget);
                boxes = withText(found);
            }
            cost.stage("lattice, rebuild");
            // a page whose ruling lines came out in pieces (a fax) has its lattice inferred from them and the text
            List<Ruling> rulings = BrokenLattice.mended(page.gray(), ppp, page.rulings(), boxes);
            List<TextColumns.Band> inferred = List.of();
            if (rulings != page.rulings()) {
                // a row of figures whose column borders the fax lost whole gets them from where its text starts
                inferred = TextColumns.inferred(rulings, boxes);
                List<Ruling> all = new ArrayList<>(rulings);
                inferred.forEach(b -> all.addAll(b.rulings()));
                page = new Straightened(page.gray(), page.ink(), page.faint(), all, page.painted());
                // an inferred border cuts no box back: it stands where the text says, and a box read over two
                // cells (105 for 10 and 5) is parted by its characters' places
                boxes = BrokenLattice.clipped(boxes, rulings);
            }
            cost.stage("unread boxes");
            List<ReadAgain> readAgain = new ArrayList<>(readAgain(UnreadBoxes.offLattice(found, page.rulings()), page,
                    ppp, e, budget));
            readAgain.addAll(zerosReadAsO(boxes, page.rulings(), page.ink(), page.gray().width, ppp));
            boxes = withReadAgain(boxes, readAgain);
            // on a borderless table a label's box may run into the number after it or over the next label
            boxes = LabelBeforeNumber.cutBack(NumberedItemInBox.parted(boxes, page.rulings(), page.ink(),
                    page.gray().width, ppp), page.rulings());
            cost.stage("lattice, rebuild");
            PageReconstructor.PageContent content = reconstructor.reconstruct(new PageLayout(pageNumber,
                    page.gray().width * ppp, page.gray().height * ppp, glyphs(boxes), page.rulings()));
            float scanWidth = scan.width * ppp;
            float scanHeight = scan.height * ppp;
            UnaryOperator<Location.PageBox> onScan = b -> lies.onScan(b, scanWidth, scanHeight);
            List<PageTable> tables = new ArrayList<>();
            for (PageTable t : content.tables()) {
                cost.stage("read again");
                PageTable read = recheck(t, boxes, page, ppp, e, budget);
                cost.stage("empty cells");
                read = secondPass(read, page, ppp, e, budget);
                cost.stage("ink read");
                read = digitsPass(read, page, ppp, e, budget);
                cost.stage("marks, strokes");
                read = inferredNoted(struck(doubtedAgain(marked(read, boxes, page, ppp), readAgain), page, ppp),
                        inferred);
                cost.stage("lattice, rebuild");
                tables.add(lies == Orientation.UPRIGHT ? read : relocated(read, onScan));
            }
            List<TextLine> text = new ArrayList<>();
            for (TextLine l : content.text()) {
                Location where = ocr(l.where(), boxes);
                text.add(new TextLine(l.text(), lies == Orientation.UPRIGHT ? where : relocated(where, onScan)));
            }
            return new OcrPage(tables, text, "");
        } catch (EngineProcess.EngineException ex) {
            return OcrPage.failed(ex.getMessage());
        } catch (IOException ex) {
            return OcrPage.failed("the page image could not be written for OCR: " + ex.getMessage());
        }
    }

    /**
     * The table with each cell of a band whose column borders were inferred from the text
     * ({@link TextColumns}) noted so: its column is an assumption the identities must confirm.
     */
    private static PageTable inferredNoted(PageTable t, List<TextColumns.Band> bands) {
        if (bands.isEmpty()) {
            return t;
        }
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : t.rows()) {
            rows.add(row.stream().map(c -> !c.spanned() && c.where() instanceof Location.PageBox b
                    && bands.stream().anyMatch(band -> band.holds((b.x0() + b.x1()) / 2, (b.y0() + b.y1()) / 2))
                    ? c.noted(CellNote.inferred("the table's column borders were not on the page (a fax lost them); "
                            + "they were inferred from where the figures and the header's words start"))
                    : c).toList());
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    /**
     * How the page lies on the scan: upright when its first reading reads the form's words
     * ({@link Orientation#readsUpright}); else its longest lines of text, cropped as they lie and
     * stacked into one small image, are read with the engine's angle classifier, and vote
     * ({@link Orientation#vote}).
     */
    private Orientation lies(Straightened page, List<TextBox> boxes, float ppp, EngineProcess e, PageBudget budget)
            throws IOException, EngineProcess.EngineException {
        if (Orientation.readsUpright(boxes)) {
            return Orientation.UPRIGHT;
        }
        List<GrayPage> lines = boxes.stream().filter(b -> b.length() >= 2)
                .sorted(Comparator.comparingInt(TextBox::length).reversed()).limit(PROBE_LINES)
                .map(b -> page.gray().crop(Math.round(b.x0() / ppp) - 2, Math.round(b.y0() / ppp) - 2,
                        Math.round(b.x1() / ppp) + 2, Math.round(b.y1() / ppp) + 2)).toList();
        if (lines.isEmpty()) {
            return Orientation.UPRIGHT;
        }
        Mosaic mosaic = Mosaic.of(lines, PAD, 1);
        Path png = Files.createTempFile(work, "lines-", ".png");
        try {
            ImageIO.write(mosaic.image(), "png", png.toFile());
            int side = Math.max(mosaic.image().getWidth(), mosaic.image().getHeight());
            return Orientation.vote(e.read(png, new EngineProcess.Settings(side, PAGE.boxScore(), 0, true),
                    budget));
        } finally {
            deleteQuietly(png);
        }
    }

    /**
     * A page straightened (and squared, if photographed at a slant), with its ink (at Otsu's threshold),
     * its faint ink ({@link GrayPage#faintInk}), its ruling lines (points) and those of them found on
     * the page, which its reading did not see ({@link GrayPage#withoutLines}; a lattice inferred
     * for a fax's broken lines adds lines the reading saw the pieces of).
     */
    private record Straightened(GrayPage gray, boolean[] ink, boolean[] faint, List<Ruling> rulings,
                                List<Ruling> painted) {

        static Straightened of(GrayPage page, float ppp) {
            GrayPage straight = Keystone.square(Deskew.straighten(page, Deskew.angle(page)));
            List<Ruling> found = RulingFinder.find(straight, ppp);
            return new Straightened(straight, straight.ink(straight.inkThreshold()), straight.faintInk(), found, found);
        }

        /**
         * Whether a piece of a ruling line the page's reading saw stands before the figures of the
         * cell: no line painted out for the reading runs at its left side there, and its ink shows
         * one ({@link CellInk#ruleBeforeFigures}).
         */
        boolean ruleBeforeFigures(Location.PageBox b, float ppp) {
            float middle = (b.y0() + b.y1()) / 2;
            return painted.stream().noneMatch(r -> r.vertical() && Math.abs(r.x0() - b.x0()) <= SIDE_PAINTED
                    && r.y0() <= middle && r.y1() >= middle) && CellInk.ruleBeforeFigures(b, ink, gray.width, ppp);
        }
    }

    /**
     * The boxes of the page, in points, the engine reading it with its ruling lines painted out; those
     * it read nothing in too.
     */
    private List<TextBox> readAll(Straightened page, float ppp, EngineProcess e, EngineProcess.Settings settings,
                                  PageBudget budget) throws IOException, EngineProcess.EngineException {
        Path png = Files.createTempFile(work, "page-", ".png");
        try {
            // the engine reads a border beside a number as part of it (37 read as 137): it sees no borders
            ImageIO.write(page.gray().withoutLines(page.rulings(), ppp, ERASE).toImage(), "png", png.toFile());
            List<TextBox> boxes = new ArrayList<>();
            for (TextBox b : e.read(png, settings, budget)) {
                boxes.add(b.scaled(ppp));
            }
            return boxes;
        } finally {
            deleteQuietly(png);
        }
    }

    /** The boxes the engine read text in. */
    private static List<TextBox> withText(List<TextBox> boxes) {
        return boxes.stream().filter(b -> !b.text().isBlank()).toList();
    }

    /**
     * A box off the ruled cells read otherwise than the page's reading read it: from its ink
     * ({@link UnreadBoxes}), where the page read nothing or a few characters in a number's place and the
     * ink read one number three times over; or a lone letter o read as the 0 it stands for
     * ({@link #zerosReadAsO}). {@code doubt} is how the box came to read as it does, named among the
     * cell's readings where the page read something else.
     */
    record ReadAgain(TextBox box, String onPage, String doubt) {

        /** The box's ink read {@link #DIGIT_COPIES} times over as {@code box}'s text; the page read {@code onPage}. */
        ReadAgain(TextBox box, String onPage) {
            this(box, onPage, said(box.text()) + " in its ink read " + DIGIT_COPIES + " times over");
        }

        /** Whether the page read something else there: the value is then believed only where an identity holds. */
        boolean differs() {
            return !onPage.isBlank();
        }
    }

    /**
     * The page's boxes off the ruled cells that read a lone {@code o} or {@code O} and whose ink is a ring
     * ({@link CellInk#loneRing}), each read as the 0 it stands for on a borderless table, in doubt: its
     * location names what the engine read, so the 0 is believed only where an identity it is part of
     * holds, as a ruled cell's is ({@link #ringRead}). With no cell's borders around the box, its ink is
     * looked at in the box widened ({@link #ringRegion}: the engine's box may stand tight on the glyph; what
     * the widening takes of a neighbour beside it reaches the side looked at and is left out; a
     * neighbour above or below leaves the o no lone mark, and it stays as read, flagged). A lone o whose
     * ink is no ring (a halftoned blank's dots, a speck, a letter) stays as read, unreadable: a blank
     * taken for a 0 passes every identity (blank counts as 0 in a sum). (Before the session of 3 Dec 09:19,
     * ocr4, every lone o was a 0 with no doubt; from then until the session of 3 Dec 12:33, ocr5, one off
     * the ruled cells was a 0 in doubt without its ink looked at.) A box in a ruled cell is left as read:
     * its cell's ink decides ({@link #ringRead}).
     */
    static List<ReadAgain> zerosReadAsO(List<TextBox> boxes, List<Ruling> rulings, boolean[] ink, int width,
                                        float ppp) {
        return boxes.stream().filter(b -> letterO(b.text()) && OffLattice.of(b, rulings)
                        && CellInk.toSides(ringRegion(b), ink, width, ppp).loneRing())
                .map(b -> new ReadAgain(new TextBox("0", b.x0(), b.y0(), b.x1(), b.y1(), b.score(), b.charScore(),
                        b.angle()), b.text().strip(), "a 0 read as the letter o"))
                .toList();
    }

    /**
     * Where a lone o off the ruled cells is looked at for a ring: its box widened {@link #RING_MARGIN} left
     * and right, and above and below by as much as {@link CellInk} looks in from a cell's top and foot
     * (2 pt) and a quarter of the box's height more, so that a glyph the box stands tight on is under 0.8
     * of the height looked at (what runs along most of a cell is taken for a border's remains).
     */
    private static Location.PageBox ringRegion(TextBox b) {
        float dy = RING_INSET + (b.y1() - b.y0()) / 4;
        return new Location.PageBox(1, b.x0() - RING_MARGIN, b.y0() - dy, b.x1() + RING_MARGIN, b.y1() + dy);
    }

    /** A lone letter o or O: what the recogniser reads for a 0 standing alone, and at times for a halftone's dots. */
    static boolean letterO(String text) {
        return text.strip().matches("[oO]");
    }

    /**
     * The boxes off the ruled cells that the page's reading read nothing in, or a few characters in
     * a number's place ({@code #} for 7), read again as a ruled cell's ink is ({@link #digitsPass}):
     * each box's ink, 3 px around it, set {@link #DIGIT_COPIES} times side by side, enlarged and read.
     * A box is kept only when every copy reads one number alike ({@code 777}); else it stays as the
     * page read it.
     */
    private List<ReadAgain> readAgain(List<TextBox> unread, Straightened page, float ppp, EngineProcess e,
                                      PageBudget budget) throws EngineProcess.EngineException, IOException {
        List<GrayPage> lines = new ArrayList<>();
        List<TextBox> inked = new ArrayList<>();
        for (TextBox b : unread) {
            // cropped to its ink, as a cell's is: copies set wider apart are read as boxes of their own, each as nothing
            int[] k = UnreadBoxes.inkBounds(b, page.ink(), page.gray().width, ppp);
            if (k.length > 0) {
                GrayPage crop = page.gray().crop(k[0] - DIGIT_MARGIN, k[1] - DIGIT_MARGIN, k[2] + DIGIT_MARGIN,
                        k[3] + DIGIT_MARGIN);
                lines.add(crop.repeated(DIGIT_COPIES, Math.max(2, crop.height / 4)));
                inked.add(b);
            }
        }
        if (inked.isEmpty()) {
            return List.of();
        }
        List<List<TextBox>> read = readEach(lines, DIGIT_PAD, DIGIT_ENLARGE, e, budget);
        List<ReadAgain> out = new ArrayList<>();
        for (int i = 0; i < inked.size(); i++) {
            String once = once(text(read.get(i)).replaceAll("\\s", ""), DIGIT_COPIES);
            if (hasDigit(once) && PARSER.isValue(once)) {
                TextBox b = inked.get(i);
                out.add(new ReadAgain(new TextBox(once, b.x0(), b.y0(), b.x1(), b.y1(), b.score(), lowest(read.get(i)),
                        b.angle()), b.text().strip()));
            }
        }
        return out;
    }

    /** The page's boxes with those read again in place of the page's reading of them (none, or {@code #}). */
    private static List<TextBox> withReadAgain(List<TextBox> boxes, List<ReadAgain> again) {
        if (again.isEmpty()) {
            return boxes;
        }
        List<TextBox> out = new ArrayList<>();
        for (TextBox b : boxes) {
            if (again.stream().noneMatch(a -> a.box().x0() == b.x0() && a.box().y0() == b.y0()
                    && a.box().x1() == b.x1() && a.box().y1() == b.y1())) {
                out.add(b);
            }
        }
        again.forEach(a -> out.add(a.box()));
        return out;
    }

    /**
     * The table with each cell holding a box the page read otherwise ({@code #}) and its ink read as a
     * number named so ({@link OcrRecheck.Differed}): believed only where an identity it is part of holds.
     */
    static PageTable doubtedAgain(PageTable t, List<ReadAgain> again) {
        List<ReadAgain> differing = again.stream().filter(ReadAgain::differs).toList();
        if (differing.isEmpty()) {
            return t;
        }
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : t.rows()) {
            List<GridCell> out = new ArrayList<>();
            for (GridCell c : row) {
                Optional<ReadAgain> mine = c.spanned() || !(c.where() instanceof Location.PageBox b) ? Optional.empty()
                        : differing.stream().filter(a -> b.x0() <= a.box().centerX() && a.box().centerX() <= b.x1()
                        && b.y0() <= a.box().centerY() && a.box().centerY() <= b.y1()).findFirst();
                out.add(mine.map(a -> new GridCell(c.text(), doubted(c.where(), a.onPage(), a.doubt()), c.spanned(),
                        c.notes())).orElse(c));
            }
            rows.add(out);
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    /**
     * The table with its cells' locations moved (onto the scan as it lies, or onto the sheet a page
     * shares with another). Its rows' positions (top, bottom, columns) stay the upright page's:
     * tables are stitched across pages in reading order.
     */
    private static PageTable relocated(PageTable t, UnaryOperator<Location.PageBox> move) {
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : t.rows()) {
            rows.add(row.stream().map(c -> new GridCell(c.text(), relocated(c.where(), move), c.spanned(), c.notes()))
                    .toList());
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    private static Location relocated(Location where, UnaryOperator<Location.PageBox> move) {
        return where instanceof Location.PageBox b ? move.apply(b) : where;
    }

    private EngineProcess engine() {
        synchronized (startLock) {
            if (engine == null && unavailable.isEmpty()) {
                try {
                    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
                    NativeFiles files = NativeFiles.unpack(tmp);
                    work = Files.createTempDirectory(tmp, "nianbao-ocr-work-");
                    work.toFile().deleteOnExit();
                    engine = new EngineProcess(files, Math.max(1, Math.min(4, Runtime.getRuntime()
                            .availableProcessors())), work);
                } catch (IOException | RuntimeException ex) {
                    unavailable = "the OCR engine is not available: " + ex.getMessage();
                }
            }
            return engine;
        }
    }

    /**
     * Each box's characters spread evenly over its width: the reconstructors place glyphs by their
     * centres. A box that ends in a number after text (a borderless table's label and its first value
     * sit so close that the engine reads them as one box) is laid out with full-width characters twice
     * as wide as the others and the number half a character apart, so that it stands as a cell of
     * its own and is not glued to the label.
     */
    static List<Glyph> glyphs(List<TextBox> boxes) {
        List<Glyph> out = new ArrayList<>();
        for (TextBox b : boxes) {
            int[] cps = b.text().codePoints().toArray();
            int number = trailingNumber(cps);
            double[] widths = new double[cps.length];
            double units = number > 0 ? LABEL_GAP : 0;
            for (int i = 0; i < cps.length; i++) {
                widths[i] = number < 0 || Character.UnicodeBlock.of(cps[i]) != Character.UnicodeBlock.BASIC_LATIN ? 1 : 0.5;
                units += widths[i];
            }
            double unit = (b.x1() - b.x0()) / units;
            float size = Math.max(1f, (b.y1() - b.y0()) * 0.8f);
            double x = b.x0();
            for (int i = 0; i < cps.length; i++) {
                x += i == number ? LABEL_GAP * unit : 0;
                out.add(Glyph.upright(new String(cps, i, 1), (float) x, b.y1(), (float) (widths[i] * unit), size));
                x += widths[i] * unit;
            }
        }
        return out;
    }

    /**
     * Where a number ending the text starts (digits with separators, a sign before them), when text
     * other than digits, ASCII letters and spaces stands before it (a label: CJK, brackets); else -1.
     */
    static int trailingNumber(int[] cps) {
        int i = cps.length;
        boolean digit = false;
        while (i > 0 && (Character.isDigit(cps[i - 1]) || cps[i - 1] == '.' || cps[i - 1] == ',')) {
            digit |= Character.isDigit(cps[i - 1]);
            i--;
        }
        if (!digit) {
            return -1;
        }
        int start = i > 0 && (cps[i - 1] == '+' || cps[i - 1] == '-') ? i - 1 : i;
        int before = start;
        while (before > 0 && Character.isWhitespace(cps[before - 1])) {
            before--;
        }
        if (before == 0) {
            return -1; // the box is a number
        }
        int c = cps[before - 1];
        return c < 0x80 && Character.isLetterOrDigit(c) ? -1 : start; // "12 34" is one unreadable box, not a label
    }

    /** The {row, col} of each cell of {@code t} that spans no other, has a box on the page and passes {@code test}. */
    private static List<int[]> placedCells(PageTable t, Predicate<GridCell> test) {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.rows().get(r).size(); c++) {
                GridCell cell = t.rows().get(r).get(c);
                if (!cell.spanned() && cell.where() instanceof Location.PageBox && test.test(cell)) {
                    out.add(new int[] {r, c});
                }
            }
        }
        return out;
    }

    /**
     * Empty cells of a ruled table read again: each cropped inside its borders, padded with white and
     * enlarged, all of them stacked into one image so the engine is called once per
     * {@link #CELLS_PER_MOSAIC} cells.
     */
    private PageTable secondPass(PageTable t, Straightened page, float ppp, EngineProcess e, PageBudget budget)
            throws EngineProcess.EngineException, IOException {
        if (t.positions() != Positions.EXACT) {
            return t;
        }
        // a cell of bare paper (no faint ink at all) holds nothing the engine could read
        List<int[]> empty = placedCells(t, c -> c.isBlank()
                && inked(page.gray(), page.faint(), (Location.PageBox) c.where(), ppp));
        if (empty.isEmpty()) {
            return t;
        }
        List<List<GridCell>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        List<List<TextBox>> read = readEach(empty.stream().map(rc -> insideBorders(page.gray(), page.faint(),
                (Location.PageBox) rows.get(rc[0]).get(rc[1]).where(), ppp)).toList(), PAD, ENLARGE, e, budget);
        for (int i = 0; i < empty.size(); i++) {
            String text = text(read.get(i));
            if (!text.isBlank()) {
                // the confidence is this reading's: the page's boxes hold nothing in the cell
                int[] rc = empty.get(i);
                Location.PageBox where = (Location.PageBox) rows.get(rc[0]).get(rc[1]).where();
                rows.get(rc[0]).set(rc[1], GridCell.of(text, where.readByOcr(lowest(read.get(i)))));
            }
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    /**
     * What an empty cell holds by its pixels: paper (a blank: no ink, under {@link #EMPTY_INK} of its
     * area and nothing as tall as a small digit), only the form's dash or slash for none (a ruled
     * table's cell, whose box is its borders: {@link CellInk#noneMark}), or ink OCR did not read.
     */
    private enum Empty {
        PAPER, DASH, SLASH, INK;

        static Empty of(Location.PageBox b, boolean ruled, Straightened page, float ppp) {
            CellInk in = CellInk.of(b, page.ink(), page.gray().width, ppp);
            if (in.share() < EMPTY_INK && !in.hasMark()) {
                return PAPER;
            }
            return switch (ruled ? CellInk.toSides(b, page.faint(), page.gray().width, ppp).noneMark()
                    : CellInk.Stroke.UNKNOWN) {
                case DASH -> DASH;
                case SLASH -> SLASH;
                default -> INK;
            };
        }
    }

    /**
     * Cells of a ruled table still empty whose ink OCR did not read (a 4 at 150 dpi, read as nothing
     * twice) read once more, from the ink alone: cropped close around it (3 px of margin), set
     * {@link #DIGIT_COPIES} times side by side in one line, enlarged 3×, and read, all such cells in
     * one image per {@link #CELLS_PER_MOSAIC}. The engine's recogniser reads a lone small digit as
     * nothing however it is cropped, but reads it in a line of copies: {@code 444}. A reading is kept
     * only when it is one text {@link #DIGIT_COPIES} times over (each copy read alike), with its
     * confidence; the identities then vouch for it as for any value.
     */
    private PageTable digitsPass(PageTable t, Straightened page, float ppp, EngineProcess e, PageBudget budget)
            throws EngineProcess.EngineException, IOException {
        if (t.positions() != Positions.EXACT) {
            return t;
        }
        List<int[]> unread = new ArrayList<>(); // {row, col}
        List<GrayPage> lines = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.rows().get(r).size(); c++) {
                GridCell cell = t.rows().get(r).get(c);
                if (cell.spanned() || !cell.isBlank() || !(cell.where() instanceof Location.PageBox b)
                        || Empty.of(b, true, page, ppp) != Empty.INK) {
                    continue;
                }
                Optional<GrayPage> copies = inkCopies(b, page, ppp);
                if (copies.isPresent()) {
                    unread.add(new int[] {r, c});
                    lines.add(copies.get());
                }
            }
        }
        if (unread.isEmpty()) {
            return t;
        }
        List<List<TextBox>> read = readEach(lines, DIGIT_PAD, DIGIT_ENLARGE, e, budget);
        List<List<GridCell>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        for (int i = 0; i < unread.size(); i++) {
            String once = once(text(read.get(i)).replaceAll("\\s", ""), DIGIT_COPIES);
            if (!once.isEmpty()) {
                int[] rc = unread.get(i);
                Location.PageBox where = (Location.PageBox) rows.get(rc[0]).get(rc[1]).where();
                rows.get(rc[0]).set(rc[1], GridCell.of(once, where.readByOcr(lowest(read.get(i)))));
            }
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    /**
     * The cell's ink (its blobs but borders, what reaches a side and specks) cropped close, with
     * {@link #DIGIT_MARGIN} px around, set {@link #DIGIT_COPIES} times side by side; empty when the
     * cell holds no such ink. Where a piece of the cell's left ruling line stands before the figures
     * ({@link CellInk#ruleBeforeFigures}: a fax), the margin left of them is white: the piece, in
     * the margin, was read with them as a 1 ({@code 182} for 82, three times over: session ocr18).
     */
    private static Optional<GrayPage> inkCopies(Location.PageBox b, Straightened page, float ppp) {
        boolean rule = page.ruleBeforeFigures(b, ppp);
        return CellInk.toSides(b, page.ink(), page.gray().width, ppp).inkBounds().map(k -> {
            int left = Math.max(0, k[0] - DIGIT_MARGIN);
            GrayPage crop = page.gray().crop(left, k[1] - DIGIT_MARGIN, k[2] + DIGIT_MARGIN, k[3] + DIGIT_MARGIN);
            if (rule) {
                crop = crop.blankedBeside(k[0] - left, crop.width);
            }
            return crop.repeated(DIGIT_COPIES, Math.max(2, crop.height / 4));
        });
    }

    /**
     * The cell inside its borders (3 px in), as the second pass and the recheck read it, less the
     * paper further than half its height left or right of its ink (faint ink, specks too): the engine's
     * detector takes time by the pixels it is given, and a figure in a wide cell is mostly paper (the
     * cells read again were 28 % of a page's engine time, their detector most of it). What lies
     * within that reach of the ink — a piece of a ruling line before the figures, a mark beside
     * them — is read as before; a cell with no faint ink is left whole.
     */
    static GrayPage insideBorders(GrayPage page, boolean[] faint, Location.PageBox b, float ppp) {
        int[] in = inside(page, b, ppp);
        int[] ink = inkColumns(page, faint, in);
        if (ink.length > 0) {
            int reach = Math.max(1, (in[3] - in[1]) / 2);
            in[0] = Math.max(in[0], ink[0] - reach);
            in[2] = Math.min(in[2], ink[1] + 1 + reach);
        }
        return page.crop(in[0], in[1], in[2], in[3]);
    }

    /** Whether the cell holds any faint ink inside its borders (3 px in): a cell of bare paper is not read again. */
    static boolean inked(GrayPage page, boolean[] faint, Location.PageBox b, float ppp) {
        return inkColumns(page, faint, inside(page, b, ppp)).length > 0;
    }

    /** The cell's box 3 px inside its borders, in pixels of the page: {x0, y0, x1, y1}, ends exclusive. */
    private static int[] inside(GrayPage page, Location.PageBox b, float ppp) {
        int inset = 3;
        return new int[] {Math.max(0, Math.round(b.x0() / ppp) + inset), Math.max(0, Math.round(b.y0() / ppp) + inset),
            Math.min(page.width, Math.round(b.x1() / ppp) - inset), Math.min(page.height, Math.round(b.y1() / ppp) - inset)};
    }

    /** The first and last column of {@code box} holding faint ink; empty when none does. */
    private static int[] inkColumns(GrayPage page, boolean[] faint, int[] box) {
        int first = -1;
        int last = -1;
        for (int x = box[0]; x < box[2]; x++) {
            for (int y = box[1]; y < box[3]; y++) {
                if (faint[y * page.width + x]) {
                    first = first < 0 ? x : first;
                    last = x;
                    break;
                }
            }
        }
        return first < 0 ? new int[0] : new int[] {first, last};
    }

    /**
     * The cells of a ruled table the page read a number in (or a few characters in a number's place:
     * {@link #rechecked}), read again independently: each cropped inside its borders, padded and
     * enlarged {@link #ENLARGE}× as the second pass reads empty cells, {@link #CELLS_PER_MOSAIC} an
     * engine call. Read alike (spaces aside), the cell's location says so ({@link OcrRecheck.Agreed},
     * with that reading's confidence). Read otherwise, a third reading — the cell's ink alone, read
     * {@link #DIGIT_COPIES} times over as {@link #digitsPass} reads it — is taken, and the location
     * names what each reading read ({@link OcrRecheck.Differed}); the cell keeps the page's reading
     * unless the two later readings read alike. An enlarged cell read as nothing (the recogniser reads
     * a lone small digit so) is no reading against the page's: the ink read alike then agrees. The
     * reading kept is taken {@link #asValue}: pieces of digits in a cell that is one position of the
     * grid are one number. A lone 1 or 7 kept is checked in its pixels afterwards ({@link #marked}).
     */
    private PageTable recheck(PageTable t, List<TextBox> boxes, Straightened page, float ppp, EngineProcess e,
                              PageBudget budget)
            throws EngineProcess.EngineException, IOException {
        if (t.positions() != Positions.EXACT) {
            return t;
        }
        List<int[]> numbers = placedCells(t, cell -> rechecked(cell.text()));
        if (numbers.isEmpty()) {
            return t;
        }
        List<List<GridCell>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        Function<int[], GridCell> at = rc -> rows.get(rc[0]).get(rc[1]);
        List<List<TextBox>> again = readEach(numbers.stream().map(rc -> insideBorders(page.gray(), page.faint(),
                (Location.PageBox) at.apply(rc).where(), ppp)).toList(), PAD, ENLARGE, e, budget);
        List<int[]> differ = new ArrayList<>();
        List<String> second = new ArrayList<>();
        List<GrayPage> third = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            int[] rc = numbers.get(i);
            GridCell cell = at.apply(rc);
            Location.PageBox where = (Location.PageBox) cell.where();
            if (alike(cell.text(), text(again.get(i))) && hasDigit(cell.text())) {
                set(rows, rc, asValue(cell.text(), onePosition(t.rows(), rc) && inLines(boxesIn(where, boxes))), cell,
                        where.rechecked(new OcrRecheck.Agreed(lowest(again.get(i)))));
            } else {
                set(rows, rc, cell.text(), cell, where.rechecked(new OcrRecheck.Differed(List.of(said(cell.text()) + " on the page",
                        said(text(again.get(i))) + " in the cell enlarged " + ENLARGE + "×"))));
                differ.add(rc);
                second.add(text(again.get(i)));
                third.add(inkCopies(where, page, ppp).orElse(null));
            }
        }
        List<GrayPage> inked = third.stream().filter(java.util.Objects::nonNull).toList();
        List<List<TextBox>> thirdRead = readEach(inked, DIGIT_PAD, DIGIT_ENLARGE, e, budget);
        for (int i = 0, k = 0; i < differ.size(); i++) {
            if (third.get(i) == null) {
                continue;
            }
            List<TextBox> inkRead = thirdRead.get(k++);
            String once = once(text(inkRead).replaceAll("\\s", ""), DIGIT_COPIES);
            int[] rc = differ.get(i);
            GridCell cell = at.apply(rc);
            Location.PageBox where = (Location.PageBox) cell.where();
            boolean one = onePosition(t.rows(), rc) && inLines(boxesIn(where, boxes));
            if (second.get(i).isBlank() && alike(cell.text(), once)) {
                // the enlarged cell read nothing (a lone small digit, as the second pass finds): not a
                // reading against the page's, and the ink read alike is the second reading
                set(rows, rc, asValue(cell.text(), one), cell, where.rechecked(new OcrRecheck.Agreed(lowest(inkRead))));
                continue;
            }
            List<String> readings = new ArrayList<>(((OcrRecheck.Differed) where.ocrRecheck()).readings());
            readings.add(said(once) + " in its ink read " + DIGIT_COPIES + " times over");
            Optional<String> later = standing(cell.text(), second.get(i), once);
            if (later.isPresent()) {
                // a later reading stands against the page's (33 where the page read 3, 8 where it read #); the
                // identities vouch for it or it is flagged, naming every reading
                set(rows, rc, asValue(later.get(), one), cell, where.rechecked(new OcrRecheck.Differed(readings)));
            } else if (ruleReadAsOne(cell.text(), second.get(i), once)
                    && page.ruleBeforeFigures(where, ppp)) {
                // a piece of the cell's left ruling line that a fax broke off, read as a leading 1 (182 for
                // 82); the identities vouch for the figures after it or it is flagged, naming every reading
                readings.add("a piece of the ruling line before it in the cell's ink, read as 1");
                set(rows, rc, asValue(cell.text().strip().substring(1), one), cell,
                        where.rechecked(new OcrRecheck.Differed(readings)));
            } else if (alike(second.get(i), cell.text()) && alike(once, cell.text())) {
                set(rows, rc, cell.text(), cell, where.rechecked(new OcrRecheck.Agreed(lowest(inkRead))));
            } else {
                set(rows, rc, cell.text(), cell, where.rechecked(new OcrRecheck.Differed(readings)));
            }
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    /**
     * Which later reading of a cell stands against the page's, when one does: the two later readings
     * read alike (the cell enlarged 2× and its ink read three times over: {@code 33} where the page
     * read {@code 3}); or, where the page read no digit at all ({@code (} for 4, {@code #} for 8),
     * the one later reading that is a number when the other is none (nothing, or other characters
     * again): the page's reading is no value, and a number read so is believed only where an
     * identity it is part of holds (the location names every reading). Two later numbers that
     * differ leave the page's reading, flagged. A 0 read again where the page read a small circle or the
     * letter o ({@link #ringLike}) does not stand on its readings: a halftoned blank cell's dots read 0
     * enlarged as they read o on the page, so the cell's ink decides ({@link #ringRead}).
     */
    static Optional<String> standing(String page, String enlarged, String ink) {
        Optional<String> later = Optional.empty();
        if (!ink.isBlank() && alike(enlarged, ink) && !alike(enlarged, page)) {
            later = Optional.of(enlarged);
        } else if (!hasDigit(page) && number(ink) != number(enlarged)) {
            later = Optional.of(number(ink) ? ink : enlarged);
        }
        return later.filter(l -> !(ringLike(page) && alike(l, "0")));
    }

    /**
     * Whether the page read a leading 1 where a later reading, of the cell cropped inside its borders
     * or of its ink without the ruling line's pieces, reads the figures after it alone: the 1 may be
     * a piece of the ruling line ({@link Straightened#ruleBeforeFigures} decides).
     */
    static boolean ruleReadAsOne(String page, String enlarged, String ink) {
        String read = page.strip();
        if (read.length() < 2 || read.charAt(0) != '1' || !hasDigit(read.substring(1))) {
            return false;
        }
        String rest = read.substring(1);
        return same(enlarged, rest) || same(ink, rest);
    }

    private static boolean hasDigit(String text) {
        return text.codePoints().anyMatch(Character::isDigit);
    }

    /** A reading that is a number (not a blank's mark): digits the value parser reads. */
    private static boolean number(String text) {
        return hasDigit(text) && PARSER.isValue(text.strip());
    }

    /**
     * Whether the page's reading of a cell is read again: it holds no CJK character but a unit (a row
     * label such as {@code 1.属于国家秘密} is not a value), and either a digit or, in a number's
     * place, a few other characters ({@code #} for 7, {@code N} for 2, {@code C} for 0) that are
     * none of the marks whose pixels are checked instead (a dash or slash for none, a lone stroke
     * read as {@code l}, {@code I} or {@code |}); or it is one CJK character alone, which no label
     * of these forms is ({@code 小} read for 4 in table 四's row of values) but {@code 一} (the
     * dash for none, checked in the pixels) and {@code 无} (none).
     */
    static boolean rechecked(String text) {
        String read = text.replaceAll("\\s", "");
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && c != '万' && c != '元')) {
            // a lone character read for a digit (小 or 车 for 4, 工 for 1); never a dash read as 一, nor 无 (none)
            return read.codePointCount(0, read.length()) == 1 && !dashLike(read) && !read.equals("无");
        }
        if (hasDigit(text)) {
            return true;
        }
        return !read.isEmpty() && read.codePointCount(0, read.length()) <= MISREAD_CHARS && !PARSER.isValue(read)
                && !loneOne(read);
    }

    /**
     * What a reading of a cell of a ruled table is as a value: pieces of digits with nothing but
     * spaces or line breaks between them ({@code 2 9}; {@code 21} over {@code 7}, a number a narrow
     * cell wrapped) joined into one number when the cell is one position of the grid, ruled on every
     * side, so that nothing else can stand in it ({@code 29}, {@code 217}); else the reading as it is.
     * A cell that spans several (a ruling line the page did not show) may hold two numbers.
     */
    static String asValue(String read, boolean onePosition) {
        return onePosition && SPLIT_DIGITS.matcher(read.strip()).matches() ? read.replaceAll("\\s", "") : read;
    }

    /**
     * Whether the page's boxes in a cell stand as the pieces of one number do: side by side on one line
     * (full-width digits a space apart) or each on a line of its own (a number a narrow cell wrapped).
     * A figure written beside another raised or lowered by a fraction of a line — a correction by hand
     * beside the struck-through printed figure — is no piece of it: {@code 42} struck and {@code 24}
     * written above its end were joined into 4224 (session ocr14).
     */
    static boolean inLines(List<TextBox> inCell) {
        List<TextBox> byTop = inCell.stream().sorted(java.util.Comparator.comparingDouble(TextBox::y0)).toList();
        for (int i = 1; i < byTop.size(); i++) {
            TextBox a = byTop.get(i - 1);
            TextBox b = byTop.get(i);
            float dy = Math.abs((b.y0() + b.y1()) - (a.y0() + a.y1())) / 2;
            float h = Math.max(a.y1() - a.y0(), b.y1() - b.y0());
            if (dy > SAME_LINE * h && dy < NEXT_LINE * h) {
                return false;
            }
        }
        return true;
    }

    /** The page's boxes whose centres lie in the cell. */
    private static List<TextBox> boxesIn(Location.PageBox b, List<TextBox> boxes) {
        return boxes.stream().filter(t -> t.centerX() >= b.x0() && t.centerX() <= b.x1()
                && t.centerY() >= b.y0() && t.centerY() <= b.y1()).toList();
    }

    /** Whether the cell at {@code rc} is one position of the grid: it spans no cell to its right or below. */
    private static boolean onePosition(List<List<GridCell>> rows, int[] rc) {
        GridCell cell = rows.get(rc[0]).get(rc[1]);
        List<GridCell> row = rows.get(rc[0]);
        boolean right = rc[1] + 1 < row.size() && row.get(rc[1] + 1).spanned()
                && row.get(rc[1] + 1).where().equals(cell.where());
        boolean below = rc[0] + 1 < rows.size() && rc[1] < rows.get(rc[0] + 1).size()
                && rows.get(rc[0] + 1).get(rc[1]).spanned() && rows.get(rc[0] + 1).get(rc[1]).where().equals(cell.where());
        return !right && !below;
    }

    /** Whether two readings read alike, spaces aside. */
    static boolean same(String a, String b) {
        return a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
    }

    /**
     * Whether two readings of one cell read alike, spaces aside, a lone letter o read as the 0 it may
     * be: the recogniser reads one round mark as either, so a page's 0 read o enlarged is read alike (as
     * it was when every lone o was a 0, before the session of 3 Dec 09:19, ocr4). Which of the two the
     * cell holds where the page read o is for its ink to say ({@link #ringRead}), not for this comparison.
     */
    static boolean alike(String a, String b) {
        return same(letterO(a) ? "0" : a, letterO(b) ? "0" : b);
    }

    private static String said(String read) {
        return read.isBlank() ? "nothing" : "'" + read.strip() + "'";
    }

    private static void set(List<List<GridCell>> rows, int[] rc, String text, GridCell cell, Location where) {
        rows.get(rc[0]).set(rc[1], new GridCell(text, where, cell.spanned(), cell.notes()));
    }

    /** The text of which {@code read} is {@code copies} copies ("4" of "444"); empty when it is not. */
    static String once(String read, int copies) {
        if (read.isEmpty() || read.length() % copies != 0) {
            return "";
        }
        String one = read.substring(0, read.length() / copies);
        return one.repeat(copies).equals(read) ? one : "";
    }

    /**
     * The crops, each padded with {@code pad} pixels of white and enlarged {@code scale}×, read
     * {@link #CELLS_PER_MOSAIC} in one image per engine call: each one's boxes.
     */
    private List<List<TextBox>> readEach(List<GrayPage> crops, int pad, int scale, EngineProcess e, PageBudget budget)
            throws EngineProcess.EngineException, IOException {
        List<List<TextBox>> out = new ArrayList<>();
        for (int from = 0; from < crops.size(); from += CELLS_PER_MOSAIC) {
            List<GrayPage> chunk = crops.subList(from, Math.min(crops.size(), from + CELLS_PER_MOSAIC));
            Mosaic mosaic = Mosaic.of(chunk, pad, scale);
            Path png = Files.createTempFile(work, "cells-", ".png");
            try {
                ImageIO.write(mosaic.image(), "png", png.toFile());
                int side = Math.max(mosaic.image().getWidth(), mosaic.image().getHeight());
                List<TextBox> boxes = e.read(png, new EngineProcess.Settings(side, PAGE.boxScore(), 0), budget);
                for (int i = 0; i < chunk.size(); i++) {
                    out.add(mosaic.boxesOf(i, boxes));
                }
            } finally {
                deleteQuietly(png);
            }
        }
        return out;
    }

    /** The boxes' text, left to right, joined by spaces. */
    private static String text(List<TextBox> read) {
        return read.stream().map(TextBox::text).reduce((a, b) -> a + " " + b).orElse("").strip();
    }

    /**
     * The table with every cell's location marked as read by OCR, with its confidence; an empty cell
     * of a ruled table holding only the form's dash or slash for none reads as that mark; an empty cell
     * holding other ink and a lone 1 that is not an upright stroke of its own are flagged as unreadable.
     */
    private static PageTable marked(PageTable t, List<TextBox> boxes, Straightened page, float ppp) {
        int width = page.gray().width;
        boolean ruled = t.positions() == Positions.EXACT; // a cell's box is its borders, not its text's extent
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : t.rows()) {
            List<GridCell> out = new ArrayList<>();
            for (GridCell c : row) {
                if (c.where() instanceof Location.PageBox b && !c.spanned() && c.isBlank()) {
                    // a blank is believed when the cell holds no ink, or only the form's dash or slash for
                    // none; ink that OCR could not read may be a value (a faint 0 reads as a blank that every
                    // identity accepts)
                    Empty holds = Empty.of(b, ruled, page, ppp);
                    out.add(switch (holds) {
                        case PAPER -> new GridCell(c.text(), b.readByOcr(1f), false, c.notes());
                        case DASH, SLASH -> new GridCell(holds == Empty.SLASH ? "/" : "–", b.readByOcr(1f), false,
                                c.notes());
                        case INK -> new GridCell(c.text(), b.readByOcr(0f), false, c.notes()).noted(
                                CellNote.lost("OCR found marks in the cell but could not read them"));
                    });
                } else if (ruled && c.where() instanceof Location.PageBox b && !c.spanned() && loneOne(c.text())) {
                    // the engine reads the form's slash or dash for "none" as a 1 (a slash at 150 dpi), and may read
                    // the edge of a ruling line so: a lone 1 is believed when the cell holds an upright stroke of its own
                    // a mark found in the pixels is as sure as the blank cell's dash or slash (step 9): confidence 1
                    out.add(switch (CellInk.toSides(b, page.faint(), width, ppp).loneStroke()) {
                        // 工 is a footed 1 on a dim photo (its flag and foot read as bars): a 1 in doubt
                        case ONE -> c.text().strip().equals("工")
                                ? new GridCell("1", doubted(ocr(b, boxes), c.text(), "a 1 read as 工"), false, c.notes())
                                : new GridCell(c.text(), ocr(b, boxes), false, c.notes());
                        case SLASH -> new GridCell("/", b.readByOcr(1f), false, c.notes());
                        case DASH -> new GridCell("–", b.readByOcr(1f), false, c.notes());
                        // two figures side by side (11) the engine read as one 1: which figures is not for OCR to say
                        case FIGURES -> new GridCell(c.text(), ocr(b, boxes), false, c.notes()).noted(CellNote.doubtful(
                                c.text().strip(), "the cell holds more than one figure side by side where OCR read one"));
                        case UNKNOWN -> new GridCell("", b.readByOcr(0f), false, c.notes()).noted(CellNote.lost(
                                "OCR read '" + c.text().strip() + "' but the cell holds no upright stroke clear of"
                                + " its borders: it may be a slash, a 7 or the edge of a ruling line"));
                    });
                } else if (ruled && c.where() instanceof Location.PageBox b && !c.spanned() && c.text().strip().equals("7")
                        && CellInk.toSides(b, page.faint(), width, ppp).noneMark() == CellInk.Stroke.SLASH) {
                    // the engine reads a noisy scan's slash as 7 too: the cell's only stroke leans with no bar
                    out.add(new GridCell("/", b.readByOcr(1f), false, c.notes()));
                } else if (ruled && c.where() instanceof Location.PageBox b && !c.spanned() && dashLike(c.text())
                        && CellInk.toSides(b, page.faint(), width, ppp).noneMark() == CellInk.Stroke.DASH) {
                    // the form's dash for none read as 一 (unreadable) or as a dash with low confidence: the
                    // cell's only ink is a flat stroke lower than any digit
                    out.add(new GridCell("–", b.readByOcr(1f), false, c.notes()));
                } else if (ruled && c.where() instanceof Location.PageBox b && !c.spanned() && zeroLike(c.text())) {
                    // a 0 on a dark, compressed photo reads as D or p: a 0 in doubt, believed only where an
                    // identity it is part of holds (what the engine read is among the readings named)
                    out.add(new GridCell("0", doubted(ocr(b, boxes), c.text(), "a 0 read as a letter"), false,
                            c.notes()));
                } else if (ruled && c.where() instanceof Location.PageBox b && !c.spanned() && ringLike(c.text())) {
                    out.add(ringRead(c, b, ocr(b, boxes), page.ink(), width, ppp));
                } else if (c.spanned()) {
                    out.add(new GridCell(c.text(), ocr(c.where(), boxes), true, c.notes()));
                } else if (ruled && c.where() instanceof Location.PageBox b && unsigned(c.text())
                        && CellInk.toSides(b, page.faint(), width, ppp).minusBefore()) {
                    out.add(signed(c, ocr(b, boxes)));
                } else {
                    out.add(separated(c.text(), ocr(c.where(), boxes), c));
                }
            }
            rows.add(out);
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    /**
     * The table with a doubt noted at each cell of a ruled table read as a number whose figures a
     * stroke runs through ({@link CellInk#struckThrough}) or two strokes cross over (an X,
     * {@link CellInk#crossedOut}): a figure struck through or crossed out and corrected by hand
     * beside it, which the engine reads as one number with its correction ({@code 4224} for
     * {@code 42} struck and {@code 24}). Which figure stands is not for OCR to say: the value is
     * flagged, naming what was read (in table 二, which no identity checks, it passed before).
     */
    private static PageTable struck(PageTable t, Straightened page, float ppp) {
        if (t.positions() != Positions.EXACT) {
            return t;
        }
        // the coloured ink the drop-out took away (a pen's, a seal's): an X in it is an X, and ink of a
        // cell's own beside its figures a correction; a stroke is looked for in the print only, for a
        // seal's ring runs as straight as a pen's through the figures it crosses
        GrayPage marks = page.gray().marks;
        boolean[] coloured = marks == null ? null : marks.ink(page.gray().inkThreshold());
        boolean[] inked = coloured == null ? page.ink() : page.ink().clone();
        for (int i = 0; coloured != null && i < inked.length; i++) {
            inked[i] |= coloured[i];
        }
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : t.rows()) {
            rows.add(row.stream().map(c -> !c.spanned() && c.where() instanceof Location.PageBox b
                    && hasDigit(c.text()) && rechecked(c.text()) // a number's reading, no label
                    ? struck(c, b, page.ink(), inked, coloured, page.gray().width, ppp) : c).toList());
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    /**
     * The cell with a doubt noted when its figures are struck through ({@code ink}: the print) or
     * crossed out with an X ({@code inked}: the print and its coloured ink), or when coloured ink of
     * its own stands beside or over them ({@code coloured}, null when the page had none).
     */
    private static GridCell struck(GridCell c, Location.PageBox b, boolean[] ink, boolean[] inked, boolean[] coloured,
                                   int width, float ppp) {
        if (CellInk.struckThrough(b, ink, width, ppp)) {
            return c.noted(CellNote.doubtful(c.text().strip(), "a stroke runs through the figures in the cell: a"
                    + " figure struck through and corrected by hand; which one stands is not clear"));
        }
        if (CellInk.crossedOut(b, inked, width, ppp)) {
            return c.noted(CellNote.doubtful(c.text().strip(), "two strokes cross over the figures in the cell (an X):"
                    + " a figure crossed out and corrected by hand; which one stands is not clear"));
        }
        if (coloured != null && CellInk.colouredBeside(b, coloured, width, ppp)) {
            return c.noted(CellNote.doubtful(c.text().strip(), "the cell holds a mark in coloured ink (a pen's) beside"
                    + " or over its figures, which OCR does not read: a figure struck or corrected by hand; which one"
                    + " stands is not clear"));
        }
        return c;
    }

    /**
     * The cell with its number's separators as the page prints them ({@link DigitGroups}): points
     * read between groups of three before the decimal point are commas; a lone point that may be a
     * comma ({@code 81.548}) is left as read and its location says so among the readings
     * ({@link OcrRecheck.Differed}), so that the value is believed only where an identity it is
     * part of holds (an amount is in none: it is flagged).
     */
    private static GridCell separated(String read, Location where, GridCell cell) {
        Location at = DigitGroups.pointMayBeComma(read)
                ? doubted(where, read, "a point before three digits may be a comma read as a point") : where;
        return new GridCell(DigitGroups.commas(read), at, false, cell.notes());
    }

    /** The location with one more reading among those that differ: the page's and any before it, then {@code doubt}. */
    private static Location doubted(Location where, String read, String doubt) {
        if (!(where instanceof Location.PageBox b)) {
            return where;
        }
        List<String> readings = new ArrayList<>(b.ocrRecheck() instanceof OcrRecheck.Differed d ? d.readings()
                : List.of(said(read) + " on the page"));
        readings.add(doubt);
        return b.rechecked(new OcrRecheck.Differed(readings));
    }

    /**
     * The location marked as read by OCR, with the lowest confidence of the boxes whose centres it
     * holds; a cell the second pass read is already marked with that reading's confidence.
     */
    private static Location ocr(Location where, List<TextBox> boxes) {
        if (!(where instanceof Location.PageBox b) || b.ocr()) {
            return where;
        }
        return b.readByOcr(lowest(boxesIn(b, boxes))).rechecked(b.ocrRecheck());
    }

    /** A number read with no sign before it: digits, with points or commas between them. */
    static boolean unsigned(String text) {
        return text.strip().matches("[0-9][0-9.,]*");
    }

    /**
     * The cell read with the minus sign its ink shows before the figures and the engine did not read;
     * its location names both readings ({@link OcrRecheck.Differed}), so the value is believed only
     * where an identity it is part of holds (table 二's 本年增/减, in none, is flagged).
     */
    private static GridCell signed(GridCell cell, Location where) {
        return new GridCell("-" + DigitGroups.commas(cell.text().strip()),
                doubted(where, cell.text(), "a minus sign before it in the cell's ink"), false, cell.notes());
    }

    /**
     * What the engine reads for a 0 standing alone in a figure's cell of a ruled table on a dark or
     * blocky page (a phone photo at JPEG q45): a letter as round as a 0, or the CJK box 口 and circle 〇.
     */
    static boolean zeroLike(String text) {
        return text.strip().matches("[DpQ口〇○]");
    }

    /**
     * What the engine reads for a 0 in a narrow column of a dim phone photo (session of 3 Dec, ocr3): the
     * ideographic full stop, a degree sign, a full-width letter o; and what it reads for a 0 standing
     * alone anywhere, the letter o (since the session of 3 Dec 09:19, ocr4; before, every lone o was a 0
     * when the engine's reply was parsed, with no doubt and no look at the ink). Unlike {@link #zeroLike}'s,
     * these are what a halftoned blank cell's dots may read too, so the cell's ink must be a ring
     * ({@link #ringRead}).
     */
    static boolean ringLike(String text) {
        return text.strip().matches("[。°ºｏＯoO]");
    }

    /**
     * A cell of a ruled table read as a small circle or a letter o ({@link #ringLike}) at {@code at}: a 0
     * in doubt where the cell's one mark is a ring as tall as a digit, looked at from side to side with
     * the ruling lines at its sides taken out ({@link CellInk#withoutSideLines}; Chromium sets a 0 flush
     * left 1 pt from the border, and a phone photo's blur joins the two), in the print's ink (the faint
     * ink's JPEG halo joins them wider); its location names what the engine read, so the 0 is believed
     * only where an identity it is part of holds, else flagged. Anything else stays as read, unreadable:
     * a halftoned blank cell's dots read as {@code 。} or {@code o} too, have no hole, and a blank taken
     * for a 0 would pass every identity (blank counts as 0 in a sum) where the report printed none.
     */
    static GridCell ringRead(GridCell c, Location.PageBox b, Location at, boolean[] ink, int width, float ppp) {
        if (!CellInk.withoutSideLines(b, ink, width, ppp).loneRing()) {
            return separated(c.text(), at, c);
        }
        return new GridCell("0", doubted(at, c.text(), letterO(c.text()) ? "a 0 read as the letter o"
                : "a 0 read as a small circle"), false, c.notes());
    }

    /** What the engine reads for the form's dash for none: a dash of any width, 一, an underscore. */
    static boolean dashLike(String text) {
        return text.strip().matches("[-‐‑‒–—―－一_~～]");
    }

    /**
     * A lone 1 (or what the engine reads for one: l, I, |, and 工 for a footed 1 on a dim phone photo),
     * the reading a ruling line's edge gives.
     */
    static boolean loneOne(String text) {
        return text.strip().matches("[1lI|工]");
    }

    /** The lowest per-character score of the boxes, in [0, 1]; 1 for none. */
    private static float lowest(List<TextBox> boxes) {
        float confidence = 1f;
        for (TextBox t : boxes) {
            confidence = Math.min(confidence, t.charScore());
        }
        return Math.max(0f, Math.min(1f, confidence));
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // our own temporary folder; a leftover file there is harmless
            }
        }
    }

    /** Crops stacked top to bottom on white, each enlarged and padded, to be read in one engine call. */
    private record Mosaic(BufferedImage image, List<int[]> bands) {

        static Mosaic of(List<GrayPage> crops, int pad, int scale) {
            int width = 0;
            int height = pad;
            List<int[]> bands = new ArrayList<>();
            for (GrayPage c : crops) {
                width = Math.max(width, c.width * scale + 2 * pad);
                bands.add(new int[] {height, height + c.height * scale});
                height += c.height * scale + 2 * pad;
            }
            BufferedImage out = new BufferedImage(Math.max(width, 32), Math.max(height, 32),
                    BufferedImage.TYPE_BYTE_GRAY);
            var g = out.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            for (int i = 0; i < crops.size(); i++) {
                GrayPage c = crops.get(i);
                g.drawImage(c.toImage(), pad, bands.get(i)[0], c.width * scale, c.height * scale, null);
            }
            g.dispose();
            return new Mosaic(out, bands);
        }

        /** The boxes centred in band {@code i}, in reading order. */
        List<TextBox> boxesOf(int i, List<TextBox> boxes) {
            int[] band = bands.get(i);
            return readingOrder(boxes.stream().filter(b -> b.centerY() >= band[0] && b.centerY() < band[1]).toList());
        }
    }

    /**
     * Boxes in reading order: line by line from the top (a box whose centre lies within half the
     * line's first box's height of it is on that line), each line left to right. A number a narrow
     * cell wrapped ({@code 77} over {@code 1}) reads {@code 77 1}; by their left edges alone the
     * {@code 1}, set a little further left, came first.
     */
    static List<TextBox> readingOrder(List<TextBox> boxes) {
        List<TextBox> byTop = boxes.stream().sorted(Comparator.comparingDouble(TextBox::centerY)).toList();
        List<TextBox> out = new ArrayList<>();
        List<TextBox> line = new ArrayList<>();
        for (TextBox b : byTop) {
            if (!line.isEmpty() && b.centerY() - line.get(0).centerY() > (line.get(0).y1() - line.get(0).y0()) / 2) {
                line.sort(Comparator.comparingDouble(TextBox::x0));
                out.addAll(line);
                line.clear();
            }
            line.add(b);
        }
        line.sort(Comparator.comparingDouble(TextBox::x0));
        out.addAll(line);
        return out;
    }
}
