package com.recruitingscheduler.scheduling;

import java.util.UUID;

/** Runs the step an interview planned under a token; {@code worker} names the instance running it. */
interface StepExecutor {

    void run(UUID interviewId, String token, String worker);
}
