package com.recruitingscheduler.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recruiter's day in a real Chromium (Debian's, driven by Playwright): sign in, schedule an interview with two
 * interviewers while Google keeps the conference pending, watch the page turn into the join card by itself, read the
 * candidate's invitation in the sandbox inbox, move the interview, cancel it. Screenshots go to target/screenshots.
 */
@QuarkusTest
class RecruiterBrowserTest extends BrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeEach
    void screenshotsFolder() throws Exception {
        Files.createDirectories(SHOTS);
    }

    @Test
    void scheduleWatchPendingBecomeTheJoinCardReadTheCandidatesInviteMoveAndCancel() {
        String email = Accounts.create(false);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String candidateEmail = "cara." + tag + "@candidates.example";
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();

        page.navigate(url("interviews"));
        assertThat(page).hasURL(url("login"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(Accounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Interviews"))).isVisible();

        Sandbox.configure(Map.of("conferencePendingReads", 0, "conferencePendingDelayMillis", 3000, "conferenceSuccessAtOnceRate", 0));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule an interview")).first().click();
        page.getByLabel("Role").fill("Staff Engineer");
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().plusDays(4).toString());
        page.getByLabel("Start time").fill("14:30");
        page.getByLabel("Duration (minutes)").fill("60");
        page.getByLabel("Your time zone").fill("Europe/Berlin");
        page.locator("#candidateName").fill("Cara Candidate " + tag);
        page.locator("#candidateEmail").fill(candidateEmail);
        page.locator("#candidateTimeZone").fill("America/New_York");
        page.getByLabel("Interviewer 1 name").fill("Ivo Interviewer " + tag);
        page.getByLabel("Interviewer 1 e-mail").fill("ivo." + tag + "@corp.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an interviewer")).click();
        page.getByLabel("Interviewer 2 name").fill("Iris Interviewer " + tag);
        page.getByLabel("Interviewer 2 e-mail").fill("iris." + tag + "@corp.example");
        page.getByLabel("Notes for the interviewers").fill("Ivo leads; Iris takes notes.");
        // 14:30 in Berlin is 08:30 in New York: shown as typed, before anything is sent.
        assertThat(page.locator("#candidate-time")).containsText("08:30");
        assertThat(page.locator("#candidate-time")).containsText("America/New_York");

        // Find a time: the times that suit the panel and the candidate, from the date and time typed on.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find a time")).click();
        assertThat(page.locator(".suggestions li").first()).containsText("14:30");
        assertThat(page.locator(".suggestions li").first()).containsText("candidate:");
        page.locator(".suggestions button").nth(1).click(); // the second time offered: 14:45
        assertThat(page.locator("[role=status]")).containsText("Time filled in");
        assertThat(page.getByLabel("Start time")).hasValue("14:45");
        assertThat(page.getByLabel("Interviewer 2 e-mail")).hasValue("iris." + tag + "@corp.example");
        page.getByLabel("Start time").fill("14:30");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("new-interview.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the interview")).click();

        assertThat(page.locator(".badge")).hasText("Scheduling…");
        assertThat(page.locator(".alert.pending")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("interview-pending.png")));
        // No reload by hand: the page refreshes itself until Google has created the conference.
        assertThat(page.locator(".join-card h3")).hasText("Join Google Meet", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(20_000));
        assertThat(page.locator(".badge")).hasText("Scheduled");
        assertThat(page.locator(".join-video a")).hasAttribute("href", java.util.regex.Pattern.compile("^https://meet\\.google\\.com/"));
        assertThat(page.locator("body")).containsText("America/New_York");
        String detail = page.url();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("interview-scheduled.png")).setFullPage(true));
        // the copy buttons put the join link, and a summary naming no interviewer, on the clipboard
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy the join link")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copied"))).isVisible();
        assertThat((String) page.evaluate("() => navigator.clipboard.readText()"))
                .isEqualTo(page.locator(".join-video a").getAttribute("href"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy for the candidate")).click();
        assertThat((String) page.evaluate("() => navigator.clipboard.readText()"))
                .startsWith("Your interview for the").contains("America/New_York").doesNotContain("Iris").doesNotContain("corp.example");

        page.navigate(url("sandbox/inbox?email=" + candidateEmail));
        assertThat(page.locator("article.mail h3").first()).hasText("Invitation: Interview: Staff Engineer");
        assertThat(page.locator("article.mail .join-video a").first()).isVisible();
        String invite = page.locator("article.mail").first().innerText();
        assertThat(invite).doesNotContain("Ivo Interviewer").doesNotContain("Iris Interviewer")
                .doesNotContain("ivo." + tag).doesNotContain("iris." + tag).contains("admits you");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("candidate-inbox.png")).setFullPage(true));

        page.navigate(detail);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Move to another time")).click();
        page.getByLabel("Start time").fill("16:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the interview")).click();
        assertThat(page.locator(".alert.info")).containsText("Moving both events");
        assertThat(page.locator(".card").first()).containsText("16:00", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(10_000));

        // A panel edit: Iris leaves, Olga joins; nobody cancels anything and the candidate hears nothing of it.
        Locator edit = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the panel, role or notes"));
        assertThat(edit).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        edit.click();
        assertThat(page.getByLabel("Interviewer 2 e-mail")).hasValue("iris." + tag + "@corp.example");
        page.getByLabel("Interviewer 2 name").fill("");
        page.getByLabel("Interviewer 2 e-mail").fill("");
        page.getByLabel("Interviewer 3 name").fill("Olga Observer " + tag);
        page.getByLabel("Interviewer 3 e-mail").fill("olga." + tag);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the changes")).click();
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.getByLabel("Interviewer 2 e-mail")).hasAttribute("aria-invalid", "true");
        page.getByLabel("Interviewer 2 e-mail").fill("olga." + tag + "@corp.example");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("interview-edit.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the changes")).click();
        assertThat(page.locator(".alert.info")).containsText("Changing the events");
        Locator panel = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Interviewers")).locator("xpath=following-sibling::ul[1]");
        assertThat(panel.locator("li")).hasCount(2);
        assertThat(panel).containsText("Olga Observer " + tag);
        assertThat(panel).not().containsText("Iris Interviewer " + tag);
        assertThat(page.locator("table")).containsText("removed Iris Interviewer " + tag, new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        page.navigate(url("sandbox/inbox?email=olga." + tag + "@corp.example"));
        assertThat(page.locator("article.mail h3").first()).containsText("Invitation:");
        assertThat(page.locator("article.mail .join-video a").first()).isVisible();
        page.navigate(url("sandbox/inbox?email=iris." + tag + "@corp.example"));
        assertThat(page.locator("article.mail h3").first()).containsText("Cancelled");
        page.navigate(url("sandbox/inbox?email=" + candidateEmail));
        assertThat(page.locator("article.mail h3").first()).not().containsText("Cancelled");
        assertThat(page.locator("body")).not().containsText("Olga");
        page.navigate(detail);

        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the interview")).click();
        assertThat(page.locator(".badge")).hasText("Cancelled");

        page.navigate(url("interviews"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("interviews.png")).setFullPage(true));
        page.setViewportSize(390, 844);
        page.navigate(detail);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("interview-phone.png")).setFullPage(true));
    }

    @Test
    void theCandidatePicksTheTimeOnTheirLinkOnAPhone() {
        String email = Accounts.create(false);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String interviewerName = "Petra Panelist " + tag;
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.navigate(url("login"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(Accounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.navigate(url("interviews/new"));
        page.getByLabel("Role").fill("Data Analyst");
        page.getByLabel("Your time zone").fill("Europe/Berlin");
        page.getByText("The candidate does, on a private link").click();
        page.getByLabel("Candidate's first day").fill(LocalDate.now().plusDays(3).toString());
        page.getByLabel("Candidate's last day").fill(LocalDate.now().plusDays(5).toString());
        page.locator("#candidateName").fill("Cleo Candidate " + tag);
        page.locator("#candidateEmail").fill("cleo." + tag + "@candidates.example");
        page.locator("#candidateTimeZone").fill("Asia/Kolkata");
        page.getByLabel("Interviewer 1 name").fill(interviewerName);
        page.getByLabel("Interviewer 1 e-mail").fill("petra." + tag + "@corp.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the interview")).click();
        assertThat(page.locator(".badge")).hasText("Awaiting the candidate");
        String link = page.getByLabel("The candidate's link").inputValue();
        assertThat(link).contains("/schedule/");

        Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
        phone.navigate(link);
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your Data Analyst interview"))).isVisible();
        assertThat(phone.locator("body")).containsText("Asia/Kolkata");
        assertThat(phone.locator("body")).not().containsText("Petra");
        phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("candidate-page.png")).setFullPage(true));
        phone.locator("input[name=start]").first().check();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book this time")).click();
        assertThat(phone.locator("[role=status]")).containsText("Booked");
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Booked"))).isVisible();
        phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("candidate-booked.png")).setFullPage(true));

        page.reload();
        assertThat(page.locator(".badge")).not().hasText("Awaiting the candidate");
    }

}
