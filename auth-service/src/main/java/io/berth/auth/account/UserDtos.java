package io.berth.auth.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** Harbor v2.0's user shapes on the wire (snake_case). */
public final class UserDtos {

    private UserDtos() {
    }

    /** {@code UserResp}. */
    public record UserResp(
            @JsonProperty("user_id") long userId,
            @JsonProperty("username") String username,
            @JsonProperty("email") String email,
            @JsonProperty("realname") String realname,
            @JsonProperty("comment") String comment,
            @JsonProperty("sysadmin_flag") boolean sysadminFlag,
            @JsonProperty("admin_role_in_auth") boolean adminRoleInAuth,
            @JsonProperty("creation_time") Instant creationTime,
            @JsonProperty("update_time") Instant updateTime) {

        static UserResp of(UserAccount u) {
            return new UserResp(u.id, u.username, u.email == null ? "" : u.email, u.realname, u.comment,
                    u.sysadmin, false, u.creationTime, u.updateTime);
        }
    }

    /** {@code UserSearchRespItem}. */
    public record UserSearchItem(@JsonProperty("user_id") long userId, @JsonProperty("username") String username) {
    }

    /** {@code UserCreationReq}. */
    public record UserCreationReq(
            @JsonProperty("username") String username,
            @JsonProperty("email") String email,
            @JsonProperty("realname") String realname,
            @JsonProperty("password") String password,
            @JsonProperty("comment") String comment) {

        @Override
        public String toString() {
            return "UserCreationReq[username=" + username + "]";
        }
    }

    /** {@code UserProfile}: fields left null stay as they are. */
    public record UserProfile(
            @JsonProperty("email") String email,
            @JsonProperty("realname") String realname,
            @JsonProperty("comment") String comment) {
    }

    /** {@code PasswordReq}. */
    public record PasswordReq(
            @JsonProperty("old_password") String oldPassword,
            @JsonProperty("new_password") String newPassword) {

        @Override
        public String toString() {
            return "PasswordReq[***]";
        }
    }

    /** {@code UserSysAdminFlag}. */
    public record SysAdminFlag(@JsonProperty("sysadmin_flag") Boolean sysadminFlag) {
    }
}
