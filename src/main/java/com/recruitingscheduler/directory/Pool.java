package com.recruitingscheduler.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A named group of interviewers an interview can draw its panel from ("backend", "design"). */
@Entity
@Table(name = "interviewer_pool")
public class Pool extends PanacheEntityBase {

    /** One member: their e-mail (lower case) and name. */
    @Embeddable
    public static class Member {
        public String email;
        public String name;

        public Member() {
        }

        public Member(String name, String email) {
            this.name = name;
            this.email = email;
        }
    }

    @Id
    public String name;
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interviewer_pool_member", joinColumns = @JoinColumn(name = "pool_name"))
    public List<Member> members = new ArrayList<>();

    public static List<Pool> all() {
        return list("order by name");
    }

    /** For every member of any pool, the names of the pools they are in: one query for a whole page. */
    public static Map<String, List<String>> namesByMember() {
        Map<String, List<String>> pools = new HashMap<>();
        all().forEach(pool -> pool.members.forEach(m -> pools.computeIfAbsent(m.email, k -> new ArrayList<>()).add(pool.name)));
        return pools;
    }

    /** The names of the pools this person is a member of. */
    public static List<String> of(String email) {
        return Pool.<Pool>list("select p from Pool p join p.members m where m.email = ?1 order by p.name",
                email.toLowerCase(Locale.ROOT)).stream().map(p -> p.name).distinct().toList();
    }
}
