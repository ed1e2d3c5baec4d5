package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.MultilineText;
import jakarta.validation.constraints.Size;

public record CancelOrderRequest(
        @Size(max = 500) @MultilineText String reason) {}
