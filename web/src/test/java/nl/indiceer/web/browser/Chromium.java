package nl.indiceer.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}) driven by Playwright, headless. Playwright's own browser download is
 * switched off: this machine's network reaches no browser download, and CI installs the Debian package instead
 * ({@code .ci/run}). Without that package the browser tests fail with the reason; they never skip, so a green build
 * always means the pages were really tried in a browser. One Chromium serves all browser test classes of a test run
 * (starting it takes seconds on this 2-core machine); each test gets its own browser context, so nothing leaks from
 * one test to the next. It is closed when the JVM ends.
 */
final class Chromium implements AutoCloseable {

    /** Debian's package puts it here; {@code -Dindiceer.chromium=...} points elsewhere (and shows the failure without it). */
    static final Path PROGRAMMA = Path.of(System.getProperty("indiceer.chromium", "/usr/bin/chromium"));
    static final String ONTBREEKT = "Chromium ontbreekt: installeer met apt-get install chromium (.ci/run doet dit)";

    /** The probe's flags: without the network ones Chromium keeps calling hosts this closed network refuses. */
    private static final List<String> VLAGGEN = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Chromium gedeeld;
    private static AssertionError mislukt;

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** The one Chromium of this JVM, started on first use; when that failed, every later call fails the same way. */
    static synchronized Chromium gedeeld() {
        if (mislukt != null) {
            throw mislukt;
        }
        if (gedeeld == null) {
            try {
                gedeeld = start();
            } catch (AssertionError e) {
                mislukt = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(gedeeld::close, "chromium-sluiten"));
        }
        return gedeeld;
    }

    private static Chromium start() {
        if (!Files.isExecutable(PROGRAMMA)) {
            throw new AssertionError(ONTBREEKT + " – " + PROGRAMMA + " niet gevonden");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(PROGRAMMA).setHeadless(true).setArgs(VLAGGEN)));
        } catch (RuntimeException e) {
            playwright.close();
            throw new AssertionError("Chromium start niet (" + PROGRAMMA + "): " + e.getMessage(), e);
        }
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
