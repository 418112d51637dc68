package io.berth.auth.token;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The token endpoint's body (the Docker token specification's fields); both token fields filled for every client. */
public record TokenView(
        @JsonProperty("token") String token,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") int expiresIn,
        @JsonProperty("issued_at") String issuedAt) {
}
