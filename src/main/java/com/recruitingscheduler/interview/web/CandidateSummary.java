package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.EntryPointType;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.web.Times;

import java.util.StringJoiner;

/**
 * What a recruiter may paste into a message to the candidate, copied from the interview's page: the role, the time
 * on the candidate's clock, and how to join. Like the candidate's invitation, it names no interviewer and carries
 * none of the interviewers' notes.
 */
final class CandidateSummary {

    private CandidateSummary() {
    }

    /** The summary, or null until both events carry the conference (there is nothing to join before). */
    static String of(Interview interview) {
        ConferenceSolution conference = interview.conference();
        if (!interview.showsJoinCard() || conference == null || interview.start == null) {
            return null;
        }
        StringJoiner text = new StringJoiner("\n");
        text.add("Your interview for the " + interview.title + " role");
        text.add("When: " + Times.describe(interview.startForCandidate()) + ", " + interview.durationMinutes + " minutes");
        for (EntryPoint entry : conference.entryPoints()) {
            if (entry.type() == EntryPointType.VIDEO) {
                text.add("Join the video call: " + entry.uri());
            } else if (entry.type() == EntryPointType.PHONE) {
                text.add("Join by phone: " + (entry.label() == null ? entry.uri().replaceFirst("^tel:", "") : entry.label())
                        + (entry.regionCode() == null ? "" : " (" + entry.regionCode() + ")")
                        + (entry.pin() == null ? "" : ", PIN " + entry.pin()));
            }
        }
        text.add("You may be asked to wait until an interviewer admits you to the call; that is expected.");
        return text.toString();
    }
}
