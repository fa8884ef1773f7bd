package com.recruitingscheduler.interview;

import java.util.List;

/** The time does not suit everyone (409): each person named with why, unless the request allows conflicts. */
public class ConflictException extends RuntimeException {

    private final List<Conflict> conflicts;

    public ConflictException(String message, List<Conflict> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
