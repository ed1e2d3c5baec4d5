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

/** Free text such as notes: line breaks and tabs are fine, other control characters are not. */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "(?:[^\\p{Cc}]|[\\r\\n\\t])*")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultilineText {
    String message() default "must not contain control characters other than line breaks and tabs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
