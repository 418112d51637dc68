package io.berth.gateway.support;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An {@link EchoUpstream} and the packaged gateway in front of it for one test class, registered
 * as a static {@code @RegisterExtension} field: both start before the class's first test and stop
 * after its last, whatever happened in between.
 */
public final class GatewayInFront implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private final Properties properties;
    private final List<String> jvmOptions;
    private EchoUpstream upstream;
    private GatewayProcess gateway;

    /**
     * {@code name} names the gateway's work folder under {@code target/it}; {@code properties} are
     * read when the class starts (so they may create files), added to what
     * {@link GatewayProcess#inFrontOf} sets.
     */
    public GatewayInFront(String name, Properties properties, List<String> jvmOptions) {
        this.name = name;
        this.properties = properties;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    public GatewayInFront(String name, List<String> jvmOptions) {
        this(name, Map::of, jvmOptions);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        upstream = EchoUpstream.start("registry");
        gateway = GatewayProcess.inFrontOf(upstream, name, properties.get(), jvmOptions);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (gateway != null) {
            gateway.close();
        }
        if (upstream != null) {
            upstream.close();
        }
    }

    /** The gateway's properties of a test class, made when the class starts. */
    @FunctionalInterface
    public interface Properties {
        Map<String, String> get() throws Exception;
    }

    public EchoUpstream upstream() {
        return upstream;
    }

    public GatewayProcess gateway() {
        return gateway;
    }
}
