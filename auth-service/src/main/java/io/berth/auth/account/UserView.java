package io.berth.auth.account;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.auth.user.UserAccount;
import java.time.Instant;

/** Harbor v2.0's {@code UserResp}: an account as the users API shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserView(long userId, String username, String email, String realname, String comment,
        boolean sysadminFlag, boolean adminRoleInAuth, Instant creationTime, Instant updateTime) {

    static UserView of(UserAccount u) {
        return new UserView(u.id, u.username, u.email == null ? "" : u.email, u.realname, u.comment,
                u.sysadmin, false, u.creationTime, u.updateTime);
    }
}
