package com.ordermanagement.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.ECMAScriptRegularExpressionFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document as a contract: every response an API test receives is checked against
 * it, the way a validating gateway or a generated client would read it. The operation (path template
 * and method) must document the status; the body must be of a documented media type and valid
 * against its schema (JSON Schema 2020-12, patterns as ECMA-262); required headers must be present,
 * and the headers clients rely on must be documented wherever the service sends them. Requests to
 * paths or methods the document does not describe (an unknown URL, a 405) are not checked.
 */
public final class OpenApiContract {

    private static final String DOCUMENT_URI = "https://contract.test/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, OpenApiContract> BY_DOCUMENT = new ConcurrentHashMap<>();
    private static final Map<Integer, Optional<OpenApiContract>> BY_PORT = new ConcurrentHashMap<>();
    private static volatile OpenApiContract lastLoaded;

    /** Headers clients act on: wherever the service sends one, the document must declare it. */
    private static final Set<String> DECLARED_HEADERS = Set.of(
            "etag",
            "location",
            "idempotent-replayed",
            "retry-after",
            "ratelimit-limit",
            "ratelimit-remaining",
            "ratelimit-reset",
            "x-request-id",
            "www-authenticate");

    /**
     * Paths the service answers the same as a documented one, kept for old clients: {@code /health},
     * and any {@code /api/} path with a trailing slash (routed without it, as the Python clients call).
     */
    private static final Map<String, String> ALIASES = Map.of("/health", "/api/v1/health");

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<PathTemplate> paths;

    private OpenApiContract(String documentText) {
        this.document = JSON.readTree(documentText);
        this.schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT_URI, documentText))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .regularExpressionFactory(ECMAScriptRegularExpressionFactory.getInstance())
                                .formatAssertionsEnabled(true)
                                .build()));
        List<PathTemplate> templates = new ArrayList<>();
        document.path("paths").propertyNames().forEach(path -> templates.add(PathTemplate.of(path)));
        // A literal segment wins over a variable one: /customers/top before /customers/{customer_id}.
        templates.sort(Comparator.comparingInt(PathTemplate::variables).thenComparing(PathTemplate::path));
        this.paths = List.copyOf(templates);
    }

    /** A contract from a document's text (a served one, or one changed to show what the check catches). */
    public static OpenApiContract of(String documentText) {
        return new OpenApiContract(documentText);
    }

    /** The contract a service on this port serves, fetched once; empty when it serves no document. */
    public static Optional<OpenApiContract> servedOn(int port) {
        return BY_PORT.computeIfAbsent(port, OpenApiContract::fetch);
    }

    private static Optional<OpenApiContract> fetch(int port) {
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                OpenApiContract contract =
                        BY_DOCUMENT.computeIfAbsent(withoutServers(response.body()), OpenApiContract::new);
                lastLoaded = contract;
                return Optional.of(contract);
            }
        } catch (java.io.IOException e) {
            // fall through: a service without docs is checked against the document another one served
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Docs closed (authentication on): the document does not depend on the settings, so the one
        // another test's service served applies.
        return Optional.ofNullable(lastLoaded);
    }

    private static String withoutServers(String documentText) {
        var node = (tools.jackson.databind.node.ObjectNode) JSON.readTree(documentText);
        node.remove("servers");
        return node.toString();
    }

    /** The contract violations of one exchange; empty when it conforms or is not described. */
    public List<String> violations(String method, String target, Api.Response response) {
        String path = URI.create(target.startsWith("/") ? target : "/" + target).getRawPath();
        path = ALIASES.getOrDefault(path, path);
        if (path.startsWith("/api/") && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Optional<PathTemplate> template = match(path);
        String verb = method.toLowerCase(Locale.ROOT);
        if (template.isEmpty()) {
            return List.of();
        }
        JsonNode operation = document.path("paths").path(template.get().path()).path(verb);
        if (operation.isMissingNode()) {
            return List.of();
        }
        String where = method + " " + template.get().path() + " → " + response.status();
        JsonNode documented = operation.path("responses").path(Integer.toString(response.status()));
        if (documented.isMissingNode()) {
            documented = operation.path("responses").path("default");
        }
        if (documented.isMissingNode()) {
            return List.of(where + ": status not documented");
        }
        documented = resolve(documented);
        List<String> problems = new ArrayList<>();
        checkHeaders(where, documented, response, problems);
        checkBody(where, documented, response, problems);
        return problems;
    }

    private void checkHeaders(String where, JsonNode documented, Api.Response response, List<String> problems) {
        JsonNode headers = documented.path("headers");
        Set<String> declared = new java.util.HashSet<>();
        headers.propertyNames().forEach(name -> {
            declared.add(name.toLowerCase(Locale.ROOT));
            JsonNode header = resolve(headers.path(name));
            if (header.path("required").asBoolean(false) && response.header(name) == null) {
                problems.add(where + ": required header " + name + " missing");
            }
        });
        response.raw().headers().map().keySet().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(DECLARED_HEADERS::contains)
                .filter(name -> !declared.contains(name))
                .forEach(name -> problems.add(where + ": header " + name + " sent but not documented"));
    }

    private void checkBody(String where, JsonNode documented, Api.Response response, List<String> problems) {
        String body = response.body();
        JsonNode content = documented.path("content");
        if (body == null || body.isEmpty()) {
            return;
        }
        if (content.isMissingNode() || content.isEmpty()) {
            problems.add(where + ": a body was sent but none is documented");
            return;
        }
        String contentType = response.contentType();
        String mediaType =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            problems.add(where + ": media type " + mediaType + " not documented (documented: " + content.propertyNames()
                    + ")");
            return;
        }
        String pointer = pointerTo(content.path(mediaType).path("schema"), documented);
        if (pointer == null) {
            return;
        }
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + pointer));
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        for (Error error : errors) {
            problems.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
    }

    /** A JSON pointer into the document to the schema at this node, for the validator to resolve. */
    private String pointerTo(JsonNode schema, JsonNode response) {
        if (schema.isMissingNode()) {
            return null;
        }
        String ref = schema.path("$ref").asString(null);
        if (ref != null && ref.startsWith("#")) {
            return ref.substring(1);
        }
        // An inline schema: locate it by searching the document (rare: only for refs springdoc inlines).
        return locate(document, "", schema);
    }

    private static String locate(JsonNode node, String pointer, JsonNode target) {
        if (node == target) {
            return pointer;
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                String found = locate(
                        node.path(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), target);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = locate(node.get(i), pointer + "/" + i, target);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 5 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private Optional<PathTemplate> match(String path) {
        return paths.stream().filter(template -> template.matches(path)).findFirst();
    }

    private record PathTemplate(String path, Pattern pattern, int variables) {
        static PathTemplate of(String path) {
            StringBuilder regex = new StringBuilder();
            int variables = 0;
            for (String part : path.split("(?=\\{)|(?<=\\})")) {
                if (part.startsWith("{")) {
                    regex.append("[^/]+");
                    variables++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            return new PathTemplate(path, Pattern.compile(regex.toString()), variables);
        }

        boolean matches(String candidate) {
            return pattern.matcher(candidate).matches();
        }
    }
}
