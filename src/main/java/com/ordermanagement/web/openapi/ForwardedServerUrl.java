package com.ordermanagement.web.openapi;

import com.ordermanagement.web.filter.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.http.HttpRequest;
import org.springframework.http.server.ServletServerHttpRequest;

/**
 * The document's {@code servers} URL when no public URL is configured: behind a trusted proxy, the
 * origin the client used ({@code X-Forwarded-Proto} and {@code X-Forwarded-Host}), so that Swagger UI
 * and generated clients call {@code https://} through a TLS-terminating proxy; otherwise "/", this
 * host whatever it is called. Headers from anyone else are never believed, and a value that is not
 * a plain scheme or host name is ignored, so the document cannot be made to point elsewhere.
 */
public class ForwardedServerUrl implements ServerBaseUrlCustomizer {

    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");

    private final ClientAddress clients;

    public ForwardedServerUrl(ClientAddress clients) {
        this.clients = clients;
    }

    @Override
    public String customize(String serverBaseUrl, HttpRequest request) {
        if (!(request instanceof ServletServerHttpRequest servlet)) {
            return "/";
        }
        return origin(servlet.getServletRequest());
    }

    String origin(HttpServletRequest request) {
        if (!clients.fromTrustedProxy(request)) {
            return "/";
        }
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        String host = first(request.getHeader("X-Forwarded-Host"));
        if (host == null) {
            host = request.getHeader("Host");
        }
        boolean knownProto = "https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto);
        if (!knownProto || host == null || !HOST.matcher(host).matches()) {
            return "/";
        }
        return proto.toLowerCase(java.util.Locale.ROOT) + "://" + host;
    }

    /** The client-facing hop: proxies append, so the first value is what the client used. */
    private static String first(String header) {
        if (header == null) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }
}
