package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.order.store.InvalidContinuationTokenException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Our continuation token for Cosmos listings: the Cosmos continuation plus what is needed to rerun
 * the very same query (its offset and limit) and to report the position in the whole listing. It is
 * tied to the filters, so it cannot be replayed against another listing.
 */
record ListingToken(long queryOffset, long limit, long position, String cosmosContinuation) {

    private static final String VERSION = "c1";

    String encode(String filterKey) {
        String plain = String.join(
                "\n",
                VERSION,
                Long.toString(queryOffset),
                Long.toString(limit),
                Long.toString(position),
                Integer.toHexString(filterKey.hashCode()),
                cosmosContinuation);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static ListingToken decode(String token, String filterKey) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", 6);
            if (parts.length != 6
                    || !parts[0].equals(VERSION)
                    || !parts[4].equals(Integer.toHexString(filterKey.hashCode()))
                    || parts[5].isEmpty()) {
                throw new InvalidContinuationTokenException();
            }
            ListingToken decoded = new ListingToken(
                    Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]), parts[5]);
            if (decoded.queryOffset() < 0 || decoded.limit() < 1 || decoded.position() < decoded.queryOffset()) {
                throw new InvalidContinuationTokenException();
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new InvalidContinuationTokenException();
        }
    }
}
