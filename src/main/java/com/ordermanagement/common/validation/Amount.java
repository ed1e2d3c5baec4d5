package com.ordermanagement.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A money amount: zero or more, at most two decimals, at most 1,000,000,000. */
@Documented
@Constraint(validatedBy = {})
@DecimalMin(value = "0.00", message = "must be zero or more")
@DecimalMax(value = "1000000000.00", message = "must be at most 1000000000")
@Digits(integer = 10, fraction = 2, message = "must have at most two decimals")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {
    String message() default "must be a valid amount";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
