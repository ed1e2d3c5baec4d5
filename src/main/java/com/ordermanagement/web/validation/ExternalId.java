package com.ordermanagement.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A customer or product id: 1 to 64 characters, none of them a control character or one of
 * {@code / \ ? #}, which Cosmos DB does not allow in ids and which would split a URL path.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "[^\\p{Cc}/\\\\?#]{1,64}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExternalId {
    String message() default "must be 1 to 64 characters without control characters or / \\ ? #";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
