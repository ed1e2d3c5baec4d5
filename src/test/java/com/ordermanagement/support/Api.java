package com.ordermanagement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running service, as an API user would call it. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String base;
    private final int port;

    public Api(int port) {
        this.base = "http://localhost:" + port;
        this.port = port;
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Response post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    public Response put(String path, String json, String... headers) {
        return send("PUT", path, json, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    public Response send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (json != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            Response response = new Response(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
            conformsToContract(method, path, response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every answer is checked against the OpenAPI document the service serves (see {@link OpenApiContract}). */
    private void conformsToContract(String method, String path, Response response) {
        OpenApiContract.servedOn(port).ifPresent(contract -> {
            List<String> violations = contract.violations(method, path, response);
            if (!violations.isEmpty()) {
                throw new AssertionError("The answer breaks the served OpenAPI document:\n  "
                        + String.join("\n  ", violations) + "\n" + response);
            }
        });
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    public record Response(HttpResponse<String> raw) {
        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return parse(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
