package io.berth.ui.project;

/**
 * A project listing's filter. {@code visibleTo}: null for a system admin (everything), 0 for an
 * anonymous caller (public projects only), else the user id whose memberships also count.
 */
public record ProjectFilter(String name, boolean fuzzyName, Boolean publicOnly, String owner, Long visibleTo) {
}
