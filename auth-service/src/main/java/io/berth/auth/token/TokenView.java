package io.berth.auth.token;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The token endpoint's body (the Docker token specification's fields); both token fields filled for every client. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TokenView(String token, String accessToken, int expiresIn, String issuedAt) {
}
