package io.berth.auth.account;

/** Harbor v2.0's {@code UserProfile}: fields left null stay as they are. */
public record UserProfileRequest(String email, String realname, String comment) {
}
