package com.recruitingscheduler.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Busy time people have beyond the sandbox calendar's events (the rest of their calendar, as it were), and
 * calendars that cannot be read: given through {@code /sandbox/busy}, answered by the sandbox's free/busy.
 */
@ApplicationScoped
public class SandboxBusy {

    /** A busy period of a person's own. */
    public record Period(OffsetDateTime start, OffsetDateTime end) {
    }

    private final Map<String, List<Period>> busy = new ConcurrentHashMap<>();
    private final Map<String, String> unreadable = new ConcurrentHashMap<>();

    void add(String email, OffsetDateTime start, OffsetDateTime end) {
        busy.computeIfAbsent(key(email), k -> new CopyOnWriteArrayList<>()).add(new Period(start, end));
    }

    void makeUnreadable(String email, String reason) {
        unreadable.put(key(email), reason);
    }

    void clear() {
        busy.clear();
        unreadable.clear();
    }

    public List<Period> of(String email) {
        return busy.getOrDefault(key(email), List.of());
    }

    /** Why this person's calendar cannot be read, if it cannot. */
    public Optional<String> unreadable(String email) {
        return Optional.ofNullable(unreadable.get(key(email)));
    }

    private static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
