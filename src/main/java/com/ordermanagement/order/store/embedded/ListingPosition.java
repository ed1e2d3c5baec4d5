package com.ordermanagement.order.store.embedded;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.store.InvalidContinuationTokenException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * Where an order stands in the newest-first listing. Continuation tokens of the embedded store are
 * positions encoded as opaque text, so resuming is a tree lookup instead of a skip over earlier orders.
 */
record ListingPosition(Instant createdAt, String id, String customerId) {

    /** Newest first; id and customer break ties so that every order has exactly one position. */
    static final Comparator<ListingPosition> NEWEST_FIRST = Comparator.comparing(ListingPosition::createdAt)
            .thenComparing(ListingPosition::id)
            .thenComparing(ListingPosition::customerId)
            .reversed();

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    static ListingPosition of(Order order) {
        return new ListingPosition(order.createdAt(), order.id(), order.customerId());
    }

    String toToken(long offset, String filterKey) {
        String plain = String.join(
                "\n",
                "e1",
                Long.toString(offset),
                Long.toString(createdAt.getEpochSecond()),
                Integer.toString(createdAt.getNano()),
                id,
                customerId,
                Integer.toHexString(filterKey.hashCode()));
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a token, refusing one that is malformed or was issued for other filters. */
    static Resume fromToken(String token, String filterKey) {
        try {
            String[] parts = new String(DECODER.decode(token), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 7
                    || !parts[0].equals("e1")
                    || !parts[6].equals(Integer.toHexString(filterKey.hashCode()))) {
                throw new InvalidContinuationTokenException();
            }
            long offset = Long.parseLong(parts[1]);
            Instant createdAt = Instant.ofEpochSecond(Long.parseLong(parts[2]), Integer.parseInt(parts[3]));
            if (offset < 0) {
                throw new InvalidContinuationTokenException();
            }
            return new Resume(offset, new ListingPosition(createdAt, parts[4], parts[5]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidContinuationTokenException();
        }
    }

    record Resume(long offset, ListingPosition after) {}
}
