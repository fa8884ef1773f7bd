package com.recruitingscheduler.system;

import com.recruitingscheduler.calendar.CalendarConfig;
import com.recruitingscheduler.sandbox.SandboxConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/** Refuses to start with settings that contradict each other or cannot work, saying which setting to change. */
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, CalendarConfig calendar,
               SandboxConfig sandbox) {
        if (sandbox.enabled() && LaunchMode.current() == LaunchMode.NORMAL) {
            if (!sandbox.allowInProduction()) {
                throw new IllegalStateException("recruiting.sandbox.enabled=true in production: the sandbox stands in for Google "
                        + "and must not serve real users. Set RECRUITING_SANDBOX_ENABLED=false and use recruiting.calendar.mode=google, "
                        + "or, for a demonstration only, also set recruiting.sandbox.allow-in-production=true.");
            }
            LOG.warn("The built-in sandbox is enabled in production (recruiting.sandbox.allow-in-production=true): "
                    + "interviews go to a stand-in calendar, not to Google. Use this for demonstrations only.");
        }
        if (calendar.mode() == CalendarConfig.Mode.SANDBOX && !sandbox.enabled()) {
            throw new IllegalStateException("recruiting.calendar.mode=sandbox needs the built-in sandbox: set "
                    + "recruiting.sandbox.enabled=true (RECRUITING_SANDBOX_ENABLED=true), or use recruiting.calendar.mode=google.");
        }
        if (calendar.mode() == CalendarConfig.Mode.GOOGLE && calendar.organizer().filter(o -> !o.isBlank()).isEmpty()) {
            throw new IllegalStateException("recruiting.calendar.mode=google needs the organizer: set RECRUITING_CALENDAR_ORGANIZER "
                    + "(recruiting.calendar.organizer) to the Workspace user whose calendar holds the interviews; the service "
                    + "account impersonates them through domain-wide delegation.");
        }
    }
}
