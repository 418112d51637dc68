package io.berth.registry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.http.Challenge;
import io.berth.common.http.OutboundHttp;
import io.berth.registry.config.ProxyConfig;
import io.vertx.core.Vertx;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Docker Hub naming and challenge parsing of the upstream client. */
class UpstreamNamingTest {

    private static ProxyConfig config(String url) {
        return new ProxyConfig() {
            @Override
            public Optional<String> remoteurl() {
                return Optional.ofNullable(url);
            }

            @Override
            public Optional<String> username() {
                return Optional.empty();
            }

            @Override
            public Optional<String> password() {
                return Optional.empty();
            }
        };
    }

    @Test
    void dockerHubOneLevelNamesGetLibrary() {
        Vertx vertx = Vertx.vertx();
        try {
            OutboundHttp http = new OutboundHttp(vertx);
            UpstreamClient hub = new UpstreamClient(config("https://registry-1.docker.io"), new ObjectMapper(), http);
            assertEquals("library/python", hub.upstreamName("python"));
            assertEquals("bitnami/redis", hub.upstreamName("bitnami/redis"));
            UpstreamClient other = new UpstreamClient(config("http://127.0.0.1:5000"), new ObjectMapper(), http);
            assertEquals("python", other.upstreamName("python"));
            assertFalse(new UpstreamClient(config(null), new ObjectMapper(), http).enabled());
            assertFalse(new UpstreamClient(config(" "), new ObjectMapper(), http).enabled());
        } finally {
            vertx.close();
        }
    }

    @Test
    void parsesBearerAndBasicChallenges() {
        Challenge c = Challenge.parse("Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
                + "scope=\"repository:library/python:pull\"");
        assertTrue(c.bearer());
        assertEquals("https://auth.docker.io/token", c.params().get("realm"));
        assertEquals("registry.docker.io", c.params().get("service"));
        assertEquals("repository:library/python:pull", c.params().get("scope"));
        Challenge b = Challenge.parse("Basic realm=\"upstream\"");
        assertTrue(b.basic());
        assertEquals("upstream", b.params().get("realm"));
    }
}
