package io.berth.tools.prepare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each service's JVM options, in one place: prepare writes them to local.env (deploy/local starts
 * the parts with them) and to docker-compose.yml (JAVA_OPTS_APPEND, which the images' entry point
 * passes to java). Chosen from deploy/bench's measurements; docs/performance.md says what each bought.
 * <ul>
 * <li>{@code -XX:+UseSerialGC}: one core's worth of services, no GC threads or remembered sets.</li>
 * <li>{@code -Xms16m}: the JVM's initial heap is otherwise 1/64 of the machine's memory (376 MiB on
 * 24 GiB), all of it touched as eden fills before the first collection; the live set is 15-30 MiB.</li>
 * <li>{@code -Xmx}: a ceiling the heap grows to only under load; 160 MiB for the data path.</li>
 * <li>{@code -XX:TieredStopAtLevel=1} (C1 only) off the data path: a third less start CPU and
 * 20-25 MiB less code cache and compiler memory (ui-service, auth-service, log-collector). Not for
 * registry-core (C1 made a 512 MiB push ten times slower: SHA-256 of every byte) nor the gateway
 * (blob GET 1.5 times slower).</li>
 * <li>{@code -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40} and {@code -XX:TrimNativeHeapInterval=5000}
 * for the two services with the most classes (ui-service, auth-service): the heap grows by less
 * after a collection (committed after API load 46 to about 30 MiB, live 20) and freed native
 * memory goes back to the system every 5 s; together 8-12 MiB less RSS at idle after load, for a
 * few more full collections (a quarter of a second over 25 s of load).</li>
 * </ul>
 */
final class JvmOptions {

    private static final String COMMON = "-XX:+UseSerialGC -Xms16m";

    private static final String LEAN = "-XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:TrimNativeHeapInterval=5000";

    private static final Map<String, String> BY_SERVICE = Map.of(
            "log", "-Xmx96m -XX:TieredStopAtLevel=1",
            "registry", "-Xmx160m",
            "auth", "-Xmx128m -XX:TieredStopAtLevel=1 " + LEAN,
            "ui", "-Xmx128m -XX:TieredStopAtLevel=1 " + LEAN,
            "gateway", "-Xmx160m");

    private JvmOptions() {
    }

    /** @param service a compose service and deploy/local part name: log, registry, auth, ui or gateway */
    static String of(String service) {
        String own = BY_SERVICE.get(service);
        if (own == null) {
            throw new IllegalArgumentException("no JVM options for service " + service);
        }
        return COMMON + " " + own;
    }

    /** local.env's variable for a part, e.g. BERTH_JAVA_OPTS_UI. */
    static String envName(String service) {
        return "BERTH_JAVA_OPTS_" + service.toUpperCase(Locale.ROOT);
    }

    static List<String> services() {
        return List.of("log", "registry", "auth", "ui", "gateway");
    }
}
