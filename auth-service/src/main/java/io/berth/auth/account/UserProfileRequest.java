package io.berth.auth.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Harbor v2.0's {@code UserProfile}: fields left null stay as they are. */
public record UserProfileRequest(
        @JsonProperty("email") String email,
        @JsonProperty("realname") String realname,
        @JsonProperty("comment") String comment) {
}
