package io.berth.ui.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.harbor.StrictJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** ui-service's one Jackson configuration, for its API, its internal API and its REST clients. */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.configure(mapper);
    }
}
