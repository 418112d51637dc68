package io.berth.common.internal;

/**
 * The system settings auth-service applies but ui-service owns (a system admin changes them with
 * {@code PUT /api/v2.0/configurations}): ui-service answers them at {@link InternalApi#SETTINGS}.
 */
public record AccountSettings(boolean selfRegistration, int tokenExpirationMinutes) {
}
