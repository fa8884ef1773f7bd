package com.recruitingscheduler.interview.web;

import java.time.Instant;

/**
 * A time offered on the form: the instant to pick, shown in the recruiter's zone with the candidate's local time
 * beside it.
 */
public record Suggestion(Instant start, String forRecruiter, String forCandidate, String panel) {
}
