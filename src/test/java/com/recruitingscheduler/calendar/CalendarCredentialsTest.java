package com.recruitingscheduler.calendar;

import com.recruitingscheduler.support.ServiceAccountKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Credentials in google mode: a bad key file is refused with a message that names the setting. */
class CalendarCredentialsTest {

    private static CalendarConfig google(String credentials, String organizer) {
        return new CalendarConfig() {
            public Mode mode() { return Mode.GOOGLE; }
            public Optional<String> credentials() { return Optional.ofNullable(credentials); }
            public Optional<String> organizer() { return Optional.ofNullable(organizer); }
            public Optional<String> rootUrl() { return Optional.empty(); }
            public String calendarId() { return "primary"; }
            public int requestsPerMinute() { return 480; }
            public int requestBurst() { return 120; }
            public Duration conferenceTypesCache() { return Duration.ofMinutes(5); }
            public Duration failureCache() { return Duration.ofSeconds(30); }
            public Duration quotaPause() { return Duration.ofMinutes(1); }
            public Duration maxQuotaPause() { return Duration.ofMinutes(30); }
        };
    }

    @Test
    void aMissingKeyFileIsRefusedNamingTheSetting() {
        var factory = new CalendarClientFactory(google("/nonexistent/key.json", null), null);
        assertThatThrownBy(factory::credentials).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("recruiting.calendar.credentials").hasMessageContaining("/nonexistent/key.json");
    }

    @Test
    void anUnreadableKeyFileIsRefused() throws IOException {
        Path garbage = Files.writeString(Files.createTempFile("key", ".json"), "{not json");
        var factory = new CalendarClientFactory(google(garbage.toString(), null), null);
        assertThatThrownBy(factory::credentials).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Could not read Google credentials");
    }

    @Test
    void aKeyFileImpersonatesTheOrganizerWithTheCalendarScope() {
        Path key = ServiceAccountKey.write("https://oauth2.example/token");
        var credentials = (com.google.auth.oauth2.ServiceAccountCredentials)
                new CalendarClientFactory(google(key.toString(), "organizer@corp.example"), null).credentials();
        assertThat(credentials.getServiceAccountUser()).isEqualTo("organizer@corp.example");
        assertThat(credentials.getScopes()).containsExactly("https://www.googleapis.com/auth/calendar");
        assertThat(credentials.getTokenServerUri().toString()).isEqualTo("https://oauth2.example/token");
    }

    @Test
    void theRootUrlDefaultsToGoogleAndAlwaysEndsWithASlash() {
        assertThat(new CalendarClientFactory(google(null, null), null).rootUrl()).isEqualTo("https://www.googleapis.com/");
    }
}
