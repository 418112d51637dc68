package io.berth.common.internal;

import java.util.List;

/** ui-service's answer to an {@link AccessQuestion}: granted actions per resource, same order. */
public record AccessAnswer(List<AccessQuestion.Resource> resources) {
}
