package com.ordermanagement.web.openapi;

import com.ordermanagement.web.filter.RateLimitExemptions;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;

/**
 * What every operation of this service can answer besides its own results, written into the
 * document once: the RFC 9457 {@code Problem} schema, the headers clients rely on, and the shared
 * error responses (all three in {@code openapi/shared-components.json}), added to each operation
 * by what it is (secured, with a body, with parameters, rate limited). Features declare only their
 * own outcomes (404, 409, 412, …) by referring to the responses named here. Alias paths kept for
 * old clients ({@code /api/v1/orders/}, {@code /health}) stay out of the document: one path per
 * operation.
 */
public class ApiContract implements OpenApiCustomizer {

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

    /**
     * The catalogue every operation shares: the {@code Problem} schema, the headers and the error
     * responses, as OpenAPI 3.1 JSON. Text a writer edits as a document, not code.
     */
    private static final String SHARED_COMPONENTS = "openapi/shared-components.json";

    /** The paths that answer the same as another, documented once under their canonical form. */
    private static final Set<String> ALIASES = Set.of("/api/v1/orders/", "/health");

    private final byte[] sharedComponents = read(SHARED_COMPONENTS);

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
        openApi.setComponents(components);
        Components shared = sharedComponents();
        shared.getSchemas().forEach(components::addSchemas);
        shared.getHeaders().forEach(components::addHeaders);
        shared.getResponses().forEach(components::addResponses);
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

    /** A fresh copy per document: the customisers after this one may change what they are given. */
    private Components sharedComponents() {
        try {
            return Json31.mapper().readValue(sharedComponents, Components.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + SHARED_COMPONENTS, e);
        }
    }

    private static byte[] read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing or unreadable " + resource, e);
        }
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
}
