package io.berth.auth.ldap;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs directory operations on worker threads so the caller waits no longer than its deadline.
 * The LDAP API bounds each wait on its own, but one connect can wait twice (TCP, then the TLS
 * handshake) and close waits again; this is the hard stop. An abandoned operation is
 * interrupted and finishes on its own timeouts in the background.
 */
final class LdapWorkers implements AutoCloseable {

    private static final int THREADS = 32;
    private static final long GRACE_MILLIS = 200;

    private final ThreadPoolExecutor executor;

    LdapWorkers() {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "ldap-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    <T> T call(Deadline deadline, Callable<T> operation) {
        Future<T> future;
        try {
            // a queued operation whose caller gave up fails at once on the spent deadline
            future = executor.submit(operation);
        } catch (RejectedExecutionException e) {
            throw new LdapUnavailableException("ldap directory is closed", e);
        }
        try {
            return future.get(deadline.remainingMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new LdapUnavailableException("ldap operation timed out");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new LdapUnavailableException("interrupted while waiting for ldap", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw LdapFailures.unavailable("operation", e.getCause(), null);
        } catch (LdapUnavailableException e) {
            future.cancel(true);
            throw e;
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
