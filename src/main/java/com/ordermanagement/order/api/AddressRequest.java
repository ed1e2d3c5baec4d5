package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.CountryCode;
import com.ordermanagement.common.validation.PlainText;
import com.ordermanagement.order.domain.Address;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record AddressRequest(
        @NotBlank @Size(max = 200) @PlainText @Schema(example = "123 Main St")
        String street,

        @NotBlank @Size(max = 100) @PlainText @Schema(example = "Seattle")
        String city,

        @NotBlank @Size(max = 100) @PlainText @Schema(example = "WA")
        String state,

        @NotBlank @Size(max = 20) @PlainText @Schema(example = "98101")
        String postalCode,

        @CountryCode @Schema(description = "ISO 3166-1 alpha-2; defaults to US", example = "US") @Nullable
        String country) {

    Address toAddress() {
        return new Address(street, city, state, postalCode, country != null ? country : "US");
    }

    static Address toAddress(AddressRequest request) {
        return request == null ? null : request.toAddress();
    }
}
