package com.ordermanagement.common.problem;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 bodies every error of this service answers with. */
public final class Problems {

    public static final String VALIDATION = "/problems/validation-error";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type != null ? type : genericType(status)));
        if (title != null) {
            problem.setTitle(title);
        }
        return problem;
    }

    public static ProblemDetail invalid(HttpStatusCode status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(status, VALIDATION, "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A type for problems that are plain HTTP errors, such as {@code /problems/not-found}. */
    public static String genericType(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String name = known != null ? known.name() : "http-" + status.value();
        return "/problems/" + name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * A fixed sentence for a plain HTTP error: never the request's own text (a path, a Content-Type,
     * a method), which would turn the problem body into a mirror for whatever a client sends.
     */
    public static String genericDetail(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No acceptable representation: this resource answers JSON";
            case 415 -> "Request bodies must be JSON (Content-Type: application/json)";
            case 400 -> "The request is malformed";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known != null ? known.getReasonPhrase() : "HTTP " + status.value();
            }
        };
    }

    /** A problem's instance URI for a request path; a path that is not a valid URI reference becomes "/". */
    public static URI instance(String path) {
        try {
            return URI.create(path == null ? "/" : path);
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }

    /** Turns a Java property path such as {@code items[0].unitPrice} into the JSON name {@code items[0].unit_price}. */
    public static String jsonName(String javaPath) {
        return javaPath.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
