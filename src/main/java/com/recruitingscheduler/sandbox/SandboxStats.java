package com.recruitingscheduler.sandbox;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the Calendar API calls the sandbox received, by method, so a benchmark can report calls per interview. */
@ApplicationScoped
@PermitAll // the sandbox stands in for Google and is only served where it is enabled
@Path("/sandbox/stats")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxStats {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    void count(String httpMethod, String override, String path) {
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
        } else {
            name = "calendars.get";
        }
        calls.computeIfAbsent(name, k -> new LongAdder()).increment();
    }

    @GET
    public Map<String, Long> get() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    @DELETE
    public Map<String, Long> reset() {
        calls.clear();
        return get();
    }
}
