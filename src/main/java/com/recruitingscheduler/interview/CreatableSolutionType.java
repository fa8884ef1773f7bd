package com.recruitingscheduler.interview;

import com.recruitingscheduler.conference.SolutionType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A conference type Google still creates, as {@link SolutionType} knows it. Null is allowed. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CreatableSolutionType.Validator.class)
public @interface CreatableSolutionType {

    String message() default "must be a conference type Google creates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CreatableSolutionType, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || SolutionType.fromKey(value).filter(SolutionType::canBeCreated).isPresent()) {
                return true;
            }
            String creatable = Arrays.stream(SolutionType.values()).filter(SolutionType::canBeCreated)
                    .map(SolutionType::key).collect(Collectors.joining(" or "));
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be " + creatable
                    + " (Google no longer creates the Hangouts types)").addConstraintViolation();
            return false;
        }
    }
}
