package org.nianbao.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.reconstruct.TextSpan;
import org.nianbao.reconstruct.text.RequestsHeaderPart;

/**
 * What the lines of table 三's header, laid out by position, show about the order of its three parts: 自然人, the
 * five organisations under 法人或其他组织, and 总计. A label wrapped in its cell prints a piece on each of several
 * lines ({@code 自然} / {@code 人}, {@code 总} / {@code 计}); where pieces of two parts stand on one line of text laid
 * out by position, a run of blanks between them, they stand in that line's order on the page, whatever line each
 * label starts on. A Chromium print of a permuted table under {@code pdftotext -fixed 3} prints
 * {@code 人 计 其 科研 …} on one line: 自然人, then 总计, then the organisations, which the header's labels, each put
 * on its first piece's line, could not show (自然 / 总 on a line of their own), so 总计 read before the
 * organisations was taken for a merged cell flattened out of its place and every row flagged, although the page
 * proves the order (issue 9: a flag on a right value is noise).
 *
 * <p>Only pieces apart by two blank columns or more count: {@code pdftotext -raw} and the default mode print a
 * line's pieces one space apart in the order the page's content draws them, and a merged 总计 drawn first stands
 * first there; laid-out text ({@code -layout}, {@code -fixed}) puts a run of blanks only where the page has a gap,
 * in the page's order.
 *
 * @param parts each part's pieces, for the parts the header names
 * @param labelRows for each part, how many lines each of its labels is printed on
 */
record RequestsHeaderLines(Map<RequestsHeaderPart, List<RequestsHeader.Piece>> parts,
                           Map<RequestsHeaderPart, List<Long>> labelRows) {

    /** The fewest blank columns between two pieces for their order on a line to be the page's. */
    private static final int GAP = 2;

    /** @param leaves the header's column labels (法人或其他组织 aside) */
    static RequestsHeaderLines of(List<RequestsHeader.Token> leaves) {
        Map<RequestsHeaderPart, List<RequestsHeader.Piece>> parts = new EnumMap<>(RequestsHeaderPart.class);
        Map<RequestsHeaderPart, List<Long>> labelRows = new EnumMap<>(RequestsHeaderPart.class);
        for (RequestsHeader.Token t : leaves) {
            parts.computeIfAbsent(part(t.id()), k -> new ArrayList<>()).addAll(t.printed());
            labelRows.computeIfAbsent(part(t.id()), k -> new ArrayList<>())
                    .add(t.printed().stream().map(RequestsHeader.Piece::row).distinct().count());
        }
        return new RequestsHeaderLines(parts, labelRows);
    }

    private static RequestsHeaderPart part(String id) {
        return switch (id) {
            case "natural_person" -> RequestsHeaderPart.NATURAL;
            case "total" -> RequestsHeaderPart.TOTAL;
            default -> RequestsHeaderPart.ORGANISATIONS;
        };
    }

    /**
     * The one order of the parts the lines allow, when the header is laid out on one page, a label is wrapped over
     * two lines or more, and every other order is contradicted by some line. Empty otherwise. A wrapped label is
     * what tells a page's lines from a flattened table's rows: a header printed whole on one line may be a merged
     * 总计 flattened out of its place, where a label's lower piece ({@code 人}) stands on the page's next line.
     */
    Optional<List<RequestsHeaderPart>> order() {
        List<List<RequestsHeaderPart>> left = allowedOrders();
        return left.size() == 1 ? Optional.of(left.get(0)) : Optional.empty();
    }

    /**
     * The orders of the parts the lines allow, under {@link #order}'s conditions; every order of the parts when
     * the conditions do not hold (the lines then prove nothing).
     */
    private List<List<RequestsHeaderPart>> allowedOrders() {
        List<RequestsHeaderPart> present = List.of(RequestsHeaderPart.values()).stream().filter(parts::containsKey)
                .toList();
        if (present.size() < 2 || !laidOutOnOnePage() || present.stream().noneMatch(this::wrapped)) {
            return RequestsHeaderPart.orders(present);
        }
        return RequestsHeaderPart.allowed(present, this::before);
    }

    /**
     * True when the lines rule out {@code ids} (column ids): a laid-out line puts two parts the other way round
     * (总 before 自然 where 自然人 is read first), or the ids split a part.
     */
    boolean contradict(List<String> ids) {
        Optional<List<RequestsHeaderPart>> printed = parts(ids);
        return printed.isEmpty() || !allowedOrders().contains(printed.get());
    }

    /** True when the lines allow {@code ids} (column ids) only: each part's columns together, in {@link #order}. */
    boolean show(List<String> ids) {
        Optional<List<RequestsHeaderPart>> printed = parts(ids);
        return printed.isPresent() && order().filter(printed.get()::equals).isPresent();
    }

    /** The parts in the order {@code ids} gives them; empty when a part's columns are split by another's. */
    private Optional<List<RequestsHeaderPart>> parts(List<String> ids) {
        List<RequestsHeaderPart> printed = new ArrayList<>();
        for (String id : ids) {
            RequestsHeaderPart p = part(id);
            if (printed.isEmpty() || printed.get(printed.size() - 1) != p) {
                if (printed.contains(p)) {
                    return Optional.empty();
                }
                printed.add(p);
            }
        }
        return Optional.of(printed);
    }

    /** True when one of the part's labels is printed on two lines or more (its pieces joined by the mapper). */
    private boolean wrapped(RequestsHeaderPart part) {
        return labelRows.get(part).stream().anyMatch(rows -> rows > 1);
    }

    private boolean laidOutOnOnePage() {
        List<RequestsHeader.Piece> all = parts.values().stream().flatMap(List::stream).toList();
        return all.stream().allMatch(p -> p.at().isPresent())
                && all.stream().map(p -> p.at().get().page()).distinct().count() == 1;
    }

    /**
     * Whether the lines put {@code a} before {@code b}: on every line where both have pieces, all of {@code a}'s
     * end two blank columns or more before all of {@code b}'s start (or all after); empty when they share no line,
     * stand closer, or the lines disagree.
     */
    private Optional<Boolean> before(RequestsHeaderPart a, RequestsHeaderPart b) {
        Boolean seen = null;
        for (int row : parts.get(a).stream().map(RequestsHeader.Piece::row).distinct().toList()) {
            List<TextSpan> pa = spansOn(a, row);
            List<TextSpan> pb = spansOn(b, row);
            if (pb.isEmpty()) {
                continue;
            }
            boolean aFirst = end(pa) + GAP <= start(pb);
            boolean bFirst = end(pb) + GAP <= start(pa);
            if (!aFirst && !bFirst || seen != null && seen != aFirst) {
                return Optional.empty();
            }
            seen = aFirst;
        }
        return Optional.ofNullable(seen);
    }

    private List<TextSpan> spansOn(RequestsHeaderPart part, int row) {
        return parts.get(part).stream().filter(p -> p.row() == row).map(p -> p.at().get()).toList();
    }

    private static int start(List<TextSpan> spans) {
        return spans.stream().mapToInt(TextSpan::start).min().orElseThrow();
    }

    private static int end(List<TextSpan> spans) {
        return spans.stream().mapToInt(TextSpan::end).max().orElseThrow();
    }
}
