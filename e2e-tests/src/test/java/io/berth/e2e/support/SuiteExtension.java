package io.berth.e2e.support;

import io.berth.testsupport.files.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What every e2e class does around its tests, once: register it on a static field,
 * <pre>
 *   &#64;RegisterExtension
 *   static final SuiteExtension berth = SuiteExtension.named("access");
 * </pre>
 * Before all tests it makes a work folder and a {@link Cli} for the real clients, runs each
 * suite's configuration hook (an instance method of the test class, e.g. one that starts slapd
 * and answers the harbor.cfg keys pointing at it) and starts the suites with deploy/local, several
 * side by side. After all tests it stops them, removes their registry storage and the work folder
 * (logs and configuration stay for post-mortems) and closes what was handed to
 * {@link #closeAfter}. When a test or an {@code @BeforeAll} method fails it prints every suite's
 * part logs. Test classes use {@code @TestInstance(PER_CLASS)}, so the hooks can fill their fields.
 */
public final class SuiteExtension implements BeforeAllCallback, AfterAllCallback, TestWatcher,
        LifecycleMethodExecutionExceptionHandler {

    /**
     * harbor.cfg keys (or environment variables) for one suite, computed before it starts; the
     * default keeps the checkout's harbor.cfg and the test's environment.
     */
    @FunctionalInterface
    public interface Config<T> {
        Map<String, String> harborCfg(T test) throws Exception;
    }

    private final Map<String, Config<Object>> configs = new LinkedHashMap<>();
    private final Map<String, Config<Object>> environments = new LinkedHashMap<>();
    private final Map<String, LocalSuite> suites = new LinkedHashMap<>();
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private Class<?> owner;
    private Path work;
    private Cli cli;

    private SuiteExtension(List<String> names) {
        names.forEach(n -> configs.put(n, test -> Map.of()));
    }

    /**
     * Suites by name, each with the checkout's harbor.cfg unless {@link #config} says otherwise;
     * several are started side by side after all their hooks ran, in this order.
     */
    public static SuiteExtension named(String... names) {
        return new SuiteExtension(List.of(names));
    }

    /** The configuration hook of the only suite. */
    public <T> SuiteExtension config(Config<T> hook) {
        if (configs.size() != 1) {
            throw new IllegalStateException("name the suite: " + configs.keySet());
        }
        return config(configs.keySet().iterator().next(), hook);
    }

    /** The configuration hook of one suite; hooks run in the order the suites were named. */
    @SuppressWarnings("unchecked")
    public <T> SuiteExtension config(String name, Config<T> hook) {
        if (!configs.containsKey(name)) {
            throw new IllegalArgumentException("no suite " + name + " in " + configs.keySet());
        }
        configs.put(name, (Config<Object>) hook);
        return this;
    }

    /**
     * The environment added to every deploy/local command of the only suite (a PATH of its own,
     * say), computed before it starts like its configuration.
     */
    @SuppressWarnings("unchecked")
    public <T> SuiteExtension environment(Config<T> hook) {
        if (configs.size() != 1) {
            throw new IllegalStateException("one suite only: " + configs.keySet());
        }
        environments.put(configs.keySet().iterator().next(), (Config<Object>) hook);
        return this;
    }

    /** Closed after the suites are down, last handed first (an upstream registry, slapd). */
    public <C extends AutoCloseable> C closeAfter(C resource) {
        resources.push(resource);
        return resource;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (owner != null) {
            return; // a @Nested class of the owner: the suites are already up
        }
        owner = context.getRequiredTestClass();
        work = Files.createTempDirectory("berth-" + owner.getSimpleName() + "-");
        cli = new Cli(work);
        Object test = context.getTestInstance().orElseThrow(() -> new IllegalStateException(
                owner.getSimpleName() + " needs @TestInstance(PER_CLASS) for its suite hooks"));
        Map<String, Map<String, String>> cfgs = new LinkedHashMap<>();
        Map<String, Map<String, String>> envs = new LinkedHashMap<>();
        for (Map.Entry<String, Config<Object>> e : configs.entrySet()) {
            cfgs.put(e.getKey(), e.getValue().harborCfg(test));
            Config<Object> env = environments.get(e.getKey());
            envs.put(e.getKey(), env == null ? Map.of() : env.harborCfg(test));
        }
        Map<String, CompletableFuture<LocalSuite>> starting = new LinkedHashMap<>();
        cfgs.forEach((name, cfg) -> starting.put(name, CompletableFuture.supplyAsync(() -> start(name, cfg, envs.get(name)))));
        RuntimeException failed = null;
        for (Map.Entry<String, CompletableFuture<LocalSuite>> e : starting.entrySet()) {
            try {
                suites.put(e.getKey(), e.getValue().join());
            } catch (CompletionException ex) {
                failed = failed == null ? new IllegalStateException("suite " + e.getKey() + " did not start", ex.getCause())
                        : failed;
            }
        }
        if (failed != null) {
            throw failed; // afterAll still stops the suites that did start
        }
    }

    private static LocalSuite start(String name, Map<String, String> cfg, Map<String, String> env) {
        try {
            return LocalSuite.start(name, cfg, env);
        } catch (IOException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (owner != context.getRequiredTestClass()) {
            return;
        }
        Exception first = null;
        for (LocalSuite s : suites.values()) {
            try {
                s.close();
                Trees.delete(storage(s));
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        Trees.delete(cli == null ? null : cli.podmanStore());
        Trees.delete(work);
        if (first != null) {
            throw first;
        }
    }

    private static Path storage(LocalSuite s) {
        String dir = s.env().get("BERTH_STORAGE_DIR");
        return dir == null ? s.dataDir().resolve("storage") : Path.of(dir);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        suites.values().forEach(LocalSuite::dumpLogs);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        suites.values().forEach(LocalSuite::dumpLogs);
        throw throwable;
    }

    /** The only suite. */
    public LocalSuite suite() {
        if (suites.size() != 1) {
            throw new IllegalStateException("name the suite: " + suites.keySet());
        }
        return suites.values().iterator().next();
    }

    public LocalSuite suite(String name) {
        LocalSuite s = suites.get(name);
        if (s == null) {
            throw new IllegalStateException("suite " + name + " is not up: " + suites.keySet());
        }
        return s;
    }

    /** The Harbor API of the only suite, through its gateway. */
    public HarborApi api() {
        return new HarborApi(suite().gatewayUrl());
    }

    /** {@code host:port} of the only suite's gateway, as registry clients name it. */
    public String host() {
        return suite().gatewayUrl().substring("http://".length());
    }

    /** A folder of this class's own, removed after its tests. */
    public Path work() {
        return work;
    }

    /** skopeo, podman and docker with auth files of their own under {@link #work()}. */
    public Cli cli() {
        return cli;
    }
}
