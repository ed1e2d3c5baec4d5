package com.ordermanagement.analytics.api;

import com.ordermanagement.analytics.service.InvalidAnalyticsRequestException;
import com.ordermanagement.common.problem.FieldProblem;
import com.ordermanagement.common.problem.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The analytics feature's exceptions as RFC 9457 problems; runs before the generic advice in {@code web}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AnalyticsProblems {

    /** The detail is the Python service's own sentence (its clients match on it); errors name the field. */
    @ExceptionHandler(InvalidAnalyticsRequestException.class)
    ProblemDetail invalidAnalytics(InvalidAnalyticsRequestException e) {
        return Problems.invalid(
                HttpStatus.BAD_REQUEST, e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage())));
    }
}
