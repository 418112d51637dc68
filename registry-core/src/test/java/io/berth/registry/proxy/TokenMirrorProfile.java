package io.berth.registry.proxy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Mirror mode in front of an upstream docker-registry that takes Bearer tokens from a token service. */
public class TokenMirrorProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(UpstreamResource.class, Map.of("token", "true"), true));
    }
}
