package com.ordermanagement.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link CosmosFaultProxy} adds to {@code @vercel/cosmosdb-server} so that the Cosmos SDK's
 * queries run on it unchanged. Each piece covers one gap of that engine in the <em>transport</em>,
 * never in evaluation: the engine still evaluates every filter, sort, parameter and aggregate itself.
 * With a single physical partition a query sent whole to that partition is answered whole, which
 * is what makes a pass-through plan honest.
 *
 * <ol>
 *   <li><b>No query-plan endpoint.</b> The SDK asks the gateway for a plan (a POST carrying
 *       {@code x-ms-cosmos-is-query-plan-request}); the engine would run the query instead. The
 *       proxy answers with a pass-through plan: the one range {@code ""}–{@code "FF"}, no ORDER BY,
 *       aggregate, DISTINCT, TOP or OFFSET rewriting, {@code hasSelectValue} exactly when the query
 *       is {@code SELECT VALUE …}.
 *   <li><b>Refuses range-scoped queries.</b> Without {@code x-ms-documentdb-query-enablecrosspartition}
 *       the engine answers "missing partition keys", and the SDK does not send that header on a
 *       request already scoped to a partition key range. The proxy adds it to every query.
 *   <li><b>No {@code OFFSET … LIMIT …}.</b> Its parser lacks the clause (Cosmos DB has it, with
 *       parameters). The proxy strips a trailing {@code OFFSET n LIMIT m}, reads the whole result of
 *       the rest from the engine, and serves the window {@code [n, n + m)} in pages of the SDK's
 *       {@code x-ms-max-item-count}, with a continuation of its own.
 * </ol>
 *
 * The gaps this cannot even out honestly (they are evaluation, not transport) are in
 * {@link CosmosEngineTier}: {@code GROUP BY} and multi-aggregate SELECTs, the change feed, atomic
 * transactional batches.
 */
final class EngineQueryGaps {

    static final String PLAN_REQUEST_HEADER = "x-ms-cosmos-is-query-plan-request";
    static final String CROSS_PARTITION_HEADER = "x-ms-documentdb-query-enablecrosspartition";
    static final String CONTINUATION_HEADER = "x-ms-continuation";
    static final String MAX_ITEM_COUNT_HEADER = "x-ms-max-item-count";

    /** Marks the proxy's own continuations, so that they are never confused with the engine's. */
    private static final String WINDOW_CONTINUATION = "engine-window:";

    private static final Pattern OFFSET_LIMIT =
            Pattern.compile("(?is)^(.*\\S)\\s+OFFSET\\s+(@\\w+|\\d+)\\s+LIMIT\\s+(@\\w+|\\d+)\\s*$");
    private static final Pattern SELECT_VALUE = Pattern.compile("(?is)^\\s*SELECT\\s+VALUE\\s.*");

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineQueryGaps() {}

    /** Gap 1: the plan the SDK asked for, as the gateway would answer it for a single-range container. */
    static byte[] passThroughPlan(byte[] requestBody) {
        String query = read(requestBody).path("query").asText("");
        ObjectNode plan = JSON.createObjectNode();
        plan.put("partitionedQueryExecutionInfoVersion", 2);
        ObjectNode info = plan.putObject("queryInfo");
        info.put("distinctType", "None");
        info.putNull("top");
        info.putNull("offset");
        info.putNull("limit");
        info.putArray("orderBy");
        info.putArray("orderByExpressions");
        info.putArray("groupByExpressions");
        info.putArray("groupByAliases");
        info.putArray("aggregates");
        info.putObject("groupByAliasToAggregateType");
        info.put("rewrittenQuery", "");
        info.put("hasSelectValue", SELECT_VALUE.matcher(query).matches());
        info.put("hasNonStreamingOrderBy", false);
        ObjectNode range = plan.putArray("queryRanges").addObject();
        range.put("min", "");
        range.put("max", "FF");
        range.put("isMinInclusive", true);
        range.put("isMaxInclusive", false);
        return write(plan);
    }

    /** Gap 3: the query without its trailing OFFSET/LIMIT, and the window those asked for. */
    record Windowed(byte[] body, long offset, long limit) {}

    static Optional<Windowed> window(byte[] requestBody) {
        JsonNode request = read(requestBody);
        Matcher clause = OFFSET_LIMIT.matcher(request.path("query").asText(""));
        if (!clause.matches()) {
            return Optional.empty();
        }
        ObjectNode stripped = ((ObjectNode) request).deepCopy();
        stripped.put("query", clause.group(1));
        List<String> used = new ArrayList<>();
        long offset = value(request, clause.group(2), used);
        long limit = value(request, clause.group(3), used);
        ArrayNode parameters = stripped.putArray("parameters");
        request.path("parameters").forEach(parameter -> {
            if (!used.contains(parameter.path("name").asText())) {
                parameters.add(parameter);
            }
        });
        return Optional.of(new Windowed(write(stripped), offset, limit));
    }

    /** Where in the window a page starts: 0, or what the proxy's last continuation said. */
    static int positionOf(String continuation) {
        if (continuation == null || !continuation.startsWith(WINDOW_CONTINUATION)) {
            return 0;
        }
        return Integer.parseInt(continuation.substring(WINDOW_CONTINUATION.length()));
    }

    static String continuationAt(int position) {
        return WINDOW_CONTINUATION + position;
    }

    /** The documents of one engine answer ({@code {"Documents": [...], "_count": n}}). */
    static List<JsonNode> documents(byte[] responseBody) {
        List<JsonNode> documents = new ArrayList<>();
        read(responseBody).path("Documents").forEach(documents::add);
        return documents;
    }

    /** One page of the window, in the engine's answer shape. */
    static byte[] page(List<JsonNode> documents) {
        ObjectNode page = JSON.createObjectNode();
        page.put("_rid", "");
        page.putArray("Documents").addAll(documents);
        page.put("_count", documents.size());
        return write(page);
    }

    private static long value(JsonNode request, String token, List<String> used) {
        if (!token.startsWith("@")) {
            return Long.parseLong(token);
        }
        for (JsonNode parameter : request.path("parameters")) {
            if (parameter.path("name").asText().toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT))) {
                used.add(parameter.path("name").asText());
                return parameter.path("value").asLong();
            }
        }
        throw new IllegalArgumentException("OFFSET/LIMIT parameter " + token + " was not sent");
    }

    private static JsonNode read(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("query body is not JSON", e);
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
