package com.ordermanagement.web.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private final ClientAddress behindProxies =
            new ClientAddress(List.of("10.0.0.0/8", "2001:db8::/32", "192.168.1.7"));

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(behindProxies.of(request("203.0.113.5", "1.1.1.1"))).isEqualTo("203.0.113.5");
        assertThat(new ClientAddress(List.of()).of(request("10.0.0.1", "1.1.1.1")))
                .isEqualTo("10.0.0.1");
    }

    @Test
    void trustedHopsAreSkippedFromTheRight() {
        assertThat(behindProxies.of(request("10.2.3.4", "6.6.6.6, 198.51.100.4, 192.168.1.7")))
                .isEqualTo("198.51.100.4");
        assertThat(behindProxies.of(request("2001:db8::1", "[2001:db9::5]:443")))
                .isEqualTo("2001:db9:0:0:0:0:0:5");
        assertThat(behindProxies.of(request("10.2.3.4", "198.51.100.4:8080"))).isEqualTo("198.51.100.4");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        assertThat(behindProxies.of(request("10.0.0.1", "10.0.0.2, 10.0.0.3"))).isEqualTo("10.0.0.2");
        assertThat(behindProxies.of(request("10.0.0.1", null))).isEqualTo("10.0.0.1");
    }

    @Test
    void namesAreNeverResolvedAndBadProxyListsFailAtStartUp() {
        assertThat(ClientAddress.literal("localhost")).isEmpty();
        assertThat(ClientAddress.literal("example.com")).isEmpty();
        assertThat(ClientAddress.literal("10.0.0.1")).isPresent();
        assertThat(ClientAddress.literal("999.1.1.1"))
                .as("no literal, and never a DNS name")
                .isEmpty();
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.internal"))).hasMessageContaining("TRUSTED_PROXIES");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).hasMessageContaining("prefix");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/-1"))).hasMessageContaining("prefix");
        assertThatThrownBy(() -> new ClientAddress(List.of("2001:db8::/129"))).hasMessageContaining("prefix");
    }

    @Test
    void clientsComeOutInOneSpellingAndIpv6BucketsAreSlash64() {
        assertThat(behindProxies.of(request("10.0.0.1", "001.002.003.004"))).isEqualTo("1.2.3.4");
        assertThat(behindProxies.of(request("10.0.0.1", "garbage, 10.0.0.9"))).isEqualTo("10.0.0.9");
        assertThat(ClientAddress.bucketOf("2001:db8:aa:bb:1:2:3:4")).isEqualTo("2001:db8:aa:bb::/64");
        assertThat(ClientAddress.bucketOf("2001:0db8:00aa:00bb::9")).isEqualTo("2001:db8:aa:bb::/64");
        assertThat(ClientAddress.bucketOf("203.0.113.5")).isEqualTo("203.0.113.5");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/orders");
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
