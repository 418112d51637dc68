package io.berth.registry.proxy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Mirror mode in front of {@link FaultyUpstream}. */
public class FaultyMirrorProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FaultyUpstream.class, Map.of(), true));
    }
}
