/**
 * Wiring: which adapters run (Cosmos when {@code COSMOS_ENDPOINT} is set, embedded otherwise), the filter chain in its order, OpenAPI, Tomcat, JSON reading and the settings. It sits on top of every module and nothing depends on it.
 */
package com.ordermanagement.config;
