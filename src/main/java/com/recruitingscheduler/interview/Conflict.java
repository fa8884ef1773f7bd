package com.recruitingscheduler.interview;

/**
 * Why a person cannot take an interview at a time.
 *
 * @param role   {@code interviewer} or {@code candidate}
 * @param reason one of the {@code REASON_*} words: what an integrator matches on
 */
public record Conflict(String email, String name, String role, String reason) {

    public static final String BUSY = "busy";
    public static final String OUTSIDE_WORKING_HOURS = "outside working hours";
    public static final String DAILY_LIMIT = "daily limit";
    public static final String WEEKLY_LIMIT = "weekly limit";
    public static final String CALENDAR_UNREADABLE = "calendar unreadable";
    public static final String OUTSIDE_CANDIDATE_DAY = "outside the candidate's day";
    public static final String OTHER_INTERVIEW = "another interview";
    public static final String INTERVIEWER = "interviewer";
    public static final String CANDIDATE = "candidate";
}
