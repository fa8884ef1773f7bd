package com.recruitingscheduler.interview;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
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
        @NotBlank @Size(max = 200) String title,
        @NotNull @Valid Candidate candidate,
        @NotEmpty(message = "must list at least one interviewer") @Size(max = 20, message = "can list at most 20 interviewers")
        List<@NotNull @Valid Interviewer> interviewers,
        @NotNull @Future(message = "must be in the future") Instant start,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @Size(max = 5000) String interviewerNotes,
        @Valid Conference conference,
        @TimeZoneId String recruiterTimeZone) {

    public static final int MAX_NAME = 200;

    public record Candidate(@NotBlank @Size(max = MAX_NAME) String name,
                            @NotBlank @Email @Size(max = 254) String email,
                            @NotBlank @TimeZoneId String timeZone) {
    }

    public record Interviewer(@NotBlank @Size(max = MAX_NAME) String name,
                              @NotBlank @Email @Size(max = 254) String email) {
    }

    /**
     * Either a new conference of a solution type, or a copy of the conference of an existing event on the organizer
     * calendar; neither means a new conference of the calendar's preferred type.
     */
    public record Conference(
            @CreatableSolutionType String solutionType,
            @Size(max = 1024) @Pattern(regexp = "[A-Za-z0-9_]+", message = "is not a Google Calendar event id")
            String copyFromEventId) {

        public boolean copies() {
            return copyFromEventId != null && !copyFromEventId.isBlank();
        }
    }

    /**
     * The candidate must not be on the panel, nobody twice, and the title — which the candidate sees — must not name
     * an interviewer.
     */
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
                if (request.interviewers() == null) {
                    return true;
                }
                boolean valid = true;
                context.disableDefaultConstraintViolation();
                String candidateEmail = request.candidate() == null || request.candidate().email() == null
                        ? null : request.candidate().email().trim().toLowerCase(Locale.ROOT);
                String title = request.title() == null ? "" : request.title().toLowerCase(Locale.ROOT);
                Set<String> seen = new HashSet<>();
                List<Interviewer> panel = request.interviewers();
                for (int i = 0; i < panel.size(); i++) {
                    Interviewer interviewer = panel.get(i);
                    if (interviewer == null || interviewer.email() == null) {
                        continue;
                    }
                    String email = interviewer.email().trim().toLowerCase(Locale.ROOT);
                    if (email.equals(candidateEmail)) {
                        valid = violation(context, "is the candidate's e-mail; the candidate cannot be an interviewer", "interviewers", i, "email");
                    } else if (!seen.add(email)) {
                        valid = violation(context, "is listed twice", "interviewers", i, "email");
                    }
                    String name = interviewer.name() == null ? "" : interviewer.name().trim().toLowerCase(Locale.ROOT);
                    if ((name.length() >= 3 && title.contains(name)) || (!email.isEmpty() && title.contains(email))) {
                        context.buildConstraintViolationWithTemplate(
                                        "names an interviewer; the candidate sees the title, so leave interviewers out of it")
                                .addPropertyNode("title").addConstraintViolation();
                        valid = false;
                    }
                }
                if (request.conference() != null && request.conference().copies()
                        && request.conference().solutionType() != null) {
                    context.buildConstraintViolationWithTemplate("choose a new conference or a copy, not both")
                            .addPropertyNode("conference").addConstraintViolation();
                    valid = false;
                }
                return valid;
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
