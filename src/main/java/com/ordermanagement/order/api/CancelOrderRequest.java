package com.ordermanagement.order.api;

import com.ordermanagement.web.validation.MultilineText;
import jakarta.validation.constraints.Size;

public record CancelOrderRequest(
        @Size(max = 500) @MultilineText String reason) {}
