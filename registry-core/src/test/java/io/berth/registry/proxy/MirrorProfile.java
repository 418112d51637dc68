package io.berth.registry.proxy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Mirror mode in front of an open upstream docker-registry. */
public class MirrorProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(UpstreamResource.class, Map.of("basic", "false"), true));
    }
}
