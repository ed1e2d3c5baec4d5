package com.ordermanagement.order.store.cosmos;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs continuation tokens with HMAC-SHA256, so that a token reaches Cosmos DB only when this
 * service (any instance sharing the secret) issued it for the same listing. The first secret signs;
 * every secret verifies, which lets an operator rotate: add the new secret in front, wait until the
 * old tokens are no longer in use (they describe pages a client is reading now), then remove it.
 */
public final class ListingTokenSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final List<SecretKeySpec> keys;

    public ListingTokenSigner(List<byte[]> secrets) {
        if (secrets.isEmpty() || secrets.stream().anyMatch(secret -> secret.length < 16)) {
            throw new IllegalArgumentException("continuation token secrets must have at least 16 bytes each");
        }
        this.keys = secrets.stream()
                .map(secret -> new SecretKeySpec(secret, ALGORITHM))
                .toList();
    }

    /** The secrets from configuration, as text (each at least 16 characters). */
    public static ListingTokenSigner ofSecrets(List<String> secrets) {
        return new ListingTokenSigner(secrets.stream()
                .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                .toList());
    }

    /**
     * Without a configured secret, one derived from the Cosmos account key: every instance of the
     * service has it, and it never leaves the process (an HMAC of a fixed label, not the key itself).
     */
    public static ListingTokenSigner derivedFrom(String accountKey) {
        return new ListingTokenSigner(List.of(mac(
                new SecretKeySpec(accountKey.getBytes(StandardCharsets.UTF_8), ALGORITHM), "continuation-token-v1")));
    }

    byte[] sign(String payload) {
        return mac(keys.get(0), payload);
    }

    boolean verify(String payload, byte[] signature) {
        for (SecretKeySpec key : keys) {
            if (MessageDigest.isEqual(mac(key, payload), signature)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] mac(SecretKeySpec key, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
