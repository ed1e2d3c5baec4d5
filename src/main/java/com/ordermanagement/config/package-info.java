/**
 * Wiring only: which adapters run (Cosmos when {@code COSMOS_ENDPOINT} is set, embedded otherwise) and how the order store feeds the analytics rollups, the settings checked before any network I/O ({@code StartupSettings}), and the JVM defaults. It sits on top of every module and nothing depends on it ({@code ArchitectureTest}).
 */
package com.ordermanagement.config;
