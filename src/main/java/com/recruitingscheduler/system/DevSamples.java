package com.recruitingscheduler.system;

import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.Actor;
import com.recruitingscheduler.interview.InterviewService;
import com.recruitingscheduler.interview.NewInterview;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Dev mode opens with a few sample interviews, scheduled through the sandbox like any other. */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevSamples {

    private static final Logger LOG = Logger.getLogger(DevSamples.class);

    /** Only stores the interviews; the background steps reach the sandbox once the HTTP server is up. */
    void onStart(@Observes StartupEvent start, InterviewService interviews) {
        seed(interviews);
    }

    private void seed(InterviewService interviews) {
        if (QuarkusTransaction.requiringNew().call(() -> Interview.count()) > 0) {
            return;
        }
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate tomorrow = LocalDate.now(paris).plusDays(1);
        List<NewInterview> samples = List.of(
                new NewInterview("Senior Backend Engineer",
                        new NewInterview.Candidate("Ada Lovelace", "ada@candidates.example", "Europe/London"),
                        List.of(new NewInterview.Interviewer("Grace Hopper", "grace@corp.example"),
                                new NewInterview.Interviewer("Alan Turing", "alan@corp.example")),
                        tomorrow.atTime(LocalTime.of(10, 0)).atZone(paris).toInstant(), 60,
                        "System design round. Grace leads, Alan takes notes.", null, "Europe/Paris", null, true, null),
                new NewInterview("Product Designer",
                        new NewInterview.Candidate("Dieter Rams", "dieter@candidates.example", "Europe/Berlin"),
                        List.of(new NewInterview.Interviewer("Margaret Hamilton", "margaret@corp.example")),
                        tomorrow.plusDays(1).atTime(LocalTime.of(15, 30)).atZone(paris).toInstant(), 45,
                        "Portfolio review.", null, "Europe/Paris", null, true, null),
                new NewInterview("Data Engineer",
                        new NewInterview.Candidate("Katherine Johnson", "katherine@candidates.example", "America/New_York"),
                        List.of(new NewInterview.Interviewer("Edsger Dijkstra", "edsger@corp.example"),
                                new NewInterview.Interviewer("Barbara Liskov", "barbara@corp.example")),
                        tomorrow.plusDays(2).atTime(LocalTime.of(17, 0)).atZone(paris).toInstant(), 45,
                        null, null, "Europe/Paris", null, true, null));
        samples.forEach(sample -> interviews.schedule(sample, new Actor("dev-samples")));
        LOG.infof("Dev mode: scheduled %d sample interviews; open http://localhost:8080/interviews", samples.size());
    }
}
