package com.recruitingscheduler.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Someone who may sign in with e-mail and password. The password is kept only as a bcrypt hash. */
@Entity
public class Recruiter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String email;
    public String name;
    public String passwordHash;
    public boolean admin;
    public boolean enabled;
    public Instant createdAt;

    public static Optional<Recruiter> byEmail(String email) {
        return find("lower(email) = ?1", email.trim().toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public static List<Recruiter> all() {
        return list("order by lower(email)");
    }

    /** A new enabled account; the password is hashed here and never kept. */
    public static Recruiter create(String email, String name, String password, boolean admin) {
        Recruiter recruiter = new Recruiter();
        recruiter.email = email.trim().toLowerCase(Locale.ROOT);
        recruiter.name = name.trim();
        recruiter.passwordHash = BcryptUtil.bcryptHash(password);
        recruiter.admin = admin;
        recruiter.enabled = true;
        recruiter.createdAt = Instant.now();
        recruiter.persist();
        return recruiter;
    }

    /** Replaces the password (kept only as its bcrypt hash); the caller ends the account's sessions. */
    public void changePassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
    }
}
