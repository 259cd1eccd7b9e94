package dev.allot.testing;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright for Java, headless, against a running Allot. One browser per test
 * class; each test gets a fresh context (cookies, session) and leaves a screenshot under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String base;

    public Browser(int port) {
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("allot.chromium", "/usr/bin/chromium")))
                .setArgs(ARGS).setHeadless(true));
        this.base = "http://127.0.0.1:" + port;
    }

    /** A new page in a fresh context, with the browser asking for this language first. */
    public Page newPage(String acceptLanguage) {
        BrowserContext context = chromium.newContext(new NewContextOptions().setBaseURL(base).setLocale(acceptLanguage)
                .setViewportSize(1366, 900).setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage)));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        // a failing script or request shows in the test output, not only as a timeout
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.type().equals("warning")) {
                System.err.println("[browser " + m.type() + "] " + m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400) {
                System.err.println("[browser] " + r.status() + " " + r.request().method() + " " + r.url());
            }
        });
        return page;
    }

    public Page newPage() {
        return newPage("en-US");
    }

    /** Signs in on the sign-in page with the given admin sign-in name and password, ending on Home. */
    public static void signIn(Page page, String signInName, String password) {
        page.navigate("/signin");
        page.getByLabel(java.util.regex.Pattern.compile("Sign-in name|Nume de conectare|Inloggningsnamn|Aanmeldnaam|Nome di accesso|Anmeldename")).fill(signInName);
        page.locator("#password").fill(password);
        page.locator("form[action$='/signin'] button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/signin"));
    }

    public static Path screenshot(Page page, String name) {
        Path file = Paths.get("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
