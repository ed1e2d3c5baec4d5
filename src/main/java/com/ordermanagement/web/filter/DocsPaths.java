package com.ordermanagement.web.filter;

/** The documentation pages and what they load: Swagger UI, ReDoc and the OpenAPI document. */
final class DocsPaths {

    private DocsPaths() {}

    /** The analytics dashboard page and its own files (its chart library is under /webjars/). */
    static boolean isDashboard(String path) {
        return path.equals("/dashboard") || path.startsWith("/dashboard/");
    }

    static boolean matches(String path) {
        return path.equals("/docs")
                || path.startsWith("/docs/")
                || path.startsWith("/swagger-ui")
                || path.equals("/redoc")
                || path.startsWith("/webjars/")
                || path.startsWith("/v3/api-docs")
                || path.equals("/openapi.json")
                || path.equals("/api/v1/openapi.json")
                || path.equals("/favicon.ico");
    }
}
