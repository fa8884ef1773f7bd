package com.recruitingscheduler.interview;

import com.recruitingscheduler.web.PublicUrl;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * E-mails a candidate their link (Quarkus Mailer), where mail is set up ({@code recruiting.mail.enabled} and the
 * {@code quarkus.mailer.*} SMTP settings). In dev and test the mailer is a mock: nothing real is sent, and the
 * sandbox inbox shows the mail.
 */
@ApplicationScoped
public class LinkMail {

    private final Mailer mailer;
    private final boolean enabled;

    LinkMail(Mailer mailer, @ConfigProperty(name = "recruiting.mail.enabled", defaultValue = "false") boolean enabled) {
        this.mailer = mailer;
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sends the link of an interview whose candidate picks the time; the history records it.
     *
     * @return the address written to
     */
    public String send(UUID interviewId, String actor) {
        if (!enabled) {
            throw new InterviewStateException("E-mail is not set up for this app: copy the link into your own message.");
        }
        Interview interview = QuarkusTransaction.requiringNew().call(() -> Interview.findById(interviewId));
        if (interview == null || !interview.isAwaitingCandidate() || !interview.linkIsLive(Instant.now())) {
            throw new InterviewStateException("Only an interview whose candidate is still to pick a time has a link to send.");
        }
        String link = PublicUrl.schedulingLink(interview.schedulingToken);
        mailer.send(Mail.withText(interview.candidateEmail, "Choose a time for your " + interview.title + " interview",
                "Hello " + interview.candidateName + ",\n\n"
                        + "Please choose a time for your " + interview.title + " interview (" + interview.durationMinutes
                        + " minutes, by video call) here:\n\n" + link + "\n\n"
                        + "Your invitation, with the link to join the call, comes by e-mail once you have chosen.\n"));
        QuarkusTransaction.requiringNew().run(() -> StepLogEntry.recordAction(interviewId, StepLogEntry.Action.LINK_SENT,
                actor, "to " + interview.candidateEmail));
        return interview.candidateEmail;
    }
}
