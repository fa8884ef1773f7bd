package com.recruitingscheduler.sandbox.inbox;

import com.recruitingscheduler.sandbox.calendar.Invitation;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.databind.JsonNode;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.EntryPointType;
import com.recruitingscheduler.conference.InvalidConferenceException;
import com.recruitingscheduler.conference.SolutionType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import io.quarkus.mailer.MockMailbox;
import jakarta.enterprise.inject.Instance;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The e-mails the sandbox would have sent, one address at a time, so a person can see exactly what a candidate or an
 * interviewer receives — and that the candidate's invitation names no interviewer.
 */
@RolesAllowed(Roles.RECRUITER) // only where the sandbox is enabled, and then only for signed-in recruiters
@Path("/sandbox/inbox")
@Produces(MediaType.TEXT_HTML)
public class SandboxInboxResource {

    /** An e-mail the app itself sent (the candidate's link), caught by the mailer's mock mailbox. */
    public record AppMail(String subject, String text) {
    }

    /** One e-mail as shown in the inbox. */
    public record Mail(String subject, String from, String kind, ZonedDateTime start, ZonedDateTime end,
                       String description, List<String> guests, ConferenceSolution conference) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(String email, List<Mail> mails, Set<String> addresses, List<AppMail> appMails);
    }

    private final SandboxCalendar calendar;
    private final Instance<MockMailbox> appMailbox;

    SandboxInboxResource(SandboxCalendar calendar, Instance<MockMailbox> appMailbox) {
        this.calendar = calendar;
        this.appMailbox = appMailbox;
    }

    @GET
    public TemplateInstance inbox(@QueryParam("email") String email) {
        List<Mail> mails = new ArrayList<>();
        if (email != null && !email.isBlank()) {
            for (Invitation invitation : calendar.inbox(email.trim())) {
                mails.add(mail(invitation));
            }
        }
        List<AppMail> appMails = email == null || email.isBlank() || !appMailbox.isResolvable() ? List.of()
                : appMailbox.get().getMailsSentTo(email.trim()).stream().map(m -> new AppMail(m.getSubject(), m.getText())).toList();
        return Templates.inbox(email == null ? "" : email.trim(), mails, new TreeSet<>(calendar.recipients()), appMails);
    }

    private Mail mail(Invitation invitation) {
        JsonNode event = invitation.event();
        List<String> guests = new ArrayList<>();
        for (JsonNode attendee : event.path("attendees")) {
            String name = attendee.path("displayName").asText("");
            String address = attendee.path("email").asText("");
            guests.add(name.isEmpty() ? address : name + " <" + address + ">");
        }
        return new Mail(invitation.kind().subjectPrefix + ": " + event.path("summary").asText("(no title)"),
                event.path("organizer").path("email").asText(calendar.organizer()),
                invitation.kind().name(),
                time(event.path("start")), time(event.path("end")),
                event.path("description").asText(""), guests, conference(event.path("conferenceData")));
    }

    private static ZonedDateTime time(JsonNode node) {
        OffsetDateTime at = OffsetDateTime.parse(node.path("dateTime").asText());
        String zone = node.path("timeZone").asText(null);
        return zone == null ? at.toZonedDateTime() : at.atZoneSameInstant(ZoneId.of(zone));
    }

    /** The join card of an e-mail; none while the conference is pending or when it cannot be read. */
    static ConferenceSolution conference(JsonNode data) {
        if (!data.has("entryPoints")) {
            return null;
        }
        try {
            List<EntryPoint> entryPoints = new ArrayList<>();
            for (JsonNode e : data.path("entryPoints")) {
                entryPoints.add(new EntryPoint(EntryPointType.requireKey(e.path("entryPointType").asText()),
                        e.path("uri").asText(null), text(e, "label"), text(e, "pin"), text(e, "accessCode"),
                        text(e, "meetingCode"), text(e, "passcode"), text(e, "password"), text(e, "regionCode")));
            }
            JsonNode solution = data.path("conferenceSolution");
            return new ConferenceSolution(SolutionType.requireKey(solution.path("key").path("type").asText()),
                    text(solution, "name"), text(solution, "iconUri"), text(data, "conferenceId"), entryPoints,
                    text(data, "notes"), text(data, "signature"));
        } catch (InvalidConferenceException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
