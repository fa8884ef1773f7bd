package com.recruitingscheduler.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the Calendar API calls the sandbox received, by method, so a benchmark can report calls per interview. */
@ApplicationScoped
public class SandboxStats {

    /** What a call that names no {@code quotaUser} is counted under in {@link #callsByQuotaUser()}. */
    public static final String NO_QUOTA_USER = "";

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byQuotaUser = new ConcurrentHashMap<>();

    /** What Google charges a call in quota units: a patch costs 3, every other call 1. */
    static int quotaUnits(String name) {
        return name.equals("events.patch") ? 3 : 1;
    }

    void count(String httpMethod, String override, String path, String quotaUser) {
        byQuotaUser.computeIfAbsent(quotaUser == null ? NO_QUOTA_USER : quotaUser, k -> new LongAdder()).increment();
        String method = override != null ? override.toUpperCase() : httpMethod;
        String name;
        if (path.matches(".*/calendars/[^/]+/events/[^/]+")) {
            name = switch (method) {
                case "GET" -> "events.get";
                case "PATCH" -> "events.patch";
                case "PUT" -> "events.update";
                case "DELETE" -> "events.delete";
                default -> "events." + method;
            };
        } else if (path.matches(".*/calendars/[^/]+/events")) {
            name = method.equals("POST") ? "events.insert" : "events.list";
        } else if (path.endsWith("/freeBusy")) {
            name = "freebusy.query";
        } else {
            name = "calendars.get";
        }
        calls.computeIfAbsent(name, k -> new LongAdder()).increment();
    }

    /** Calls by method, and {@code quotaUnits}: what they cost in Google's quota. */
    Map<String, Long> get() {
        Map<String, Long> counts = new TreeMap<>();
        long[] units = {0};
        calls.forEach((name, count) -> {
            counts.put(name, count.sum());
            units[0] += count.sum() * quotaUnits(name);
        });
        counts.put("quotaUnits", units[0]);
        return counts;
    }

    /** How many calls of one method ({@code freebusy.query}, {@code events.insert}, ...) arrived since the start or the last reset. */
    public long calls(String method) {
        LongAdder count = calls.get(method);
        return count == null ? 0 : count.sum();
    }

    /** Calls by the user Google would charge them to ({@code quotaUser}), since the start or the last reset. */
    public Map<String, Long> callsByQuotaUser() {
        Map<String, Long> counts = new TreeMap<>();
        byQuotaUser.forEach((user, count) -> counts.put(user, count.sum()));
        return counts;
    }

    void reset() {
        calls.clear();
        byQuotaUser.clear();
    }
}
