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
 * A customer or product id: 1 to 64 characters, none of them a control character, a bidirectional
 * control, a lone surrogate or one of {@code / \ ? #}, which Cosmos DB does not allow in ids and
 * which would split a URL path. The length is checked before any character is looked at.
 */
@Documented
@Constraint(validatedBy = ExternalId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExternalId {
    String message() default "must be 1 to 64 characters without control characters or / \\ ? #";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ExternalId, String> {
        static final int MAX_LENGTH = 64;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || (!value.isEmpty() && value.length() <= MAX_LENGTH && SafeText.isClean(value, false, "/\\?#"));
        }
    }
}
