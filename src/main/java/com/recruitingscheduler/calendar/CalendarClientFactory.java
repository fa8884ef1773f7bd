package com.recruitingscheduler.calendar;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.CalendarRequest;
import com.google.api.services.calendar.CalendarRequestInitializer;
import com.google.api.services.calendar.CalendarScopes;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the generated Calendar client for the configured mode. Both modes run the same client over real HTTP;
 * only the root URL and the credentials differ.
 */
@ApplicationScoped
class CalendarClientFactory {

    static final List<String> SCOPES = List.of(CalendarScopes.CALENDAR);
    private static final int TIMEOUT_MILLIS = 20_000;

    private final CalendarConfig config;
    private final Instance<BuiltInSandboxToken> sandboxToken;

    CalendarClientFactory(CalendarConfig config, Instance<BuiltInSandboxToken> sandboxToken) {
        this.config = config;
        this.sandboxToken = sandboxToken;
    }

    Calendar create(String rootUrl) {
        GoogleCredentials credentials = credentials();
        HttpCredentialsAdapter adapter = new HttpCredentialsAdapter(credentials);
        HttpRequestInitializer initializer = request -> {
            adapter.initialize(request);
            request.setConnectTimeout(TIMEOUT_MILLIS);
            request.setReadTimeout(TIMEOUT_MILLIS);
        };
        Calendar.Builder builder = new Calendar.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), initializer)
                .setRootUrl(rootUrl)
                .setApplicationName("recruiting-scheduler");
        if (config.mode() == CalendarConfig.Mode.GOOGLE && config.organizer().isPresent()) {
            // Under domain-wide delegation Google wants the impersonated user named as quotaUser on every call, so the
            // per-user quota (600 a minute) is the organizer's, as recruiting.calendar.requests-per-minute assumes.
            String organizer = config.organizer().get();
            builder.setGoogleClientRequestInitializer(new CalendarRequestInitializer() {
                @Override
                protected void initializeCalendarRequest(CalendarRequest<?> request) {
                    request.setQuotaUser(organizer);
                }
            });
        }
        return builder.build();
    }

    /** Where requests go; in sandbox mode before the app's random port is known, a retryable "not reachable yet". */
    String rootUrl() {
        if (config.mode() == CalendarConfig.Mode.SANDBOX && ownPort() == 0) {
            throw new CalendarException(0, "notListening", "The built-in sandbox is not listening yet", null);
        }
        String url = config.mode() == CalendarConfig.Mode.SANDBOX ? "http://localhost:" + ownPort() + "/sandbox/"
                : config.rootUrl().orElse("https://www.googleapis.com/");
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * In google mode: the service-account key (impersonating the organizer) or Application Default Credentials.
     * A missing or unreadable key file is a configuration error the operator must see at start.
     */
    GoogleCredentials credentials() {
        if (config.mode() == CalendarConfig.Mode.SANDBOX) {
            // The built-in sandbox, in this process, hands its token over directly: no key file to manage in dev.
            return GoogleCredentials.create(new AccessToken(sandboxToken.get().accessToken(), null));
        }
        try {
            GoogleCredentials credentials;
            if (config.credentials().isPresent()) {
                Path key = Path.of(config.credentials().get());
                if (!Files.isReadable(key)) {
                    throw new IllegalStateException("recruiting.calendar.credentials points to '" + key
                            + "', which does not exist or cannot be read. Give the path of the service account's JSON key file.");
                }
                try (InputStream in = new FileInputStream(key.toFile())) {
                    credentials = GoogleCredentials.fromStream(in);
                }
            } else {
                credentials = GoogleCredentials.getApplicationDefault();
            }
            credentials = credentials.createScoped(SCOPES);
            if (config.organizer().isPresent()) {
                credentials = credentials.createDelegated(config.organizer().get());
            }
            return credentials;
        } catch (IOException e) {
            throw new IllegalStateException("Could not read Google credentials ("
                    + config.credentials().map(p -> "recruiting.calendar.credentials=" + p).orElse("Application Default Credentials")
                    + "): " + e.getMessage(), e);
        }
    }

    private static int ownPort() {
        // Quarkus writes the real port back to this property, also when it was chosen at random.
        String property = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(property, Integer.class)
                .orElse(LaunchMode.current() == LaunchMode.TEST ? 8081 : 8080);
    }
}
