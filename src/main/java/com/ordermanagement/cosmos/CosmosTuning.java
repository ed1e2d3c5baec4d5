package com.ordermanagement.cosmos;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service uses Cosmos DB once connected: time budget and retries, endpoint discovery,
 * diagnostics, readiness, provisioning of a container it creates, continuation token secrets and
 * the sweep of orphaned number reservations. Every setting has an environment variable (see
 * application.yml and docs/OPERATIONS.md).
 *
 * @param requestTimeout what one HTTP request may spend waiting for Cosmos DB in total
 * @param throttlingMaxRetries how often the SDK retries a throttled (429) call within that time
 * @param throttlingMaxRetryWait the most the SDK waits across those retries
 * @param endpointDiscovery whether the SDK follows the regional endpoints the account advertises;
 *     unset means on, except for an endpoint on this machine (an emulator advertises an address of its
 *     own that may not be reachable from here)
 * @param slowPointOperation point operations slower than this are logged with their diagnostics
 * @param slowQuery queries slower than this are logged with their diagnostics
 * @param slowRequestCharge operations costing more request units than this are logged too
 * @param readinessCacheFor how long a readiness answer is reused
 * @param autoscaleMaxRu autoscale maximum for a container this service creates; unset: the database's
 * @param continuationTokenSecrets HMAC secrets for continuation tokens, the first one signs; unset:
 *     derived from the account key
 * @param numberSweepInterval how often orphaned number reservations are looked for; zero: never
 * @param numberSweepGrace how old a reservation must be before it may count as orphaned
 */
@ConfigurationProperties("cosmos.tuning")
public record CosmosTuning(
        Duration requestTimeout,
        Integer throttlingMaxRetries,
        Duration throttlingMaxRetryWait,
        Boolean endpointDiscovery,
        Duration slowPointOperation,
        Duration slowQuery,
        Float slowRequestCharge,
        Duration readinessCacheFor,
        Integer autoscaleMaxRu,
        List<String> continuationTokenSecrets,
        Duration numberSweepInterval,
        Duration numberSweepGrace) {

    public CosmosTuning {
        requestTimeout = requestTimeout != null ? requestTimeout : Duration.ofSeconds(8);
        throttlingMaxRetries = throttlingMaxRetries != null ? throttlingMaxRetries : 3;
        throttlingMaxRetryWait = throttlingMaxRetryWait != null ? throttlingMaxRetryWait : Duration.ofSeconds(4);
        slowPointOperation = slowPointOperation != null ? slowPointOperation : Duration.ofSeconds(1);
        slowQuery = slowQuery != null ? slowQuery : Duration.ofSeconds(3);
        slowRequestCharge = slowRequestCharge != null ? slowRequestCharge : 1000f;
        readinessCacheFor = readinessCacheFor != null ? readinessCacheFor : Duration.ofSeconds(10);
        continuationTokenSecrets = continuationTokenSecrets == null
                ? List.of()
                : continuationTokenSecrets.stream()
                        .filter(secret -> !secret.isBlank())
                        .toList();
        numberSweepInterval = numberSweepInterval != null ? numberSweepInterval : Duration.ofHours(1);
        numberSweepGrace = numberSweepGrace != null ? numberSweepGrace : Duration.ofMinutes(15);
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalStateException("COSMOS_REQUEST_TIMEOUT must be positive");
        }
        if (autoscaleMaxRu != null && (autoscaleMaxRu < 1000 || autoscaleMaxRu % 1000 != 0)) {
            throw new IllegalStateException("COSMOS_AUTOSCALE_MAX_RU must be a multiple of 1000, at least 1000");
        }
        if (continuationTokenSecrets.stream().anyMatch(secret -> secret.length() < 16)) {
            throw new IllegalStateException("each COSMOS_CONTINUATION_TOKEN_SECRETS entry needs 16 characters or more");
        }
    }
}
