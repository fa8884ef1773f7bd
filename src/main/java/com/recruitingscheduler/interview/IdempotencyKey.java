package com.recruitingscheduler.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** A client's Idempotency-Key: a retried POST with the same key and body gets the interview the first one made. */
@Entity
public class IdempotencyKey extends PanacheEntityBase {

    @Id
    @Column(name = "key")
    public String key;
    /** SHA-256 of the request as understood (so formatting differences do not matter). */
    public String requestHash;
    public UUID interviewId;
    public Instant createdAt;
}
