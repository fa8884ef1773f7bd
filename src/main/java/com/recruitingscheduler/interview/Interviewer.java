package com.recruitingscheduler.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A person on the interview panel; invited to the interviewers' event only. */
@Entity
public class Interviewer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Interview interview;

    public int position;
    public String name;
    public String email;
    /** A trainee sitting in: invited like the others, never one of a pool's count. */
    public boolean shadow;
}
