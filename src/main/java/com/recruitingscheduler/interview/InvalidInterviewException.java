package com.recruitingscheduler.interview;

import com.recruitingscheduler.web.FieldProblem;

import java.util.List;

/** A request to schedule that breaks the rules; nothing was stored and Google was not called. */
public class InvalidInterviewException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInterviewException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the interview: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
