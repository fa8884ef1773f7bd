package com.recruitingscheduler.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.List;

/** Who changed an account or a key, and when: one line per administrative action. */
@Entity
public class AdminAudit extends PanacheEntityBase {

    /** The administrative actions recorded. */
    public enum Action {
        ACCOUNT_ADDED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, PASSWORD_CHANGED, KEY_CREATED, KEY_REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant at;
    public String actor;
    public String action;
    public String target;

    /** Records an action in the caller's transaction. */
    public static void record(String actor, Action action, String target) {
        AdminAudit line = new AdminAudit();
        line.at = Instant.now();
        line.actor = actor;
        line.action = action.name();
        line.target = target;
        line.persist();
    }

    public static List<AdminAudit> latest(int count) {
        return find("order by at desc, id desc").page(0, count).list();
    }
}
