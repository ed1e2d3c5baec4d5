package com.ordermanagement.order.api;

import com.ordermanagement.common.problem.FieldProblem;
import com.ordermanagement.common.problem.Problems;
import com.ordermanagement.order.domain.OrderRuleViolationException;
import com.ordermanagement.order.domain.OrderStateConflictException;
import com.ordermanagement.order.service.IdempotencyKeyReusedException;
import com.ordermanagement.order.service.IdempotentOrderDeletedException;
import com.ordermanagement.order.service.OrderNotFoundException;
import com.ordermanagement.order.service.PageTooDeepException;
import com.ordermanagement.order.service.StaleOrderException;
import com.ordermanagement.order.store.InvalidContinuationTokenException;
import com.ordermanagement.order.store.StoreFullException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The order feature's exceptions as RFC 9457 problems; runs before the generic advice in {@code web}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OrderProblems {

    @ExceptionHandler(OrderNotFoundException.class)
    ProblemDetail notFound(OrderNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "/problems/order-not-found", "Order not found", e.getMessage());
    }

    @ExceptionHandler(OrderStateConflictException.class)
    ProblemDetail conflict(OrderStateConflictException e) {
        return Problems.of(
                HttpStatus.CONFLICT, "/problems/order-state-conflict", "Order state conflict", e.getMessage());
    }

    @ExceptionHandler(StaleOrderException.class)
    ProblemDetail stale(StaleOrderException e) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "/problems/stale-etag", "Stale ETag", e.getMessage());
    }

    @ExceptionHandler(OrderRuleViolationException.class)
    ProblemDetail ruleViolation(OrderRuleViolationException e) {
        return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "The order breaks a business rule", e.problems());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "/problems/idempotency-key-reused",
                "Idempotency-Key reused",
                e.getMessage());
    }

    @ExceptionHandler(IdempotentOrderDeletedException.class)
    ProblemDetail idempotentOrderDeleted(IdempotentOrderDeletedException e) {
        return Problems.of(HttpStatus.CONFLICT, "/problems/idempotent-order-deleted", "Order deleted", e.getMessage());
    }

    @ExceptionHandler(InvalidContinuationTokenException.class)
    ProblemDetail invalidToken(InvalidContinuationTokenException e) {
        return Problems.invalid(
                HttpStatus.BAD_REQUEST,
                e.getMessage(),
                List.of(new FieldProblem("continuation_token", "is not a token this listing handed out")));
    }

    @ExceptionHandler(PageTooDeepException.class)
    ProblemDetail pageTooDeep(PageTooDeepException e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "/problems/page-too-deep", "Page too deep", e.getMessage());
        problem.setProperty("max_offset", e.maxOffset());
        return problem;
    }

    @ExceptionHandler(CustomerScope.OtherCustomerException.class)
    ProblemDetail otherCustomer(CustomerScope.OtherCustomerException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "/problems/other-customer", "Not this customer", e.getMessage());
    }

    @ExceptionHandler(StoreFullException.class)
    ProblemDetail storeFull(StoreFullException e) {
        return Problems.of(HttpStatus.INSUFFICIENT_STORAGE, "/problems/store-full", "Store full", e.getMessage());
    }
}
