package io.berth.common.internal;

import java.util.List;

/**
 * auth-service asks ui-service (POST {@code /internal/v1/access}) which of the wanted actions
 * the principal holds. ui-service answers with an {@link AccessAnswer} listing, for each
 * resource in the same order, only the granted actions (possibly none).
 */
public record AccessQuestion(Principal principal, List<Resource> resources) {

    /** {@code type} is {@code repository} or {@code registry}; {@code name} e.g. {@code library/nginx}. */
    public record Resource(String type, String name, List<String> actions) {
    }
}
