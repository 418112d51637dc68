package io.berth.e2e.docker;

import io.berth.e2e.support.LocalSuite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test class of this package the same {@link DockerEngine} and {@link StandInImages}:
 * the engine is started by the first class that asks, and the stand-in base images start
 * building in the background right away (a class that needs them awaits them, one that does not
 * runs meanwhile); both are stopped when the whole test run ends (JUnit closes what the root
 * store holds). Use as {@code @ExtendWith(SharedEngine.class)} with a {@code DockerEngine} (and
 * a {@code StandInImages}) parameter on {@code @BeforeAll}.
 */
public final class SharedEngine implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedEngine.class);

    /** Images and layers live here between runs of one checkout (mvn clean removes them). */
    static Path dataRoot() {
        return LocalSuite.root().resolve("e2e-tests/target/docker/data");
    }

    static Path work() {
        return LocalSuite.root().resolve("e2e-tests/target/docker/engine");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DockerEngine.class || type == StandInImages.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shared shared = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Shared.class, k -> Shared.start(), Shared.class);
        return parameter.getParameter().getType() == DockerEngine.class ? shared.engine : shared.standIns;
    }

    /** The engine and the builds on it; closed in that order's reverse. */
    private record Shared(DockerEngine engine, StandInImages standIns) implements AutoCloseable {

        static Shared start() {
            DockerEngine engine = null;
            try {
                engine = DockerEngine.start(dataRoot(), work(), List.of());
                return new Shared(engine, StandInImages.start(engine, work()));
            } catch (IOException e) {
                closeQuietly(engine);
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                closeQuietly(engine);
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws Exception {
            try {
                standIns.close();
            } finally {
                engine.close();
            }
        }

        private static void closeQuietly(DockerEngine engine) {
            if (engine != null) {
                try {
                    engine.close();
                } catch (Exception e) {
                    System.err.println("stopping the Docker engine: " + e);
                }
            }
        }
    }
}
