package io.berth.ui.console.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An account as auth-service's users API describes it. */
public record UserRow(long id, String username, String email, String realname, boolean sysadmin,
        Instant creationTime) {

    static UserRow of(JsonNode u) {
        String created = u.path("creation_time").asText("");
        return new UserRow(u.path("user_id").asLong(), u.path("username").asText(""), u.path("email").asText(""),
                u.path("realname").asText(""), u.path("sysadmin_flag").asBoolean(),
                created.isEmpty() ? null : Instant.parse(created));
    }
}
