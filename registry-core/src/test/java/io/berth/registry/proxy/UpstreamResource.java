package io.berth.registry.proxy;

import io.berth.testsupport.files.Trees;
import io.berth.testsupport.registry.DistributionRegistry;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts an upstream docker-registry (test-support's {@link DistributionRegistry}: open, behind
 * Basic auth, or behind {@link TokenServer}'s tokens) and points registry-core's proxy (and a
 * fresh storage) at it.
 */
public class UpstreamResource implements QuarkusTestResourceLifecycleManager {

    static final String USER = "mirror";
    static final String PASSWORD = "s3cret-pass";

    /** The upstream of the running test profile. */
    static volatile DistributionRegistry current;

    /** The token service of a {@code token} upstream. */
    static volatile TokenServer tokenServer;

    private static volatile boolean secured;

    private Path dir;
    private boolean basic;
    private boolean token;

    /** skopeo's --dest-creds for pushing to the current upstream, or null when it is open. */
    static String creds() {
        return secured ? USER + ":" + PASSWORD : null;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        basic = Boolean.parseBoolean(initArgs.getOrDefault("basic", "false"));
        token = Boolean.parseBoolean(initArgs.getOrDefault("token", "false"));
    }

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("berth-upstream");
            tokenServer = token ? new TokenServer() : null;
            String auth = basic ? DistributionRegistry.htpasswd(dir, USER, PASSWORD)
                    : token ? tokenServer.authSection() : "";
            secured = basic || token;
            current = DistributionRegistry.start(dir.resolve("upstream"), auth);
            Map<String, String> config = new HashMap<>();
            config.put("proxy.remoteurl", current.url());
            config.put("storage.filesystem.rootdirectory", dir.resolve("berth").toString());
            if (secured) {
                config.put("proxy.username", USER);
                config.put("proxy.password", PASSWORD);
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
                current.close();
            }
            if (tokenServer != null) {
                tokenServer.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Trees.deleteQuietly(dir);
        }
    }
}
