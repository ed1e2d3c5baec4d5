package com.ordermanagement.config;

import com.ordermanagement.common.InvalidSettingException;
import com.ordermanagement.cosmos.CosmosProperties;
import com.ordermanagement.web.filter.ClientAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Checks every setting that decides where the service connects and who may use it — Cosmos DB,
 * authentication, Redis, CORS, trusted proxies — once the configuration is read and before any bean
 * exists, so before any network I/O: a Cosmos-backed instance without authentication refuses before
 * it has opened a connection to the orders it would expose. A bad or unsafe setting stops start-up
 * with one {@link InvalidSettingException} naming it, which {@link InvalidSettingFailureAnalyzer}
 * reports as Spring Boot reports start-up failures.
 */
public class StartupSettings implements EnvironmentPostProcessor, Ordered {

    static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder settings = Binder.get(environment);
        CosmosProperties cosmos = settings.bind("cosmos", CosmosProperties.class)
                .orElseGet(() -> new CosmosProperties(null, null, null, null, null));
        cosmos.validate();
        boolean servesHttp = application.getWebApplicationType() != WebApplicationType.NONE;
        checkAuthentication(settings, cosmos, servesHttp);
        checkRedis(settings.bind("rate-limit.redis-url", String.class).orElse(""));
        settings.bind("edge.cors-allowed-origins", Bindable.listOf(String.class))
                .orElse(List.of())
                .forEach(StartupSettings::checkOrigin);
        try {
            new ClientAddress(
                    settings.bind("edge.trusted-proxies", Bindable.listOf(String.class)).orElse(List.of()).stream()
                            .map(String::trim)
                            .filter(proxy -> !proxy.isEmpty())
                            .toList());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("TRUSTED_PROXIES", e.getMessage());
        }
    }

    private static void checkAuthentication(Binder settings, CosmosProperties cosmos, boolean servesHttp) {
        String issuer =
                settings.bind(JWT + "issuer-uri", String.class).orElse("").trim();
        String jwkSet =
                settings.bind(JWT + "jwk-set-uri", String.class).orElse("").trim();
        checkUrl("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer);
        checkUrl("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", jwkSet);
        settings.bind(JWT + "jws-algorithms", Bindable.listOf(String.class))
                .orElse(List.of())
                .forEach(StartupSettings::checkSignatureAlgorithm);
        boolean disabled = settings.bind("auth.disabled", Boolean.class).orElse(false);
        if (servesHttp && cosmos.configured() && issuer.isEmpty() && jwkSet.isEmpty() && !disabled) {
            throw new InvalidSettingException(
                    "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI (or _JWK_SET_URI), or AUTH_DISABLED",
                    "Refusing to serve orders stored in Cosmos DB to anyone who asks: set"
                            + " SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI and/or"
                            + " SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI (and"
                            + " SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES), or AUTH_DISABLED=true to run"
                            + " without authentication on purpose");
        }
    }

    /**
     * Public-key signatures only: with HMAC the verifying key is a shared secret (and a public key taken
     * for one forges tokens), and {@code none} is no signature at all.
     */
    private static void checkSignatureAlgorithm(String algorithm) {
        if (!algorithm.trim().matches("(RS|PS|ES)(256|384|512)")) {
            throw new InvalidSettingException(
                    "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWS_ALGORITHMS",
                    "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWS_ALGORITHMS: '" + algorithm.trim()
                            + "' is not a public-key signature algorithm; use RS256, ES256, PS256 (or their 384"
                            + " and 512 forms)");
        }
    }

    private static void checkUrl(String setting, String value) {
        if (value.isEmpty()) {
            return;
        }
        URI uri = parse(value);
        if (uri == null
                || uri.getHost() == null
                || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new InvalidSettingException(setting, setting + " must be an absolute http(s) URL");
        }
    }

    private static void checkRedis(String url) {
        if (!StringUtils.hasText(url)) {
            return;
        }
        URI uri = parse(url.trim());
        if (uri == null
                || uri.getHost() == null
                || !List.of("redis", "rediss").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            // The URL may carry a password: the message never repeats it.
            throw new InvalidSettingException(
                    "REDIS_URL", "REDIS_URL must be a redis:// or rediss:// URL such as redis://redis:6379");
        }
    }

    private static void checkOrigin(String origin) {
        String trimmed = origin.trim();
        if (trimmed.isEmpty() || trimmed.equals("*")) {
            return;
        }
        URI uri = parse(trimmed);
        boolean valid = uri != null
                && uri.getHost() != null
                && List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getRawUserInfo() == null;
        if (!valid) {
            throw new InvalidSettingException(
                    "CORS_ALLOWED_ORIGINS",
                    "CORS_ALLOWED_ORIGINS: '" + trimmed + "' is not an origin; expected scheme://host[:port], such as"
                            + " https://shop.example.com");
        }
    }

    private static URI parse(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() == null ? null : uri;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** After the configuration files and the environment are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
