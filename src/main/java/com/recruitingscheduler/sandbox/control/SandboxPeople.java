package com.recruitingscheduler.sandbox.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People's own calendars as {@code calendars.get} shows them to the organizer — their time zone and the working hours
 * they published, in Google's JSON — given through {@code /sandbox/people}. Anyone not given is a calendar Google does
 * not show the organizer ({@code 404}), as when it is not shared.
 */
@ApplicationScoped
public class SandboxPeople {

    private final Map<String, ObjectNode> calendars = new ConcurrentHashMap<>();

    void put(String email, ObjectNode calendar) {
        calendars.put(key(email), calendar);
    }

    void clear() {
        calendars.clear();
    }

    /** This person's calendar resource, a copy. */
    public Optional<ObjectNode> calendar(String email) {
        return Optional.ofNullable(calendars.get(key(email))).map(ObjectNode::deepCopy);
    }

    private static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
