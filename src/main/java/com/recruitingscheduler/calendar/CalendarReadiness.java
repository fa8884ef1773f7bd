package com.recruitingscheduler.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the organizer calendar answers. Probes read the gateway's cache (failures are cached too) and are never
 * charged to the organizer's request budget; what is wrong is said without the service account's details.
 */
@Readiness
@ApplicationScoped
public class CalendarReadiness implements HealthCheck {

    private final GoogleCalendarGateway calendar;

    CalendarReadiness(GoogleCalendarGateway calendar) {
        this.calendar = calendar;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("Google Calendar").up()
                    .withData("conferenceTypes", String.join(",", calendar.probe().stream().map(t -> t.key()).toList()))
                    .build();
        } catch (CalendarException e) {
            return HealthCheckResponse.named("Google Calendar").down().withData("error", e.getMessage()).build();
        }
    }
}
