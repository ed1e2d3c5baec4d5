package com.ordermanagement.web.filter;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who the client is. The socket peer, unless the peer is a trusted proxy: then {@code
 * X-Forwarded-For} is read from the right, skipping trusted proxies, and the first hop that is not
 * one is the client. A client cannot choose its identity by sending the header itself, because only
 * hops appended by trusted proxies are believed. Addresses come out in one canonical spelling
 * ({@code 001.001.001.001} and {@code 1.1.1.1} are one client); a hop that is not an IP address is
 * not believed, and the last trusted hop stands for the client instead.
 */
public class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+(%[0-9a-zA-Z]+)?");

    /** Spring Security's matcher: CIDR networks and single addresses, IPv4 and IPv6, never a host name. */
    private final List<IpAddressMatcher> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        List<IpAddressMatcher> parsed = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (!entry.isBlank()) {
                parsed.add(network(entry.trim()));
            }
        }
        this.trustedProxies = List.copyOf(parsed);
    }

    private static IpAddressMatcher network(String entry) {
        String[] parts = entry.split("/", 2);
        if (literal(parts[0]).isEmpty()) {
            throw new IllegalArgumentException("TRUSTED_PROXIES: not an IP address or CIDR: " + entry);
        }
        // IpAddressMatcher would read "/-1" as "no prefix", an exact address.
        if (parts.length == 2 && !parts[1].matches("\\d{1,3}")) {
            throw new IllegalArgumentException("TRUSTED_PROXIES: bad prefix length in " + entry);
        }
        try {
            return new IpAddressMatcher(entry);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("TRUSTED_PROXIES: bad prefix length in " + entry);
        }
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        // Without trusted proxies (the default) nothing needs parsing on this per-request path.
        if (trustedProxies.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        String client = peer;
        List<String> hops = new ArrayList<>();
        var headers = request.getHeaders("X-Forwarded-For");
        while (headers.hasMoreElements()) {
            for (String hop : headers.nextElement().split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(withoutPort(hops.get(i)));
            if (hop.isEmpty()) {
                return canonical(client);
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return canonical(client);
    }

    /** True when the request came straight from a trusted proxy, whose X-Forwarded-* headers are believed. */
    public boolean fromTrustedProxy(HttpServletRequest request) {
        return !trustedProxies.isEmpty() && isTrusted(request.getRemoteAddr());
    }

    /**
     * The rate-limit identity of an address: the address itself for IPv4, its /64 network for IPv6,
     * since one subscriber is usually given a whole /64 and could otherwise rotate through it.
     */
    public static String bucketOf(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty() || parsed.get().getAddress().length != 16) {
            return address;
        }
        byte[] bytes = parsed.get().getAddress();
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF)))
                    .append(':');
        }
        return network.append(":/64").toString();
    }

    private static String canonical(String address) {
        return literal(address).map(InetAddress::getHostAddress).orElse(address);
    }

    private boolean isTrusted(String address) {
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty()) {
            return false;
        }
        String canonical = parsed.get().getHostAddress();
        return trustedProxies.stream().anyMatch(network -> network.matches(canonical));
    }

    /** Parses an IP literal without ever asking DNS; anything else is not an address. */
    static Optional<InetAddress> literal(String text) {
        if (text == null
                || !((IPV4.matcher(text).matches() && octetsFit(text))
                        || (text.contains(":") && IPV6.matcher(text).matches()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** 999.1.1.1 is no literal, and InetAddress would take it for a host name and ask DNS. */
    private static boolean octetsFit(String ipv4) {
        for (String octet : ipv4.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String withoutPort(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && hop.indexOf(':', colon + 1) < 0) {
            return hop.substring(0, colon);
        }
        return hop;
    }
}
