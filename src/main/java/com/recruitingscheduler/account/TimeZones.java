package com.recruitingscheduler.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The time zones people pick from, by their region names ("Europe/Paris"), and the check of a zone someone sent. */
public final class TimeZones {

    /** Every region zone, sorted: what a recruiter picks from. */
    public static final List<String> REGIONS = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private TimeZones() {
    }

    /** The zone named, when Java knows it; empty for nothing, blanks and unknown names. */
    public static Optional<ZoneId> known(String name) {
        if (name == null || name.isBlank() || name.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
