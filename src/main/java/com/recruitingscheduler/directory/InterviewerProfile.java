package com.recruitingscheduler.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * A person who interviews, as the directory knows them. Values left null take {@link InterviewerDefaults}; working
 * hours are kept as JSON ({@code [{"days": ["MONDAY", …], "start": "09:00", "end": "17:00"}]}).
 */
@Entity
public class InterviewerProfile extends PanacheEntityBase {

    /** Lower case. */
    @Id
    public String email;
    public String name;
    public String timeZone;
    public String workingHours;
    public Integer dailyLimit;
    public Integer weeklyLimit;
    /** In training: takes a shadow seat, never one of a pool's count. */
    public boolean trainee;
    public Instant updatedAt;
}
