package io.berth.auth.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.harbor.StrictJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** auth-service reads JSON as ui-service does (common's StrictJson): a wrong type is a 400, never coerced. */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.configure(mapper);
    }
}
