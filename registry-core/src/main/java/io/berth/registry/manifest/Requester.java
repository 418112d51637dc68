package io.berth.registry.manifest;

/**
 * Who asked for a change or a read: the user (or service) the registry acts for, and the client
 * program it used. {@code actor} is null when unknown.
 */
public record Requester(String actor, String userAgent) {
}
