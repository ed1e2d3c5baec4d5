package com.ordermanagement.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CosmosClientSettingsTest {

    private static final CosmosTuning DEFAULTS =
            new CosmosTuning(null, null, null, null, null, null, null, null, null, null, null, null);

    @Test
    void endpointDiscoveryIsOffForAnEmulatorOnThisMachineAndOnForAnAccount() {
        assertThat(settings("https://localhost:8081/", DEFAULTS).endpointDiscovery())
                .isFalse();
        assertThat(settings("https://emulator.localhost:8081/", DEFAULTS).endpointDiscovery())
                .isFalse();
        assertThat(settings("https://orders.documents.azure.com:443/", DEFAULTS).endpointDiscovery())
                .isTrue();
        assertThat(settings("https://cosmos-emulator:8081/", DEFAULTS).endpointDiscovery())
                .as("a name is never resolved to decide this")
                .isTrue();
    }

    @Test
    void anExplicitSettingWinsEitherWay() {
        CosmosTuning off = new CosmosTuning(null, null, null, false, null, null, null, null, null, null, null, null);
        CosmosTuning on = new CosmosTuning(null, null, null, true, null, null, null, null, null, null, null, null);

        assertThat(settings("https://cosmos-emulator:8081/", off).endpointDiscovery())
                .isFalse();
        assertThat(settings("https://localhost:8081/", on).endpointDiscovery()).isTrue();
    }

    @Test
    void throttlingRetriesAndEveryOperationFitTheRequestBudget() {
        CosmosClientSettings defaults = settings("https://orders.documents.azure.com:443/", DEFAULTS);
        CosmosTuning tight = new CosmosTuning(
                Duration.ofSeconds(2), 5, Duration.ofSeconds(30), null, null, null, null, null, null, null, null, null);

        assertThat(defaults.operationTimeout()).isEqualTo(Duration.ofSeconds(8));
        assertThat(defaults.throttlingMaxRetries()).isEqualTo(3);
        assertThat(defaults.throttlingMaxRetryWait()).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings("https://a.documents.azure.com/", tight).throttlingMaxRetryWait())
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void settingsThatCannotWorkAreRefusedWithTheVariableToFix() {
        assertThatThrownBy(() -> new CosmosTuning(
                        Duration.ZERO, null, null, null, null, null, null, null, null, null, null, null))
                .hasMessageContaining("COSMOS_REQUEST_TIMEOUT");
        assertThatThrownBy(
                        () -> new CosmosTuning(null, null, null, null, null, null, null, null, 1500, null, null, null))
                .hasMessageContaining("COSMOS_AUTOSCALE_MAX_RU");
        assertThatThrownBy(() -> new CosmosTuning(
                        null, null, null, null, null, null, null, null, null, List.of("short"), null, null))
                .hasMessageContaining("COSMOS_CONTINUATION_TOKEN_SECRETS");
        assertThat(new CosmosTuning(null, null, null, null, null, null, null, null, 4000, List.of("", " "), null, null)
                        .continuationTokenSecrets())
                .isEmpty();
    }

    @Test
    void theContainerDefinitionIndexesWhatQueriesUseOnly() {
        var policy = OrdersContainerDefinition.properties("Orders");

        assertThat(policy.getDefaultTimeToLiveInSeconds()).isEqualTo(-1);
        assertThat(policy.getPartitionKeyDefinition().getPaths()).containsExactly("/partitionKey");
        assertThat(policy.getIndexingPolicy().getExcludedPaths())
                .extracting(com.azure.cosmos.models.ExcludedPath::getPath)
                .contains("/items/*", "/billing_address/*", "/shipping_address/*", "/payment_info/*", "/notes/?")
                .doesNotContain("/created_at/?", "/status/?", "/type/?", "/customer_id/?", "/currency/?");
        assertThat(policy.getIndexingPolicy().getCompositeIndexes())
                .anySatisfy(index -> assertThat(index)
                        .extracting(com.azure.cosmos.models.CompositePath::getPath)
                        .containsExactly("/type", "/status", "/created_at"));
    }

    private static CosmosClientSettings settings(String endpoint, CosmosTuning tuning) {
        return CosmosClientSettings.of(new CosmosProperties(endpoint, "a2V5", null, null, null), tuning);
    }
}
