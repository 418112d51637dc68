package io.berth.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;

/** Starts three real upstreams (registry, ui, auth) and points the gateway at them. */
public class UpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private List<EchoUpstream> upstreams = List.of();

    @Override
    public Map<String, String> start() {
        EchoUpstream registry = EchoUpstream.start("registry");
        EchoUpstream ui = EchoUpstream.start("ui");
        EchoUpstream auth = EchoUpstream.start("auth");
        upstreams = List.of(registry, ui, auth);
        return Map.of(
                "gateway.registry-url", registry.url(),
                "gateway.ui-url", ui.url(),
                "gateway.auth-url", auth.url());
    }

    @Override
    public void stop() {
        upstreams.forEach(EchoUpstream::close);
    }
}
