package io.berth.registry.proxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Starts an upstream docker-registry and points registry-core's proxy (and a fresh storage) at it. */
public class UpstreamResource implements QuarkusTestResourceLifecycleManager {

    /** The upstream of the running test profile. */
    static volatile UpstreamRegistry current;

    /** The token service of a {@code token} upstream. */
    static volatile TokenServer tokenServer;

    private boolean basic;
    private boolean token;

    @Override
    public void init(Map<String, String> initArgs) {
        basic = Boolean.parseBoolean(initArgs.getOrDefault("basic", "false"));
        token = Boolean.parseBoolean(initArgs.getOrDefault("token", "false"));
    }

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("berth-upstream");
            tokenServer = token ? new TokenServer() : null;
            UpstreamRegistry upstream = new UpstreamRegistry(dir, basic, tokenServer);
            upstream.start();
            current = upstream;
            Map<String, String> config = new java.util.HashMap<>();
            config.put("proxy.remoteurl", upstream.url());
            config.put("storage.filesystem.rootdirectory", dir.resolve("berth").toString());
            if (basic || token) {
                config.put("proxy.username", UpstreamRegistry.USER);
                config.put("proxy.password", UpstreamRegistry.PASSWORD);
            }
            return config;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (current != null) {
                current.stop();
            }
            if (tokenServer != null) {
                tokenServer.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
