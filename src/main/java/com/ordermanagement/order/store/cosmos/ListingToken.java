package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.order.store.InvalidContinuationTokenException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Our continuation token for Cosmos listings: the Cosmos continuation plus what is needed to rerun
 * the very same query (its offset and limit), to report the position in the whole listing and its
 * total count (counted once, for the first page, and carried along instead of counted again). The
 * token is signed together with the listing's filters: a token from another listing, a forged or a
 * truncated one is refused before anything reaches Cosmos DB.
 */
record ListingToken(long queryOffset, long limit, long position, long totalCount, String cosmosContinuation) {

    private static final String VERSION = "c2";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    String encode(String filterKey, ListingTokenSigner signer) {
        String payload = String.join(
                "\n",
                VERSION,
                Long.toString(queryOffset),
                Long.toString(limit),
                Long.toString(position),
                Long.toString(totalCount),
                cosmosContinuation);
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(signer.sign(signed(payload, filterKey)));
    }

    static ListingToken decode(String token, String filterKey, ListingTokenSigner signer) {
        try {
            int dot = token.indexOf('.');
            if (dot < 0) {
                throw new InvalidContinuationTokenException();
            }
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            if (!signer.verify(signed(payload, filterKey), DECODER.decode(token.substring(dot + 1)))) {
                throw new InvalidContinuationTokenException();
            }
            String[] parts = payload.split("\n", 6);
            if (parts.length != 6 || !parts[0].equals(VERSION) || parts[5].isEmpty()) {
                throw new InvalidContinuationTokenException();
            }
            ListingToken decoded = new ListingToken(
                    Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]),
                    Long.parseLong(parts[3]),
                    Long.parseLong(parts[4]),
                    parts[5]);
            if (decoded.queryOffset() < 0
                    || decoded.limit() < 1
                    || decoded.position() < decoded.queryOffset()
                    || decoded.totalCount() < 0) {
                throw new InvalidContinuationTokenException();
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new InvalidContinuationTokenException();
        }
    }

    /** The filters are part of what is signed, never part of the token. */
    private static String signed(String payload, String filterKey) {
        return payload + "\n" + filterKey;
    }
}
