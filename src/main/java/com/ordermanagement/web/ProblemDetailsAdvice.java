package com.ordermanagement.web;

import com.ordermanagement.common.problem.FieldProblem;
import com.ordermanagement.common.problem.Problems;
import com.ordermanagement.common.store.StoreRejectedQueryException;
import com.ordermanagement.common.store.StoreUnavailableException;
import com.ordermanagement.web.filter.RequestSizeFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Where the framework's exceptions, the shared store failures and anything unexpected become RFC 9457
 * problems; nothing internal reaches a body. Each feature answers its own exceptions in its own advice
 * ({@code OrderProblems}, {@code AnalyticsProblems}), which runs first: this one knows no feature.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String BODY_RULES = "The request body breaks field rules";
    private static final java.util.regex.Pattern SAFE_FIELD_PATH =
            java.util.regex.Pattern.compile("[A-Za-z0-9_.\\[\\]]{1,100}");

    @ExceptionHandler(StoreRejectedQueryException.class)
    ProblemDetail storeRejectedQuery(StoreRejectedQueryException e) {
        log.warn(
                "The store refused a query: {}",
                e.getCause() == null ? "no cause" : e.getCause().getClass().getSimpleName());
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "/problems/query-rejected",
                "Query rejected",
                "The database refused to run this request's query; check the values sent");
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(StoreUnavailableException e) {
        log.warn(
                "Order store unavailable: {}",
                e.getCause() == null ? "no cause" : e.getCause().getClass().getSimpleName());
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "/problems/store-unavailable",
                "Store unavailable",
                "The order store is busy or unreachable; retry after the time in Retry-After");
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), LogSafe.of(request.getRequestURI()), e);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                null,
                "Internal error",
                "The request could not be completed; the error was logged");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        boolean badDate = false;
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            if (error.contains(org.springframework.beans.TypeMismatchException.class)) {
                // A query parameter bound into a record: it has a type, and the value did not convert.
                Class<?> type = error.unwrap(org.springframework.beans.TypeMismatchException.class)
                        .getRequiredType();
                badDate |= isDate(type);
                errors.add(unconvertible(Problems.jsonName(error.getField()), type));
                continue;
            }
            errors.add(new FieldProblem(Problems.jsonName(error.getField()), error.getDefaultMessage()));
        }
        if (badDate) {
            return problem(badDates(errors), request);
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return problem(Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, BODY_RULES, errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        boolean bodyOnly = true;
        // FastAPI answers invalid query, path and header values with 422 too, and Python clients expect it.
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors beanErrors
                    && result.getMethodParameter().hasParameterAnnotation(RequestBody.class)) {
                beanErrors
                        .getFieldErrors()
                        .forEach(error -> errors.add(
                                new FieldProblem(Problems.jsonName(error.getField()), error.getDefaultMessage())));
                continue;
            }
            bodyOnly = false;
            String name = parameterName(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldProblem(name, error.getDefaultMessage()));
            }
        }
        errors.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        ProblemDetail problem = bodyOnly
                ? Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, BODY_RULES, errors)
                : Problems.invalid(
                        HttpStatus.UNPROCESSABLE_CONTENT, "A parameter, header or the body is invalid", errors);
        return problem(problem, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeFilter.BodyTooLargeException tooLarge) {
                return problem(RequestSizeFilter.tooLarge(tooLarge.maxBytes()), request);
            }
        }
        if (cause instanceof StreamConstraintsException) {
            return problem(
                    Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "/problems/malformed-body",
                            "Malformed request body",
                            "The request body is nested too deeply or has values too large"),
                    request);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(
                    Problems.invalid(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "The request body names a field that clients may not set",
                            List.of(new FieldProblem(
                                    path(unknown), "is not accepted here (unknown, or computed by the server)"))),
                    request);
        }
        if (cause instanceof DatabindException mismatch
                && !(cause instanceof StreamReadException)
                && !mismatch.getPath().isEmpty()) {
            return problem(
                    Problems.invalid(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "A field of the request body has the wrong type or an unknown value",
                            List.of(new FieldProblem(path(mismatch), "has the wrong type or an unknown value"))),
                    request);
        }
        String detail = cause instanceof JacksonException
                ? "The request body is not well-formed JSON"
                : "The request body is missing or unreadable";
        return problem(
                Problems.of(HttpStatus.BAD_REQUEST, "/problems/malformed-body", "Malformed request body", detail),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch
                ? parameterName(mismatch.getParameter())
                : String.valueOf(ex.getPropertyName());
        List<FieldProblem> errors = List.of(unconvertible(name, ex.getRequiredType()));
        if (isDate(ex.getRequiredType())) {
            return problem(badDates(errors), request);
        }
        return problem(
                Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "A parameter has an invalid value", errors),
                request);
    }

    private static boolean isDate(Class<?> type) {
        return java.time.LocalDate.class.equals(type);
    }

    /** A parameter whose text did not convert to its type. */
    private static FieldProblem unconvertible(String name, Class<?> type) {
        return new FieldProblem(name, isDate(type) ? "is not a valid date (YYYY-MM-DD)" : "has an invalid value");
    }

    /** A date that does not parse is a 400, like an out-of-range one (DESIGN.md, analytics). */
    private static ProblemDetail badDates(List<FieldProblem> errors) {
        return Problems.invalid(HttpStatus.BAD_REQUEST, "Dates are written YYYY-MM-DD", errors);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getInstance() == null) {
                problem.setInstance(Problems.instance(path(request)));
            }
            if (problem.getType() == null
                    || "about:blank".equals(problem.getType().toString())) {
                // Spring's own problems: their details quote the request (path, Content-Type, method).
                problem.setType(java.net.URI.create(Problems.genericType(statusCode)));
                problem.setDetail(Problems.genericDetail(statusCode));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> problem(ProblemDetail problem, WebRequest request) {
        return createResponseEntity(problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static String path(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            return servlet.getRequest().getRequestURI();
        }
        return ((NativeWebRequest) request).getDescription(false);
    }

    private static String parameterName(org.springframework.core.MethodParameter parameter) {
        var requestParam = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        var pathVariable = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        if (pathVariable != null && !pathVariable.value().isEmpty()) {
            return pathVariable.value();
        }
        return Problems.jsonName(String.valueOf(parameter.getParameterName()));
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        // Field names are echoed only when they look like field names: a body is client input.
        return path.isEmpty() || !SAFE_FIELD_PATH.matcher(path).matches() ? "body" : path.toString();
    }
}
