package com.recruitingscheduler.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A key an applicant-tracking system sends as {@code Authorization: Bearer <key>}. Only a SHA-256 hash is stored —
 * enough for a 256-bit random key — so the key itself is shown once, when it is made.
 */
@Entity
public class ApiKey extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String prefix;
    public String keyHash;
    public String createdBy;
    public Instant createdAt;
    public Instant revokedAt;

    /** A key just made: the entity to store and the secret to show once. */
    public record Created(ApiKey key, String secret) {
    }

    public static Created create(String name, String createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "rsk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey();
        key.name = name.trim();
        key.prefix = secret.substring(0, 10);
        key.keyHash = hash(secret);
        key.createdBy = createdBy;
        key.createdAt = Instant.now();
        key.persist();
        return new Created(key, secret);
    }

    public static Optional<ApiKey> active(String secret) {
        return find("keyHash = ?1 and revokedAt is null", hash(secret)).firstResultOptional();
    }

    public static List<ApiKey> all() {
        return list("order by createdAt desc");
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
