package com.ordermanagement.web.openapi;

import com.ordermanagement.web.filter.RateLimitExemptions;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every operation of this service can answer besides its own results, written into the
 * document once: the RFC 9457 {@code Problem} schema, the headers clients rely on, and the shared
 * error responses, added to each operation by what it is (secured, with a body, with parameters,
 * rate limited). Features declare only their own outcomes (404, 409, 412, …) by referring to the
 * responses named here. Alias paths kept for old clients ({@code /api/v1/orders/}, {@code /health})
 * stay out of the document: one path per operation.
 */
public class ApiContract implements OpenApiCustomizer {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /**
     * Where the document says why a linter rule does not apply to a node: {@code {rule id: reason}}.
     * {@code OpenApiLintTest} accepts a rule's finding only under a node that names it this way.
     */
    public static final String LINT_JUSTIFICATION = "x-lint-justification";

    private static final String SENT_BY_US = "Only the service sends this schema, never a client: OWASP API4"
            + " (unrestricted resource consumption) bounds what clients send. Orders taken over from the Python"
            + " service may exceed today's request limits, so no response-side bound is promised.";

    private static final String PROBES_NOT_LIMITED = "Probes and service information are exempt from rate"
            + " limiting, so an orchestrator is never throttled: no RateLimit headers.";

    private static final String SERVERS_PER_REQUEST = "servers is the configured public URL, else the origin a"
            + " trusted proxy reports, else \"/\": this very deployment, whatever its audience and environment."
            + " The document has no fixed server to label.";

