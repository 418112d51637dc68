package io.berth.ui.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.common.harbor.HarborException;
import java.util.Map;

/** Body of POST and PUT /projects; Harbor 1.x clients send {@code public} at the top level. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectRequest(String projectName, Map<String, Object> metadata,
        @JsonProperty("public") Object _public, Long registryId) {

    /** The requested publicity, or null when the body does not say. */
    public Boolean publicFlag() {
        Object v = metadata == null ? null : metadata.get("public");
        if (v == null) {
            v = _public;
        }
        if (v == null) {
            return null;
        }
        String s = v.toString();
        if ("true".equalsIgnoreCase(s) || "1".equals(s)) {
            return true;
        }
        if ("false".equalsIgnoreCase(s) || "0".equals(s)) {
            return false;
        }
        throw HarborException.badRequest("metadata.public must be \"true\" or \"false\"");
    }
}
