package io.berth.auth.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.berth.auth.user.UserAccount;
import java.time.Instant;

/** Harbor v2.0's {@code UserResp}: an account as the users API shows it. */
public record UserView(
        @JsonProperty("user_id") long userId,
        @JsonProperty("username") String username,
        @JsonProperty("email") String email,
        @JsonProperty("realname") String realname,
        @JsonProperty("comment") String comment,
        @JsonProperty("sysadmin_flag") boolean sysadminFlag,
        @JsonProperty("admin_role_in_auth") boolean adminRoleInAuth,
        @JsonProperty("creation_time") Instant creationTime,
        @JsonProperty("update_time") Instant updateTime) {

    static UserView of(UserAccount u) {
        return new UserView(u.id, u.username, u.email == null ? "" : u.email, u.realname, u.comment,
                u.sysadmin, false, u.creationTime, u.updateTime);
    }
}
