package io.berth.e2e.docker;

import io.berth.e2e.support.LocalSuite;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test class of this package the same {@link DockerEngine} (and with it the stand-in
 * base images built once): started by the first class that asks, stopped when the whole test run
 * ends (JUnit closes what the root store holds). Use as {@code @ExtendWith(SharedEngine.class)}
 * with a {@code DockerEngine} parameter on {@code @BeforeAll}.
 */
public final class SharedEngine implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedEngine.class);

    /** Images and layers live here between runs of one checkout (vfs: several GB; mvn clean removes them). */
    static Path dataRoot() {
        return LocalSuite.root().resolve("e2e-tests/target/docker/data");
    }

    static Path work() {
        return LocalSuite.root().resolve("e2e-tests/target/docker/engine");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DockerEngine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(DockerEngine.class, k -> {
            try {
                return DockerEngine.start(dataRoot(), work(), List.of());
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, DockerEngine.class);
    }
}
