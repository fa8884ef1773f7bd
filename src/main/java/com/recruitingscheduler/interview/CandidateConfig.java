package com.recruitingscheduler.interview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** What a candidate may do on their link. */
@ConfigMapping(prefix = "recruiting.candidates")
public interface CandidateConfig {

    /** How many times a candidate may move their interview. */
    @WithDefault("2")
    int maxMoves();

    /** No move by the candidate this close to the start. */
    @WithDefault("24h")
    Duration minNotice();

    /** Requests one client address may make to candidates' links per minute. */
    @WithDefault("60")
    int requestsPerMinute();

    /** Google Calendar calls one candidate's link may cause per hour (its searches and its booking checks together). */
    @WithDefault("20")
    int googleCallsPerHour();
}
