package io.berth.auth.account;

/** Harbor v2.0's {@code UserCreationReq}. */
public record UserCreationRequest(String username, String email, String realname, String password, String comment) {

    @Override
    public String toString() {
        return "UserCreationRequest[username=" + username + "]";
    }
}
