package com.recruitingscheduler.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Text without control characters (see {@link InputRules}); {@code lineBreaks} lets notes keep their lines and tabs. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "must not contain control characters";

    boolean lineBreaks() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {
        private boolean lineBreaks;

        @Override
        public void initialize(PlainText annotation) {
            lineBreaks = annotation.lineBreaks();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !InputRules.hasControlCharacters(value, lineBreaks);
        }
    }
}
