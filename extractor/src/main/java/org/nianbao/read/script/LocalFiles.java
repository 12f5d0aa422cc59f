package org.nianbao.read.script;

import java.io.IOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebConnection;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.util.NameValuePair;

/**
 * The only connection a page's scripts get: the page itself, and the files in the folder it lives in (a
 * saved page's {@code _files/}), under a made-up origin that no name server answers. Everything else —
 * another host, a path that climbs out of the folder, a method other than GET — is refused without a
 * byte leaving the machine, and remembered.
 */
final class LocalFiles implements WebConnection {

    /** The origin the page is served from: {@code .invalid} is reserved and never resolves (RFC 2606). */
    static final String ORIGIN = "http://page.invalid/";
    /** Files larger than this are not served: a page's scripts and sheets are far smaller. */
    private static final long MAX_FILE = 8L << 20;

    private final String html;
    private final URL page;
    private final Optional<Path> folder;
    private final List<Refusal> refused = new ArrayList<>();

    /** A request not served: its address, whether a script asked for it, and why. */
    record Refusal(String url, String accept, String why) {
    }

    LocalFiles(String html, URL page, Optional<Path> folder) {
        this.html = html;
        this.page = page;
        this.folder = folder.map(f -> f.toAbsolutePath().normalize());
    }

    List<Refusal> refused() {
        return List.copyOf(refused);
    }

    @Override
    public WebResponse getResponse(WebRequest request) throws IOException {
        URL url = request.getUrl();
        String accept = request.getAdditionalHeaders().getOrDefault("Accept", "");
        if (request.getHttpMethod() != HttpMethod.GET) {
            return refuse(request, accept, "a " + request.getHttpMethod() + " request");
        }
        if (url.toExternalForm().startsWith(ORIGIN) && url.getPath().equals(page.getPath())) {
            return response(request, 200, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8");
        }
        if (!url.toExternalForm().startsWith(ORIGIN)) {
            return refuse(request, accept, "on the network");
        }
        if (folder.isEmpty()) {
            return refuse(request, accept, "the page was given without its folder");
        }
        String path = URLDecoder.decode(url.getPath().substring(1), StandardCharsets.UTF_8);
        Path file = folder.get().resolve(path).normalize();
        if (!file.startsWith(folder.get())) {
            return refuse(request, accept, "outside the page's folder");
        }
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE) {
            return response(request, 404, new byte[0], "text/plain");
        }
        return response(request, 200, Files.readAllBytes(file), type(file));
    }

    private WebResponse refuse(WebRequest request, String accept, String why) {
        refused.add(new Refusal(request.getUrl().toExternalForm(), accept, why));
        return response(request, 403, new byte[0], "text/plain");
    }

    private static WebResponse response(WebRequest request, int status, byte[] body, String type) {
        List<NameValuePair> headers = List.of(new NameValuePair("Content-Type", type));
        return new WebResponse(new WebResponseData(body, status, status == 200 ? "OK" : "Refused", headers), request, 0);
    }

    private static String type(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".js") || name.endsWith(".mjs")) {
            return "application/javascript";
        }
        if (name.endsWith(".css")) {
            return "text/css";
        }
        if (name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".xhtml")) {
            return "text/html";
        }
        return "application/octet-stream";
    }

    @Override
    public void close() {
        // nothing held open
    }
}
