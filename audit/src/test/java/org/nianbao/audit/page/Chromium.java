package org.nianbao.audit.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium, run once per page with a throw-away profile and no network services. */
final class Chromium {

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The installed browser, if any: {@code chromium} or {@code chromium-browser} on the PATH. */
    static Optional<Chromium> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new Chromium(p));
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM once the page's scripts ran (virtual time lets timers and image loads finish). */
    String dumpDom(Path page, String query) throws IOException, InterruptedException {
        return run(List.of("--allow-file-access-from-files", "--virtual-time-budget=8000", "--dump-dom",
                page.toUri() + query));
    }

    void screenshot(Path page, String fragment, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--virtual-time-budget=5000",
                "--screenshot=" + png.toAbsolutePath(), page.toUri() + fragment));
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path stdout = Files.createTempFile("chromium", ".out");
        try {
            List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not finish in 120 s: " + cmd);
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(stdout);
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
