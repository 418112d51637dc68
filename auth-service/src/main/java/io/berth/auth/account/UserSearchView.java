package io.berth.auth.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Harbor v2.0's {@code UserSearchRespItem}: a name found by {@code /users/search}. */
public record UserSearchView(@JsonProperty("user_id") long userId, @JsonProperty("username") String username) {
}
