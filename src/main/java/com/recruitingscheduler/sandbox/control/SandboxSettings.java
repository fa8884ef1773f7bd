package com.recruitingscheduler.sandbox.control;

import com.recruitingscheduler.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/**
 * The sandbox's conference behaviour as it is now: starts from configuration and can be changed at run time
 * (through {@code PUT /sandbox/settings}) so a demo or a test can make Google slow or failing on purpose.
 */
@ApplicationScoped
public class SandboxSettings {

    /** One consistent set of values; replaced whole. */
    /**
     * @param conferenceSuccessAtOnceRate share of create requests Google decides in the insert's own answer
     * @param conferenceUnknownField      the created conference carries a field no client models yet (copies must keep it)
     * @param delegationGranted           the service account has domain-wide delegation: tokens impersonating a user
     */
    public record Values(int conferencePendingReads, Duration conferencePendingDelay, double conferenceFailureRate,
                         double conferenceSuccessAtOnceRate, boolean conferenceUnknownField,
                         boolean tamperSignaturesOnRead, String conferenceNotes, List<String> allowedSolutionTypes,
                         boolean delegationGranted, Faults faults) {

        public Values {
            if (conferencePendingReads < 0) {
                throw new IllegalArgumentException("conferencePendingReads must be 0 or more");
            }
            if (conferenceFailureRate < 0 || conferenceFailureRate > 1) {
                throw new IllegalArgumentException("conferenceFailureRate must be between 0 and 1");
            }
            if (conferenceSuccessAtOnceRate < 0 || conferenceSuccessAtOnceRate > 1) {
                throw new IllegalArgumentException("conferenceSuccessAtOnceRate must be between 0 and 1");
            }
            conferencePendingDelay = conferencePendingDelay == null ? Duration.ZERO : conferencePendingDelay;
            allowedSolutionTypes = List.copyOf(allowedSolutionTypes);
            faults = faults == null ? Faults.NONE : faults;
        }
    }

    /**
     * Misbehaviour of the Calendar API on purpose: latency on every call, a share of calls answered with a rate
     * limit or server error (403 rateLimitExceeded, 429, 503) or with 403 quotaExceeded, and a share of writes
     * applied whose answer is lost (the connection is reset).
     */
    public record Faults(Duration latency, double errorRate, double quotaExceededRate, double lostResponseRate) {

        public static final Faults NONE = new Faults(Duration.ZERO, 0, 0, 0);

        public Faults {
            latency = latency == null ? Duration.ZERO : latency;
            for (double rate : new double[]{errorRate, quotaExceededRate, lostResponseRate}) {
                if (rate < 0 || rate > 1) {
                    throw new IllegalArgumentException("fault rates must be between 0 and 1");
                }
            }
        }
    }

    public static final String DEFAULT_NOTES = "Joining by phone? Dial the number and enter the <b>PIN</b>. "
            + "<a href=\"https://support.google.com/meet\">Help with Meet</a>";

    private final Values initial;
    private volatile Values current;

    SandboxSettings(SandboxConfig config) {
        this.initial = new Values(config.conferencePendingReads(), config.conferencePendingDelay(),
                config.conferenceFailureRate(), config.conferenceSuccessAtOnceRate(), false, false, DEFAULT_NOTES,
                config.allowedSolutionTypes(), config.delegationGranted(),
                new Faults(config.faults().latency(), config.faults().errorRate(), config.faults().quotaExceededRate(),
                        config.faults().lostResponseRate()));
        this.current = initial;
    }

    public Values current() {
        return current;
    }

    public void replace(Values values) {
        current = values;
    }

    /** Back to the configured behaviour. */
    public void reset() {
        current = initial;
    }
}
