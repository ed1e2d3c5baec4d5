package com.ordermanagement.cosmos;

import com.ordermanagement.common.InvalidSettingException;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Connection to Azure Cosmos DB, from {@code COSMOS_ENDPOINT}, {@code COSMOS_KEY},
 * {@code COSMOS_DATABASE}, {@code COSMOS_CONTAINER} and {@code COSMOS_CONNECTION_MODE}.
 */
@ConfigurationProperties("cosmos")
public record CosmosProperties(
        String endpoint, String key, String database, String container, ConnectionMode connectionMode) {

    public enum ConnectionMode {
        /** TCP to the replicas: lowest latency, the choice for Azure. */
        DIRECT,
        /** HTTPS through the gateway: one port, the choice for the emulator and strict firewalls. */
        GATEWAY
    }

    public CosmosProperties {
        database = StringUtils.hasText(database) ? database : "OrderManagement";
        container = StringUtils.hasText(container) ? container : "Orders";
        connectionMode = connectionMode != null ? connectionMode : ConnectionMode.DIRECT;
    }

    private static boolean isIpAddress(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }

    public boolean configured() {
        return StringUtils.hasText(endpoint);
    }

    /**
     * Refuses a configuration that cannot work, with a message that says what to fix; the key is
     * never part of the message. An IP-address host is refused too: the SDK resolves
     * {@code https://127.0.0.1:8081/} as the host name "127.0.0.1:8081" and fails with "invalid IPv6
     * address literal" (azure-cosmos 4.81.0), so a name (the emulator's {@code localhost}) is needed.
     */
    public void validate() {
        if (!configured()) {
            if (StringUtils.hasText(key)) {
                throw new InvalidSettingException(
                        "COSMOS_ENDPOINT",
                        "COSMOS_KEY is set but COSMOS_ENDPOINT is not: set both to use Cosmos DB, or neither for the"
                                + " embedded store");
            }
            return;
        }
        URI uri;
        try {
            uri = URI.create(endpoint.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(
                    "COSMOS_ENDPOINT",
                    "COSMOS_ENDPOINT is not a valid URL; expected https://<account>.documents.azure.com:443/");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new InvalidSettingException(
                    "COSMOS_ENDPOINT",
                    "COSMOS_ENDPOINT must be an https URL such as https://<account>.documents.azure.com:443/");
        }
        if (isIpAddress(uri.getHost())) {
            throw new InvalidSettingException(
                    "COSMOS_ENDPOINT",
                    "COSMOS_ENDPOINT must name its host: the Cosmos SDK cannot connect to an IP address such as "
                            + uri.getHost() + " (use localhost for a local emulator, or the account's DNS name)");
        }
        if (!StringUtils.hasText(key)) {
            throw new InvalidSettingException(
                    "COSMOS_KEY", "COSMOS_ENDPOINT is set but COSMOS_KEY is not: both are needed for Cosmos DB");
        }
    }
}
