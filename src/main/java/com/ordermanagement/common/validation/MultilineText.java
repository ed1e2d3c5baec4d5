package com.ordermanagement.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text such as notes: line breaks and tabs are fine, other control characters, bidirectional
 * controls and lone surrogates are not. Pair it with {@code @Size}; the check is one linear pass.
 */
@Documented
@Constraint(validatedBy = MultilineText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultilineText {
    String message() default "must not contain control characters other than line breaks and tabs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MultilineText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || SafeText.isClean(value, true, "");
        }
    }
}
