package com.recruitingscheduler.interview;

/**
 * Where an interview's planned step goes to be run in the background. Call it inside the transaction that planned the
 * step: the step is enqueued if and only if the change commits.
 */
public interface StepQueue {

    void enqueue(Interview interview);
}