    /** The paths that answer the same as another, documented once under their canonical form. */
    private static final Set<String> ALIASES = Set.of("/api/v1/orders/", "/health");

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
        openApi.setComponents(components);
        components.addSchemas("FieldProblem", fieldProblem());
        components.addSchemas("Problem", problem());
        headers().forEach(components::addHeaders);
        responses().forEach(components::addResponses);
        if (openApi.getPaths() == null) {
            return;
        }
        ALIASES.forEach(openApi.getPaths()::remove);
        openApi.addExtension(
                LINT_JUSTIFICATION,
                Map.of(
                        "owasp:api9:2023-inventory-access", SERVERS_PER_REQUEST,
                        "owasp:api9:2023-inventory-environment", SERVERS_PER_REQUEST));
        describeResponseOnlySchemas(openApi);
        openApi.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(operation -> complete(path, operation)));
    }

    private static void complete(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean rateLimited = !RateLimitExemptions.exempt(path);
        if (operation.getRequestBody() != null) {
            addMissing(responses, "413", "ContentTooLarge");
            addMissing(responses, "415", "UnsupportedMediaType");
            addMissing(responses, "422", "UnprocessableContent");
        }
        if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            addMissing(responses, "422", "UnprocessableContent");
        }
        if (secured) {
            addMissing(responses, "401", "Unauthorized");
            addMissing(responses, "403", "Forbidden");
            // Operations on business data read the store, which may be unreachable or too slow.
            addMissing(responses, "503", "ServiceUnavailable");
        } else {
            // Public on purpose (probes, service information): an empty list says so.
            operation.setSecurity(new ArrayList<>());
        }
        if (rateLimited) {
            addMissing(responses, "429", "TooManyRequests");
        }
        // Any request line the firewall refuses (an encoded line break, a path traversal) is a 400, as
        // is malformed JSON in a body.
        addMissing(responses, "400", "BadRequest");
        addMissing(responses, "406", "NotAcceptable");
        addMissing(responses, "500", "InternalServerError");
        responses.values().forEach(response -> {
            if (response.get$ref() == null) {
                addHeaders(response, rateLimited);
                if (!rateLimited) {
                    response.addExtension(LINT_JUSTIFICATION, Map.of("owasp:api4:2023-rate-limit", PROBES_NOT_LIMITED));
                }
            }
        });
        // Numeric order reads best in every generated client and renderer.
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        responses.putAll(sorted);
    }

    /**
     * The schemas no request body reaches: the service writes every member of these, a null one as
     * {@code null} (see {@link RecordSchemas}), so each is required; and bounds on input do not apply.
     */
    private static void describeResponseOnlySchemas(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> sentByClients = new java.util.HashSet<>();
        openApi.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        operation
                                .getRequestBody()
                                .getContent()
                                .values()
                                .forEach(media -> collectReferences(media.getSchema(), schemas, sentByClients));
                    }
                }));
        schemas.forEach((name, schema) -> {
            if (!sentByClients.contains(name) && !name.equals("Problem") && !name.equals("FieldProblem")) {
                requireWrittenNulls(schema);
                schema.addExtension(
                        LINT_JUSTIFICATION,
                        Map.of(
                                "owasp:api4:2023-string-limit", SENT_BY_US,
                                "owasp:api4:2023-integer-limit", SENT_BY_US,
                                "owasp:api4:2023-array-limit", SENT_BY_US));
            }
        });
    }

    private static void requireWrittenNulls(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Set<String> required =
                new java.util.LinkedHashSet<>(schema.getRequired() != null ? schema.getRequired() : List.of());
        schema.getProperties().forEach((property, definition) -> {
            if (RecordSchemas.admitsNull(definition)) {
                required.add(property);
            }
        });
        schema.setRequired(new ArrayList<>(required));
    }

    @SuppressWarnings("rawtypes")
    private static void collectReferences(Schema<?> schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = componentName(schema.get$ref());
            if (names.add(name)) {
                collectReferences(schemas.get(name), schemas, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectReferences(property, schemas, names));
        }
        collectReferences(schema.getItems(), schemas, names);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (group != null) {
                group.forEach(member -> collectReferences(member, schemas, names));
            }
        }
    }

    /** The component a local reference such as {@code #/components/schemas/Order} names. */
    static String componentName(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }

    private static void addHeaders(ApiResponse response, boolean rateLimited) {
        Map<String, Header> headers =
                response.getHeaders() != null ? new LinkedHashMap<>(response.getHeaders()) : new LinkedHashMap<>();
        headers.putIfAbsent("X-Request-ID", headerRef("X-Request-ID"));
        headers.putIfAbsent("Access-Control-Allow-Origin", headerRef("Access-Control-Allow-Origin"));
        if (rateLimited) {
            headers.putIfAbsent("RateLimit-Limit", headerRef("RateLimit-Limit"));
            headers.putIfAbsent("RateLimit-Remaining", headerRef("RateLimit-Remaining"));
            headers.putIfAbsent("RateLimit-Reset", headerRef("RateLimit-Reset"));
        }
        response.setHeaders(headers);
    }

    private static void addMissing(ApiResponses responses, String status, String name) {
        responses.computeIfAbsent(status, ignored -> new ApiResponse().$ref("#/components/responses/" + name));
    }

    private static Header headerRef(String name) {
        return new Header().$ref("#/components/headers/" + name);
    }

    private static Schema<?> fieldProblem() {
        return new JsonSchema()
                .types(Set.of("object"))
                .description("One field or parameter that broke a rule")
                .addProperty(
                        "field", text(200, "The JSON path of the field or the parameter's name", "items[0].quantity"))
                .addProperty("message", text(500, "What the rule is", "must be greater than or equal to 1"))
                .required(List.of("field", "message"));
    }

    private static Schema<?> problem() {
        JsonSchema errors = new JsonSchema();
        errors.types(Set.of("array"))
                .items(new JsonSchema().$ref("#/components/schemas/FieldProblem"))
                .maxItems(1000)
                .description("Validation problems only: every field that broke a rule");
        JsonSchema status = new JsonSchema();
        status.types(Set.of("integer"))
                .format("int32")
                .minimum(BigDecimal.valueOf(400))
                .maximum(BigDecimal.valueOf(599))
                .example(422);
        JsonSchema problem = new JsonSchema();
        problem.types(Set.of("object"))
                .description("An RFC 9457 problem document. Never a stack trace or an internal class name; more"
                        + " members may follow (such as max_offset), which clients ignore when unknown.")
                .addProperty("type", uriReference("Identifies the kind of problem; stable, for programs to branch on"))
                .addProperty("title", text(200, "A short summary of the kind of problem", "Invalid request"))
                .addProperty("status", status)
                .addProperty("detail", text(2000, "What went wrong with this request", "The order breaks a rule"))
                .addProperty("instance", uriReference("The request path"))
                .addProperty("errors", errors)
                .required(List.of("type", "title", "status", "detail", "instance"));
        return problem;
    }

    private static Schema<?> uriReference(String description) {
        JsonSchema schema = new JsonSchema();
        schema.types(Set.of("string")).format("uri-reference").maxLength(2048).description(description);
        return schema;
    }

    private static Schema<?> text(int maxLength, String description, String example) {
        JsonSchema schema = new JsonSchema();
        schema.types(Set.of("string"))
                .maxLength(maxLength)
                .description(description)
                .example(example);
        return schema;
    }

    private static Schema<?> integer(long max) {
        JsonSchema schema = new JsonSchema();
        schema.types(Set.of("integer")).format("int32").minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(max));
        return schema;
    }

    static Map<String, Header> headers() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put(
                "X-Request-ID",
                new Header()
                        .description("The request's correlation id: the client's own X-Request-ID when it sent a sane"
                                + " one, else a new UUID. Quote it when reporting a problem.")
                        .schema(text(128, "Correlation id", "3f1d2c9e-7a51-4c0e-9d6b-2b8f4a1e5c77")));
        headers.put(
                "ETag",
                new Header()
                        .description("The order's version; send it back in If-Match to change only this version")
                        .required(true)
                        .schema(text(200, "Entity tag", "\"a54e1e5596c8061a\"")));
        headers.put(
                "Location",
                new Header()
                        .description("Where the new order can be read")
                        .required(true)
                        .schema(uriReference("The order's URL, relative to the service")));
        JsonSchema replayed = new JsonSchema();
        replayed.types(Set.of("string"));
        replayed.setEnum(List.of("true", "false"));
        headers.put(
                "Idempotent-Replayed",
                new Header()
                        .description("true when this answer repeats the first result for the same Idempotency-Key")
                        .required(true)
                        .schema(replayed));
        headers.put(
                "RateLimit-Limit",
                new Header()
                        .description("Requests allowed per minute for this client (only while rate limiting is on)")
                        .schema(integer(1_000_000)));
        headers.put(
                "RateLimit-Remaining",
                new Header().description("Requests left in the current window").schema(integer(1_000_000)));
        headers.put(
                "RateLimit-Reset",
                new Header()
                        .description("Seconds until the window is full again")
                        .schema(integer(86_400)));
        headers.put(
                "Retry-After",
                new Header()
                        .description("Seconds to wait before trying again")
                        .required(true)
                        .schema(integer(86_400)));
        headers.put(
                "Access-Control-Allow-Origin",
                new Header()
                        .description("The calling page's origin, only when it is listed in CORS_ALLOWED_ORIGINS (none"
                                + " by default: no cross-origin access)")
                        .schema(text(2048, "An allowed origin", "https://shop.example.com")));
        headers.put(
                "WWW-Authenticate",
                new Header()
                        .description("The Bearer challenge, with error=\"invalid_token\" when a token was refused")
                        .required(true)
                        .schema(text(1000, "RFC 6750 challenge", "Bearer error=\"invalid_token\"")));
        return headers;
    }

    static Map<String, ApiResponse> responses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put(
                "BadRequest",
                problemResponse("Malformed: a URL the service refuses to route (an encoded line break, a traversal),"
                        + " JSON that does not parse or repeats a key, a date that is not YYYY-MM-DD or out of"
                        + " range, a continuation token this service did not issue, a page too deep, or a"
                        + " query the database refused"));
        responses.put(
                "Unauthorized",
                problemResponse("No valid bearer token (only when the service is configured with an issuer)")
                        .addHeaderObject("WWW-Authenticate", headerRef("WWW-Authenticate")));
        responses.put(
                "Forbidden",
                problemResponse("The token lacks the operation's scope (WWW-Authenticate then says"
                                + " insufficient_scope), the token is bound to another customer, or the request comes"
                                + " from a browser origin that is not allowed")
                        .addHeaderObject(
                                "WWW-Authenticate",
                                new Header()
                                        .description("Bearer error=\"insufficient_scope\" when a scope is missing")
                                        .schema(text(
                                                1000, "RFC 6750 challenge", "Bearer error=\"insufficient_scope\""))));
        responses.put("NotFound", problemResponse("No such order"));
        responses.put("NotAcceptable", problemResponse("The Accept header excludes JSON, the only representation"));
        responses.put(
                "Conflict",
                problemResponse("The order's state forbids the change, or the Idempotency-Key was used for an order"
                        + " since deleted"));
        responses.put("PreconditionFailed", problemResponse("If-Match names an older version of the order"));
        responses.put("ContentTooLarge", problemResponse("The body is larger than the service accepts"));
        responses.put("UnsupportedMediaType", problemResponse("The body is not application/json"));
        responses.put(
                "UnprocessableContent",
                problemResponse("A field, parameter or header breaks a rule; errors lists each one"));
        responses.put(
                "TooManyRequests",
                problemResponse("Rate limited: wait Retry-After seconds")
                        .addHeaderObject("Retry-After", headerRef("Retry-After")));
        responses.put(
                "InternalServerError",
                problemResponse(
                        "An unexpected failure; the body names no internal detail, the log has the request" + " id"));
        responses.put(
                "ServiceUnavailable",
                problemResponse("The database is unreachable or did not answer within the request's time budget;"
                                + " safe to retry after Retry-After seconds")
                        .addHeaderObject("Retry-After", headerRef("Retry-After")));
        responses.values().forEach(response -> {
            response.addHeaderObject("X-Request-ID", headerRef("X-Request-ID"));
            response.addHeaderObject("Access-Control-Allow-Origin", headerRef("Access-Control-Allow-Origin"));
            // Set by the rate limiter before anything else answers, on every path it covers.
            response.addHeaderObject("RateLimit-Limit", headerRef("RateLimit-Limit"));
            response.addHeaderObject("RateLimit-Remaining", headerRef("RateLimit-Remaining"));
            response.addHeaderObject("RateLimit-Reset", headerRef("RateLimit-Reset"));
        });
        return responses;
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/Problem"))));
    }
}
