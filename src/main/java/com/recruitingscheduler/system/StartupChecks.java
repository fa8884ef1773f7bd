package com.recruitingscheduler.system;

import com.recruitingscheduler.calendar.CalendarConfig;
import com.recruitingscheduler.sandbox.SandboxConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;

/** Refuses to start with settings that contradict each other, saying which setting to change. */
public class StartupChecks {

    void check(@Observes StartupEvent start, CalendarConfig calendar, SandboxConfig sandbox) {
        if (calendar.mode() == CalendarConfig.Mode.SANDBOX && calendar.rootUrl().isEmpty() && !sandbox.enabled()) {
            throw new IllegalStateException("recruiting.calendar.mode=sandbox needs the built-in sandbox: set "
                    + "recruiting.sandbox.enabled=true (RECRUITING_SANDBOX_ENABLED=true), or use recruiting.calendar.mode=google.");
        }
    }
}
