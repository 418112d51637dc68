package io.berth.auth.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Harbor v2.0's {@code PasswordReq}. */
public record PasswordRequest(
        @JsonProperty("old_password") String oldPassword,
        @JsonProperty("new_password") String newPassword) {

    @Override
    public String toString() {
        return "PasswordRequest[***]";
    }
}
