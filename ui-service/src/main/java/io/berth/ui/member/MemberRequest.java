package io.berth.ui.member;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Body of POST/PUT members: {@code {"role_id":2,"member_user":{"username":"bob"}}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MemberRequest(Integer roleId, MemberUser memberUser) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MemberUser(Long userId, String username) {
    }
}
