package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.MultilineText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record CancelOrderRequest(
        @Size(max = 500) @MultilineText @Nullable String reason) {}
