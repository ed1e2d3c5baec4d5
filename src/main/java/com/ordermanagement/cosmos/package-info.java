/**
 * Cosmos DB, whatever the feature: the client and the orders container ({@code CosmosClientConfiguration}, settings in {@code CosmosProperties} and {@code CosmosTuning}, the container's definition and the command that applies it), how timestamps are written to and read from the one container the service and the Python service share, and how Cosmos DB's answers become the service's store failures. The features' Cosmos adapters live in their {@code store.cosmos} packages.
 */
package com.ordermanagement.cosmos;
