package io.berth.registry.proxy;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/** Runs one task per key at a time; callers arriving meanwhile wait for that task's outcome. */
final class SingleFlight {

    /** A task that may fail with any exception. */
    interface Task {
        void run() throws Exception;
    }

    private final Map<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    /** Returns true when this caller ran the task, false when it waited for another caller's run. */
    boolean run(String key, Task task) throws Exception {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = running.putIfAbsent(key, mine);
        if (other != null) {
            try {
                other.get();
                return false;
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
            }
        }
        try {
            task.run();
            mine.complete(null);
            return true;
        } catch (Exception | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }
}
