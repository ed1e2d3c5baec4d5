/**
 * The order feature: customers' orders from HTTP ({@code api}) through the use cases ({@code service}) and the business rules ({@code domain}) to the {@code OrderStore} port ({@code store}) and its two adapters, {@code store.embedded} and {@code store.cosmos}. It publishes its domain records and, through the port, {@code OrderChanged} for whoever keeps derived data; it knows no other feature.
 */
package com.ordermanagement.order;
