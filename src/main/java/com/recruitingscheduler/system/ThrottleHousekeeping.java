package com.recruitingscheduler.system;

import com.recruitingscheduler.account.SignInThrottle;
import com.recruitingscheduler.candidate.LinkThrottle;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the throttle tables small: once a minute, every instance deletes the buckets that have filled up again (no
 * failure or request counted within their window). Several instances at once skip each other's rows.
 */
@ApplicationScoped
public class ThrottleHousekeeping {

    private static final Logger LOG = Logger.getLogger(ThrottleHousekeeping.class);

    private final SignInThrottle signIns;
    private final LinkThrottle links;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "throttle-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    ThrottleHousekeeping(SignInThrottle signIns, LinkThrottle links) {
        this.signIns = signIns;
        this.links = links;
    }

    void start(@Observes StartupEvent start) {
        timer.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent stop) {
        timer.shutdownNow();
    }

    /** Deletes the idle buckets of both tables; how many went. */
    public int sweep() {
        try {
            return signIns.forgetIdle() + links.forgetIdle();
        } catch (RuntimeException e) {
            LOG.warnf("Could not delete idle throttle buckets: %s", e.getMessage());
            return 0;
        }
    }
}
