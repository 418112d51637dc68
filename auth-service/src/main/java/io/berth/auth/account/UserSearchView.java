package io.berth.auth.account;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Harbor v2.0's {@code UserSearchRespItem}: a name found by {@code /users/search}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserSearchView(long userId, String username) {
}
