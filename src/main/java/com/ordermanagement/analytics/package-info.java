/**
 * The analytics feature: business figures in the Python service's shapes ({@code api}, {@code service}) from the {@code AnalyticsQueries} port ({@code store}) and its adapters: rollups kept from the order feature's {@code OrderChanged} events ({@code store.embedded}) and Cosmos SQL aggregates ({@code store.cosmos}). It reads only what the order feature publishes, never its adapters.
 */
package com.ordermanagement.analytics;
