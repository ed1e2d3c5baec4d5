package com.ordermanagement.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * An identity provider for tests: RSA and EC keys made in the test, their JWK set served over HTTP on
 * loopback, and signed tokens with any claims, including the broken ones an attacker would send.
 */
public final class TestTokens {

    public static final String ISSUER = "https://login.test.example/tenant";
    public static final String AUDIENCE = "api://order-management";

    private final RSAKey rsa;
    private final ECKey ec;
    private final RSAKey stranger;
    private final HttpServer jwks;

    private static TestTokens shared;

    /**
     * The one identity provider of the test JVM: its keys and JWK set server live as long as the
     * Spring contexts that tests cache, so no test stops it under another's feet.
     */
    public static synchronized TestTokens shared() {
        if (shared == null) {
            shared = new TestTokens();
        }
        return shared;
    }

    private TestTokens() {
        try {
            rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
            ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
            stranger = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
            byte[] body = new JWKSet(java.util.List.of(rsa.toPublicJWK(), ec.toPublicJWK()))
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            jwks.setExecutor(java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "test-jwks");
                thread.setDaemon(true);
                return thread;
            }));
            jwks.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            jwks.start();
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the service at this identity provider: its JWK set, issuer and audience. */
    public void configure(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", this::jwkSetUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks";
    }

    /** A valid RS256 token for the subject with these scopes (space-separated in {@code scope}). */
    public String token(String subject, String scopes) {
        return rs256(claims -> claims.subject(subject).claim("scope", scopes));
    }

    /** A valid RS256 token, with claims changed by {@code changes}. */
    public String rs256(Consumer<JWTClaimsSet.Builder> changes) {
        return sign(rsaSigner(rsa), JWSAlgorithm.RS256, rsa.getKeyID(), changes);
    }

    /** A valid RS256 token whose header says its type ({@code typ}), such as {@code at+jwt} (RFC 9068). */
    public String rs256OfType(String type, Consumer<JWTClaimsSet.Builder> changes) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(rsa.getKeyID())
                            .type(new com.nimbusds.jose.JOSEObjectType(type))
                            .build(),
                    claims(changes));
            jwt.sign(rsaSigner(rsa));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String es256(Consumer<JWTClaimsSet.Builder> changes) {
        try {
            return sign(new ECDSASigner(ec), JWSAlgorithm.ES256, ec.getKeyID(), changes);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed with a key the JWK set does not hold, under the same key id. */
    public String signedByAStranger(Consumer<JWTClaimsSet.Builder> changes) {
        return sign(rsaSigner(stranger), JWSAlgorithm.RS256, stranger.getKeyID(), changes);
    }

    /** {@code alg: none}: no signature at all. */
    public String unsigned(Consumer<JWTClaimsSet.Builder> changes) {
        return new PlainJWT(claims(changes)).serialize();
    }

    /** HS256 with the RSA public key as the shared secret: the classic algorithm-confusion attack. */
    public String hmacWithThePublicKey(Consumer<JWTClaimsSet.Builder> changes) {
        try {
            byte[] secret = rsa.toRSAPublicKey().getEncoded();
            return sign(new MACSigner(secret), JWSAlgorithm.HS256, rsa.getKeyID(), changes);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSSigner rsaSigner(RSAKey key) {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Valid defaults: issuer, audience, issued now, expiring in five minutes. */
    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> changes) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("client-" + UUID.randomUUID())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
        changes.accept(builder);
        return builder.build();
    }

    private static String sign(
            JWSSigner signer, JWSAlgorithm algorithm, String keyId, Consumer<JWTClaimsSet.Builder> changes) {
        try {
            SignedJWT jwt =
                    new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims(changes));
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
