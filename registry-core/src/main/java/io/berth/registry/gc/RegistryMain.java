package io.berth.registry.gc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;

/**
 * The registry's entry point. Without arguments it serves; {@code garbage-collect [--dry-run]
 * [--delete-untagged]} runs one collection against the configured storage, prints the report
 * as JSON and exits (like {@code registry garbage-collect config.yml}).
 */
@QuarkusMain
public class RegistryMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("garbage-collect")) {
            System.setProperty("quarkus.http.port", "0"); // never collide with a running registry
            System.setProperty("storage.maintenance.uploadpurging.enabled", "false");
        }
        Quarkus.run(Command.class, args);
    }

    /** Serves, or runs the command named by the first argument. */
    public static class Command implements QuarkusApplication {

        private final GarbageCollector gc;
        private final ObjectMapper json;

        public Command(GarbageCollector gc, ObjectMapper json) {
            this.gc = gc;
            this.json = json;
        }

        @Override
        public int run(String... args) throws Exception {
            if (args.length > 0 && args[0].equals("garbage-collect")) {
                List<String> opts = List.of(args);
                GcReport report = gc.run(opts.contains("--dry-run"), opts.contains("--delete-untagged"));
                System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
                return 0;
            }
            Quarkus.waitForExit();
            return 0;
        }
    }
}
