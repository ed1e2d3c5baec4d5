package com.ordermanagement.cosmos;

import com.azure.core.util.Context;
import com.azure.cosmos.CosmosDiagnosticsContext;
import com.azure.cosmos.CosmosDiagnosticsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a Cosmos DB operation that crossed a diagnostics threshold (too slow, too expensive or
 * failed): one line that names it, and its diagnostics (regions, retries, per-request timings) for
 * whoever has to explain it. Diagnostics carry no key, no token and, as query text is not shown
 * ({@code ShowQueryMode.NONE}, the SDK's default), no parameter value.
 */
public final class SlowOperationLog implements CosmosDiagnosticsHandler {

    private static final Logger log = LoggerFactory.getLogger(SlowOperationLog.class);

    @Override
    public void handleDiagnostics(CosmosDiagnosticsContext context, Context traceContext) {
        if (!context.isThresholdViolated() || !log.isWarnEnabled()) {
            return;
        }
        log.warn(
                "Cosmos DB {} {} on {}: status {}/{}, {} ms, {} RU, {} retries; diagnostics: {}",
                context.getOperationType(),
                context.getResourceType(),
                context.getContainerName(),
                context.getStatusCode(),
                context.getSubStatusCode(),
                context.getDuration() == null ? -1 : context.getDuration().toMillis(),
                context.getTotalRequestCharge(),
                context.getRetryCount(),
                context.toJson());
    }
}
