package com.recruitingscheduler.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.Locale;
import java.util.Optional;

/** What a recruiter chose for their pages — by e-mail, so it holds for Google sign-ins without a local account too. */
@Entity
public class RecruiterPreference extends PanacheEntityBase {

    @Id
    public String email;
    /** The zone pages show times in. */
    public String timeZone;

    public static Optional<String> timeZoneOf(String email) {
        return RecruiterPreference.<RecruiterPreference>findByIdOptional(email.toLowerCase(Locale.ROOT)).map(p -> p.timeZone);
    }

    /** Saves the zone, or forgets it ({@code null}: the browser's zone again). */
    public static void saveTimeZone(String email, String timeZone) {
        String key = email.toLowerCase(Locale.ROOT);
        RecruiterPreference preference = findById(key);
        if (timeZone == null) {
            if (preference != null) {
                preference.delete();
            }
            return;
        }
        if (preference == null) {
            preference = new RecruiterPreference();
            preference.email = key;
            preference.timeZone = timeZone;
            preference.persist();
        } else {
            preference.timeZone = timeZone;
        }
    }
}
