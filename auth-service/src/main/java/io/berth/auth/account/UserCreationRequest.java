package io.berth.auth.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Harbor v2.0's {@code UserCreationReq}. */
public record UserCreationRequest(
        @JsonProperty("username") String username,
        @JsonProperty("email") String email,
        @JsonProperty("realname") String realname,
        @JsonProperty("password") String password,
        @JsonProperty("comment") String comment) {

    @Override
    public String toString() {
        return "UserCreationRequest[username=" + username + "]";
    }
}
