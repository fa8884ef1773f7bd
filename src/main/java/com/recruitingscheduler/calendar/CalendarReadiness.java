package com.recruitingscheduler.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the organizer calendar answers (read through the gateway's short cache, so probes cost little quota). */
@Readiness
@ApplicationScoped
public class CalendarReadiness implements HealthCheck {

    private final CalendarGateway calendar;

    CalendarReadiness(CalendarGateway calendar) {
        this.calendar = calendar;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("Google Calendar").up()
                    .withData("conferenceTypes", String.join(",", calendar.allowedSolutionTypes().stream().map(t -> t.key()).toList()))
                    .build();
        } catch (CalendarException e) {
            return HealthCheckResponse.named("Google Calendar").down().withData("error", e.getMessage()).build();
        }
    }
}
