package com.recruitingscheduler.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA on every page, checked by axe-core in a real Chromium at a desktop width and at a phone's 390 px: no
 * serious or critical violation, and nothing wider than the screen. And an invalid submit walked as a keyboard or
 * screen-reader user meets it: the summary above the form takes the focus, names each field, and links to it. And
 * Swagger UI (dev and test) renders the API under its own policy, nothing blocked.
 */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final int[][] WIDTHS = {{1280, 900}, {390, 844}};

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void everyPageMeetsWcag21AaAtBothWidthsWithoutSidewaysScrolling() {
        String scheduled = Interviews.schedule(Interviews.request());
        Interviews.settled(scheduled);
        String schedulingLink = candidateLink();
        String admin = Accounts.create(true);
        List<String> pages = List.of("interviews", "interviews?when=past", "interviews?from=not-a-date", "interviews/new",
                "interviews/" + scheduled, "interviews/" + scheduled + "/reschedule",
                "interviews/" + scheduled + "/edit", "interviews/" + java.util.UUID.randomUUID(), "account", "admin/recruiters",
                "admin/api-keys", "interviewers", "pools", "sandbox/inbox");
        List<String> failures = new ArrayList<>();
        for (int[] size : WIDTHS) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]));
            Page page = context.newPage();
            page.navigate(url("login"));
            failures.addAll(check(page, "login", size[0]));
            page.navigate(schedulingLink);
            failures.addAll(check(page, "the candidate's page", size[0]));
            page.navigate(candidateLink());
            page.locator("input[name=start]").first().check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book this time")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Booked"))).isVisible();
            failures.addAll(check(page, "the candidate's page once booked", size[0]));
            page.navigate(url("schedule/" + "C".repeat(43)));
            failures.addAll(check(page, "a candidate's link that does not open", size[0]));
            signIn(page, admin);
            for (String path : pages) {
                page.navigate(url(path));
                failures.addAll(check(page, path, size[0]));
            }
            page.navigate(url("interviews/new"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the interview")).click();
            failures.addAll(check(page, "interviews/new with errors", size[0]));
            page.navigate(url("interviews/new"));
            page.getByLabel("Role").fill("Platform Engineer");
            page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().plusDays(5).toString());
            page.getByLabel("Start time").fill("09:00");
            page.locator("#candidateName").fill("Ada Candidate");
            page.locator("#candidateEmail").fill("ada." + size[0] + "@candidates.example");
            page.locator("#candidateTimeZone").fill("Europe/Lisbon");
            page.getByLabel("Interviewer 1 name").fill("Ines Interviewer");
            page.getByLabel("Interviewer 1 e-mail").fill("ines." + size[0] + "@corp.example");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find a time")).click();
            assertThat(page.locator(".suggestions li").first()).isVisible();
            failures.addAll(check(page, "interviews/new with times found", size[0]));
            context.close();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anInvalidSubmitPutsTheFocusOnASummaryThatNamesAndLinksEachField() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        signIn(page, Accounts.create(false));
        page.navigate(url("interviews/new"));
        page.getByLabel("Role").fill("");
        page.locator("#candidateName").fill("Cleo Candidate");
        page.locator("#candidateEmail").fill("cleo@");
        page.locator("#candidateTimeZone").fill("Europe/Paris");
        page.getByLabel("Interviewer 1 name").fill("Ivan");
        page.getByLabel("Interviewer 1 e-mail").fill("ivan@corp.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an interviewer")).click();
        page.getByLabel("Interviewer 2 name").fill("Ines");
        page.getByLabel("Interviewer 2 e-mail").fill("not an address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the interview")).click();

        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#error-summary")).containsText("Role: enter the role the candidate is interviewing for");
        assertThat(page.locator("#error-summary")).containsText("Interviewer 2's e-mail: enter an e-mail address");
        assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#interviewerEmail1")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#interviewerEmail1")).hasAccessibleDescription("Enter an e-mail address such as name@example.com");
        assertThat(page.locator("#interviewerEmail0")).not().hasAttribute("aria-invalid", "true");

        page.locator("#error-summary a", new Page.LocatorOptions().setHasText("Interviewer 2's e-mail")).click();
        assertThat(page.locator("#interviewerEmail1")).isFocused();
    }

    @Test
    void swaggerUiRendersTheApiUnderItsOwnPolicy() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        List<String> blocked = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blocked.add(message.text());
            }
        });
        page.navigate(management.getProtocol() + "://" + management.getHost() + ":" + management.getPort() + "/q/swagger-ui/");
        assertThat(page.locator(".opblock-summary-path").first()).isVisible();
        assertThat(page.locator("body")).containsText("/api/interviews/{id}");
        assertThat(blocked).isEmpty();
    }

    /** The serious and critical WCAG 2.1 AA violations on the page as it stands, and whether it scrolls sideways. */
    private static List<String> check(Page page, String name, int width) {
        List<String> failures = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                failures.add(name + " at " + width + " px: " + rule.getId() + " (" + rule.getImpact() + ") "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList());
            }
        }
        Object sideways = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (((Number) sideways).intValue() > 0) {
            failures.add(name + " at " + width + " px scrolls sideways by " + sideways + " px");
        }
        return failures;
    }

    private void signIn(Page page, String email) {
        page.navigate(url("login"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(Accounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).not().hasURL(url("login"));
    }

    /** A candidate's own page: an interview whose candidate picks the time. */
    private static String candidateLink() {
        Map<String, Object> request = new LinkedHashMap<>(Interviews.request());
        request.remove("start");
        request.put("candidateChooses", Map.of("from", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "to", Instant.now().plus(5, ChronoUnit.DAYS).toString()));
        String id = Interviews.schedule(request);
        return given().get("/api/interviews/" + id).then().extract().path("schedulingLink");
    }

}
