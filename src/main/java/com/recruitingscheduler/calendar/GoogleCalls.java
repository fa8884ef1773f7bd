package com.recruitingscheduler.calendar;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.calendar.Calendar;
import com.recruitingscheduler.conference.InvalidConferenceException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one call reaches Google: on the generated client built for the root URL in force, within the organizer's
 * request budget (a short wait, else handed back to be planned), refused while the organizer's writes are paused,
 * Google's errors in this app's terms ({@link GoogleErrors}), and counted by method and outcome
 * ({@code recruiting_calendar_calls_total}). What each call sends is {@link GoogleCalendarGateway}'s.
 */
@ApplicationScoped
@Startup // a broken key file must stop the app at start, not at the first interview
class GoogleCalls {

    private static final Duration SHORT_WAIT = Duration.ofSeconds(1);

    /**
     * What a call is, for the budget and the pause: reads and writes take 1 quota unit each; a probe (readiness) takes
     * none; the read and the update of a read-then-write pair are paid together before the read ({@link #payForPair}),
     * so that under a tight budget a step never spends a unit on a read it then cannot follow up.
     */
    enum Use {
        READ(true, false), WRITE(true, true), PROBE(false, false), PAID_READ(false, false), PAID_WRITE(false, true);

        final boolean charged;
        final boolean write;

        Use(boolean charged, boolean write) {
            this.charged = charged;
            this.write = write;
        }
    }

    private final CalendarConfig config;
    private final CalendarClientFactory factory;
    private final CalendarRateLimiter limiter;
    private final CalendarPause pause;
    private final MeterRegistry metrics;
    private volatile Calendar client;

    GoogleCalls(CalendarConfig config, CalendarClientFactory factory, CalendarRateLimiter limiter, CalendarPause pause,
                MeterRegistry metrics) {
        this.config = config;
        this.factory = factory;
        this.limiter = limiter;
        this.pause = pause;
        this.metrics = metrics;
        factory.credentials();
    }

    /**
     * The generated client, built for the root URL in force: in sandbox mode that is this app's own port, which a
     * random test port makes known only once the server listens — a step picked up at start must not build a client
     * for port 0 and keep it.
     */
    private Calendar client() {
        String rootUrl = factory.rootUrl();
        Calendar current = client;
        if (current == null || !rootUrl.equals(current.getRootUrl())) {
            synchronized (this) {
                if (client == null || !rootUrl.equals(client.getRootUrl())) {
                    client = factory.create(rootUrl);
                }
                current = client;
            }
        }
        return current;
    }

    /** One request on the generated client. */
    @FunctionalInterface
    interface GoogleCall<T> {
        T execute(Calendar client) throws IOException;
    }

    /** One Calendar call, counted by method and outcome ({@code recruiting_calendar_calls_total}). */
    <T> T call(String method, Use use, GoogleCall<T> call) {
        try {
            T result = callGoogle(method, use, call);
            count(method, "ok");
            if (use.write) {
                pause.writeSucceeded();
            }
            return result;
        } catch (CalendarException e) {
            count(method, e.status() == 0 ? "io-error" : e.status() + (e.reason() == null ? "" : " " + e.reason()));
            throw e;
        }
    }

    private void count(String method, String outcome) {
        metrics.counter("recruiting.calendar.calls", "method", method, "outcome", outcome).increment();
    }

    private <T> T callGoogle(String method, Use use, GoogleCall<T> call) {
        if (use.write) {
            refuseWhilePaused();
        }
        if (use.charged) {
            holdBackIfOverBudget(1); // every call this gateway makes costs 1 unit (it never patches)
        }
        try {
            return call.execute(client());
        } catch (GoogleJsonResponseException e) {
            CalendarException error = GoogleErrors.classify(e, method, config);
            if (error.isQuotaExceeded()) {
                Instant until = pause.pause();
                throw CalendarException.paused(Duration.between(Instant.now(), until), pauseMessage(until));
            }
            throw error;
        } catch (IOException e) {
            Optional<GoogleErrors.TokenRefusal> tokenRefusal = GoogleErrors.tokenRefusal(e);
            if (tokenRefusal.isPresent()) {
                throw GoogleErrors.delegationRefused(tokenRefusal.get(), config);
            }
            throw new CalendarException(0, null, "Google Calendar could not be reached (" + method + "): " + e.getMessage(), e);
        } catch (InvalidConferenceException e) {
            throw new CalendarException(200, "invalidConference",
                    "Google Calendar returned conference data this app cannot use: " + e.getMessage(), e);
        }
    }

    private static String pauseMessage(Instant until) {
        return "Google has made the organizer calendar read-only for a while (Calendar usage limits exceeded). Writes "
                + "for this organizer are paused on every instance until " + until + " UTC and then resume by themselves.";
    }

    private void refuseWhilePaused() {
        Optional<Instant> paused = pause.pausedUntil();
        if (paused.isPresent()) {
            throw CalendarException.paused(Duration.between(Instant.now(), paused.get()), pauseMessage(paused.get()));
        }
    }

    /** Before a read-then-update: the pause is checked and both calls' units are taken at once. */
    void payForPair() {
        refuseWhilePaused();
        holdBackIfOverBudget(2);
    }

    /** Waits briefly for the request budget; a longer wait is handed back to the caller to plan. */
    private void holdBackIfOverBudget(int units) {
        Duration wait = limiter.acquire(units);
        for (int tries = 0; !wait.isZero() && wait.compareTo(SHORT_WAIT) <= 0 && tries < 3; tries++) {
            try {
                Thread.sleep(wait.toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            wait = limiter.acquire(units);
        }
        if (!wait.isZero()) {
            throw CalendarException.heldBack(wait);
        }
    }
}
