package org.nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The style sheets a saved page keeps beside itself: Chromium's "Webpage, Complete" writes them to
 * {@code NAME_files/}, {@code wget -p} to the site's folders under the page's own. A sheet is read
 * only when its address is a relative path that stays inside the folder holding the page (its real
 * path too, so a link cannot lead out through a symbolic link) and names a regular file of at most
 * {@value #MAX_BYTES} bytes. Nothing is fetched from the network, nothing is read from a site-root
 * ({@code /css/…}) or absolute path: a hostile page must not make the reader open {@code /etc}.
 */
final class LocalSheets {

    /** A style sheet larger than this is not a page's CSS (and is not read). */
    static final int MAX_BYTES = 2 << 20;
    /** How many sheets one page may make the reader open. */
    private static final int MAX_SHEETS = 64;
    /** A URL scheme ({@code http:}, {@code data:}, {@code file:}) or a network path ({@code //host/…}). */
    private static final Pattern NOT_A_RELATIVE_PATH = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*:|//|/|\\\\).*");

    /** A sheet read: its text and the folder its own relative {@code @import}s start from. */
    record Sheet(String text, Optional<Path> folder) {
    }

    /** The real path of the folder holding the page; empty when the page is not a file (in memory, from an archive). */
    private final Optional<Path> root;
    private int opened;

    private LocalSheets(Optional<Path> root) {
        this.root = root;
    }

    /** No folder: no linked sheet can be read. */
    static LocalSheets none() {
        return new LocalSheets(Optional.empty());
    }

    /** The sheets beside the page at {@code document}. */
    static LocalSheets beside(Path document) {
        try {
            Path folder = document.toAbsolutePath().getParent();
            return new LocalSheets(folder == null ? Optional.empty() : Optional.of(folder.toRealPath()));
        } catch (IOException | SecurityException e) {
            return none();
        }
    }

    /** The folder the page's own relative addresses start from. */
    Optional<Path> folder() {
        return root;
    }

    /**
     * The folder the page's relative addresses start from: the one its first {@code <base href>}
     * names when that is a relative path (a saved page whose sheets sit in a sub-folder the base
     * points to: browsers load them from there; none when it leads out of the page's folder), else
     * its own. A base on the network leaves the page's own folder: the copy saved beside it is what
     * can be read.
     */
    Optional<Path> base(Document page) {
        Element base = page.selectFirst("base[href]");
        if (base == null || root.isEmpty()) {
            return root;
        }
        String href = base.attr("href").strip().replaceAll("[?#].*$", "");
        if (href.isEmpty() || NOT_A_RELATIVE_PATH.matcher(href).matches()) {
            return root;
        }
        try {
            String folder = href.substring(0, href.lastIndexOf('/') + 1); // "css/x.html" → "css/"
            Path resolved = root.get().resolve(URLDecoder.decode(folder.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .normalize();
            return resolved.startsWith(root.get()) ? Optional.of(resolved) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The sheet at {@code href}, relative to {@code from} (the page's folder, or the folder of the
     * sheet that imports it); empty when it is not a relative path inside the page's folder, or
     * cannot be read.
     */
    Optional<Sheet> read(String href, Optional<Path> from) {
        return file(href, from, MAX_BYTES).map(f -> {
            String text = new String(f.bytes(), StandardCharsets.UTF_8);
            return new Sheet(text.startsWith("\uFEFF") ? text.substring(1) : text, f.folder());
        });
    }

    /**
     * The bytes of the font file at {@code href} (an {@code @font-face} source), relative to {@code from}
     * (the folder of the sheet naming it), on the same terms as a sheet but up to {@value #MAX_FONT_BYTES} bytes.
     */
    Optional<byte[]> font(String href, Optional<Path> from) {
        return file(href, from, MAX_FONT_BYTES).map(LocalFile::bytes);
    }

    /** A font larger than this is not read (a whole CJK font is 10–20 MB; a page's digit font a few kB). */
    static final int MAX_FONT_BYTES = 32 << 20;

    /** A file read beside the page: its bytes and the folder holding it. */
    private record LocalFile(byte[] bytes, Optional<Path> folder) {
    }

    private Optional<LocalFile> file(String href, Optional<Path> from, int most) {
        String address = href.strip().replaceAll("[?#].*$", "");
        if (root.isEmpty() || from.isEmpty() || address.isEmpty() || NOT_A_RELATIVE_PATH.matcher(address).matches()
                || ++opened > MAX_SHEETS) {
            return Optional.empty();
        }
        try {
            Path file = from.get().resolve(URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .normalize();
            if (!file.startsWith(root.get()) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(root.get()) || Files.size(real) > most) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(real)) {
                return Optional.of(new LocalFile(in.readNBytes(most), Optional.ofNullable(real.getParent())));
            }
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Why a sheet was not read, for the page's warning. */
    String whyUnread(String href) {
        String address = href.strip();
        if (address.toLowerCase(Locale.ROOT).matches("^(https?:)?//.*")) {
            return "on the network, never fetched";
        }
        if (root.isEmpty()) {
            return "the page was not read from a folder";
        }
        if (NOT_A_RELATIVE_PATH.matcher(address).matches()) {
            return "not a path relative to the page";
        }
        return "not found inside the page's folder";
    }
}
