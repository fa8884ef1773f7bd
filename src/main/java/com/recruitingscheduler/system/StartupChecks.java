package com.recruitingscheduler.system;

import com.recruitingscheduler.calendar.CalendarConfig;
import com.recruitingscheduler.sandbox.SandboxConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/** Refuses to start with settings that contradict each other or cannot work, saying which setting to change. */
public class StartupChecks {

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, CalendarConfig calendar,
               SandboxConfig sandbox) {
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
