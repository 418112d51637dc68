package io.berth.auth.authn;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a password check for a user name behind {@link LoginThrottle}: every way in that takes
 * a password (browser login, token service, the REST API's Basic auth via ui-service) waits the
 * same per-name delay after failures, so guessing is equally slow through each of them. The
 * wait is a timer (no thread held); the check itself runs on a worker thread.
 */
@ApplicationScoped
public class ThrottledCheck {

    private final LoginThrottle throttle;

    public ThrottledCheck(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** The attempt's answer after this name's wait; an empty answer counts as a failure. */
    public <T> Uni<Optional<T>> attempt(String username, Supplier<Optional<T>> check) {
        Duration wait = throttle.delayFor(username);
        Uni<Void> start = Uni.createFrom().voidItem();
        if (!wait.isZero()) {
            start = start.onItem().delayIt().by(wait);
        }
        return start.emitOn(Infrastructure.getDefaultWorkerPool()).map(v -> {
            Optional<T> answer = check.get();
            if (answer.isPresent()) {
                throttle.succeeded(username);
            } else {
                throttle.failed(username);
            }
            return answer;
        });
    }
}
