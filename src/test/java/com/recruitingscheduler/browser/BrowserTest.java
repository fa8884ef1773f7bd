package com.recruitingscheduler.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test shares: Debian's Chromium, driven by Playwright (never a browser Playwright downloads),
 * launched for each test and closed after it, the sandbox left as it was found. CI installs Chromium (.ci/run) and
 * must run the browser tests; elsewhere they are skipped when it is missing.
 */
abstract class BrowserTest {

    private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @TestHTTPResource("/")
    URL app;

    private Playwright playwright;
    Browser browser;

    @BeforeEach
    void launchBrowser() {
        if (!Files.isExecutable(EXECUTABLE)) {
            assertThat(System.getenv("CI")).as("Chromium is required in CI at " + EXECUTABLE).isNotEqualTo("true");
            Assumptions.abort("No Chromium at " + EXECUTABLE + "; install Debian's chromium package to run browser tests");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    @AfterEach
    void closeBrowser() {
        Sandbox.reset();
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    String url(String path) {
        return app.toString() + path;
    }
}
