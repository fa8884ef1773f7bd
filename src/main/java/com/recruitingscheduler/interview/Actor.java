package com.recruitingscheduler.interview;

/**
 * Who asks for an action, as the history records it: a recruiter's e-mail, or an API key as {@code api-key:<name>}.
 *
 * @param name never blank
 */
public record Actor(String name) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An action needs an actor");
        }
    }
}
