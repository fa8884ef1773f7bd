package com.recruitingscheduler.interview;

import com.recruitingscheduler.directory.Bookings;
import com.recruitingscheduler.input.PlainEmail;
import com.recruitingscheduler.input.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a recruiter (through the page) or an applicant-tracking system (through the API) asks for: the interview to
 * schedule. Its constraints are the one place where input rules live.
 *
 * @param recruiterTimeZone the zone the interviewers' event is shown in; UTC when absent
 */
@NewInterview.PrivateToCandidate
public record NewInterview(
        @NotBlank @PlainText @Size(max = MAX_TITLE) String title,
        @NotNull @Valid Candidate candidate,
        @Size(max = MAX_PANEL, message = "can list at most 20 interviewers")
        List<@NotNull @Valid Interviewer> interviewers,
        @Future(message = "must be in the future") Instant start,
        @NotNull @Min(MIN_MINUTES) @Max(MAX_MINUTES) Integer durationMinutes,
        @PlainText(lineBreaks = true) @Size(max = MAX_NOTES) String interviewerNotes,
        @Valid Conference conference,
        @TimeZoneId String recruiterTimeZone,
        @Valid PoolRequest pool,
        Boolean allowConflicts,
        @Valid CandidateChooses candidateChooses) {

    // The one definition of each limit; the schema's check constraint and the pages' maxlength hints follow these.
    public static final int MAX_TITLE = 200;
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_NOTES = 5000;
    public static final int MAX_PANEL = 20;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = Bookings.LONGEST_MINUTES;

    public record Candidate(@NotBlank @PlainText @Size(max = MAX_NAME) String name,
                            @NotBlank @PlainEmail @Size(max = MAX_EMAIL) String email,
                            @NotBlank @TimeZoneId String timeZone) {
    }

    /**
     * Seat {@code count} members of a pool instead of naming interviewers: the app picks free ones, fewest interviews
     * this week first; {@code shadow} adds a trainee as an extra seat that never counts toward {@code count}.
     */
    public record PoolRequest(@NotBlank @Size(max = 100) String name,
                              @NotNull @Min(1) @Max(MAX_PANEL) Integer count,
                              Boolean shadow) {

        public boolean wantsShadow() {
            return Boolean.TRUE.equals(shadow);
        }
    }

    /** Whether the request schedules even where people are busy or over a limit. */
    public boolean conflictsAllowed() {
        return Boolean.TRUE.equals(allowConflicts);
    }

    /** The same request with the panel chosen from its pool (and no pool left to choose from). */
    public NewInterview withPanel(List<Interviewer> panel) {
        return new NewInterview(title, candidate, panel, start, durationMinutes, interviewerNotes, conference,
                recruiterTimeZone, null, allowConflicts, candidateChooses);
    }

    /** The same request at the time the candidate chose. */
    public NewInterview at(Instant chosen) {
        return new NewInterview(title, candidate, interviewers, chosen, durationMinutes, interviewerNotes, conference,
                recruiterTimeZone, pool, false, null);
    }

    /**
     * Let the candidate pick the time on their own link instead of giving {@code start}: {@code options} times are
     * offered between {@code from} and {@code to} (at most 31 days apart).
     */
    public record CandidateChooses(@NotNull @Future(message = "must be in the future") Instant from,
                                   @NotNull Instant to,
                                   @Min(1) @Max(20) Integer options) {

        public int optionCount() {
            return options == null ? 6 : options;
        }
    }

    public record Interviewer(@NotBlank @PlainText @Size(max = MAX_NAME) String name,
                              @NotBlank @PlainEmail @Size(max = MAX_EMAIL) String email) {
    }

    /**
     * The conference to create: Google Meet, the only type Google lets an API client create (absent means the same).
     * Copying the conference of another event is refused: Google's 17 February 2026 guidance is a new conference per
     * event, and an unrelated event's code would let its guests into this interview.
     */
    public record Conference(
            @Pattern(regexp = "hangoutsMeet", message = "must be hangoutsMeet: Google Meet is the only conference type "
                    + "Google lets this app create (add-on conferences are made by their add-on inside Google Calendar, "
                    + "and Hangouts is retired)")
            String solutionType,
            @Null(message = "is not supported: every interview gets its own new Google Meet conference, as Google "
                    + "recommends since 17 February 2026; leave copyFromEventId out")
            String copyFromEventId) {
    }

    /** A broken privacy rule: about the e-mail of the panel's seat {@code seat} (from 0), or about the title (null). */
    public record Breach(Integer seat, String message) {
    }

    /**
     * The privacy rules, one home for a new interview and a change to one: the candidate must not be on the panel,
     * nobody twice, and the title — which the candidate sees — must not name an interviewer.
     */
    public static List<Breach> breaches(String title, String candidateEmail, List<Interviewer> panel) {
        String candidate = candidateEmail == null ? null : candidateEmail.strip().toLowerCase(Locale.ROOT);
        String lowerTitle = title == null ? "" : title.toLowerCase(Locale.ROOT);
        Set<String> titleWords = new HashSet<>(words(lowerTitle));
        Set<String> seen = new HashSet<>();
        List<Breach> breaches = new ArrayList<>();
        boolean titleNamesSomeone = false;
        for (int i = 0; i < panel.size(); i++) {
            Interviewer interviewer = panel.get(i);
            if (interviewer == null || interviewer.email() == null) {
                continue;
            }
            String email = interviewer.email().strip().toLowerCase(Locale.ROOT);
            if (email.equals(candidate)) {
                breaches.add(new Breach(i, "is the candidate's e-mail; the candidate cannot be an interviewer"));
            } else if (!seen.add(email)) {
                breaches.add(new Breach(i, "is listed twice"));
            }
            titleNamesSomeone |= namesInterviewer(titleWords, interviewer.name()) || (!email.isEmpty() && lowerTitle.contains(email));
        }
        if (titleNamesSomeone) {
            breaches.add(new Breach(null, "names an interviewer; the candidate sees the title, so leave interviewers out of it"));
        }
        return breaches;
    }

    /** The title holds the interviewer's first or last name as a whole word ("Ann" is not in "Planning"). */
    private static boolean namesInterviewer(Set<String> titleWords, String name) {
        List<String> names = words(name == null ? "" : name.toLowerCase(Locale.ROOT)).stream()
                .filter(word -> word.length() >= 2).toList();
        return !names.isEmpty()
                && (titleWords.contains(names.get(0)) || titleWords.contains(names.get(names.size() - 1)));
    }

    /** The words of a text, in order: runs of letters and digits. */
    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }

    /** The privacy rules on a new interview ({@link #breaches}), and that it has a time and a panel, each one way. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PrivateToCandidate.Validator.class)
    public @interface PrivateToCandidate {

        String message() default "keeps the panel private";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<PrivateToCandidate, NewInterview> {
            @Override
            public boolean isValid(NewInterview request, ConstraintValidatorContext context) {
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                boolean named = request.interviewers() != null && !request.interviewers().isEmpty();
                if ((request.start() == null) == (request.candidateChooses() == null)) {
                    valid = violation(context, request.start() == null
                            ? "must be given, or candidateChooses to let the candidate pick the time"
                            : "give either start or candidateChooses, not both", "start");
                }
                NewInterview.CandidateChooses window = request.candidateChooses();
                if (window != null && window.from() != null && window.to() != null && (!window.to().isAfter(window.from())
                        || window.to().isAfter(window.from().plus(Duration.ofDays(31))))) {
                    context.buildConstraintViolationWithTemplate("must end after it starts, at most 31 days later")
                            .addPropertyNode("candidateChooses").addPropertyNode("to").addConstraintViolation();
                    valid = false;
                }
                if (named == (request.pool() != null)) {
                    valid = violation(context, named ? "give either interviewers or a pool, not both"
                            : "must list at least one interviewer, or give a pool to choose them from", "interviewers");
                }
                if (request.interviewers() == null) {
                    return valid;
                }
                String candidateEmail = request.candidate() == null ? null : request.candidate().email();
                for (Breach breach : breaches(request.title(), candidateEmail, request.interviewers())) {
                    valid = breach.seat() == null ? violation(context, breach.message(), "title")
                            : violation(context, breach.message(), "interviewers", breach.seat(), "email");
                }
                return valid;
            }

            private static boolean violation(ConstraintValidatorContext context, String message, String field) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
                return false;
            }

            private static boolean violation(ConstraintValidatorContext context, String message, String list, int index,
                                             String field) {
                context.buildConstraintViolationWithTemplate(message)
                        .addPropertyNode(list).addPropertyNode(field).inIterable().atIndex(index)
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
