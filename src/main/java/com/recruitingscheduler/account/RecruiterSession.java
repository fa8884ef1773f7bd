package com.recruitingscheduler.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** One signed-in browser. Only the SHA-256 hash of the cookie's token is stored. */
@Entity
public class RecruiterSession extends PanacheEntityBase {

    @Id
    public String tokenHash;
    public String email;
    public Instant createdAt;
    public Instant lastSeenAt;
    public Instant endedAt;
    /** The browser's time zone at sign-in, for pages until the recruiter saves one. */
    public String browserTimeZone;
}
