package io.berth.registry.error;

/** A 401/403 that carries the {@code WWW-Authenticate} challenge to send. */
public class ChallengeException extends RegistryApiException {

    private final String challenge;

    public ChallengeException(ErrorCode code, String challenge, Object detail) {
        super(code, detail);
        this.challenge = challenge;
    }

    public String challenge() {
        return challenge;
    }
}
