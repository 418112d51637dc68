package io.berth.common.harbor;

/**
 * What a service that serves Harbor's API counts as an outage of something it depends on (its
 * database, a directory, ...): answered 503 with {@code Retry-After}, not 500. Each such service
 * has one bean of this type, which {@link HarborExceptionMapper} asks.
 */
public interface OutageRule {

    boolean isOutage(Throwable failure);

    /** What the caller is told, e.g. "database unavailable, retry later". */
    String message();
}
