package com.recruitingscheduler.interview;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Gauges read from the database at scrape time: interviews by status ({@code recruiting_interviews}) and
 * conferences Google is still creating ({@code recruiting_conferences_pending}). One query serves a whole scrape.
 */
@ApplicationScoped
public class InterviewMetrics {

    private static final long FRESH_MILLIS = 1000;

    private volatile Map<InterviewStatus, Long> byStatus = Map.of();
    private volatile long pendingConferences;
    private volatile long readAt;

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        for (InterviewStatus status : InterviewStatus.values()) {
            Gauge.builder("recruiting.interviews", () -> { refresh(); return byStatus.getOrDefault(status, 0L); })
                    .tag("status", status.name()).description("Interviews by status").register(registry);
        }
        Gauge.builder("recruiting.conferences.pending", () -> { refresh(); return pendingConferences; })
                .description("Interviews waiting for Google to create their conference").register(registry);
    }

    private synchronized void refresh() {
        if (System.currentTimeMillis() - readAt < FRESH_MILLIS) {
            return;
        }
        Map<InterviewStatus, Long> counts = new EnumMap<>(InterviewStatus.class);
        long pending = QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = Interview.getEntityManager()
                    .createQuery("select i.status, count(i) from Interview i group by i.status", Object[].class).getResultList();
            rows.forEach(row -> counts.put((InterviewStatus) row[0], (Long) row[1]));
            return Interview.count("nextStep", Step.AWAIT_CONFERENCE);
        });
        byStatus = counts;
        pendingConferences = pending;
        readAt = System.currentTimeMillis();
    }
}
