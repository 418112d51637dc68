package io.berth.auth.account;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Harbor v2.0's {@code PasswordReq}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PasswordRequest(String oldPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordRequest[***]";
    }
}
