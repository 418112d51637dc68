package io.berth.common.harbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Body(String name, Integer roleId, Boolean flag, long size, Map<String, Object> metadata) {
    }

    private final ObjectMapper json = StrictJson.configure(new ObjectMapper());

    @Test
    void rightTypesAreRead() throws JsonProcessingException {
        Body b = json.readValue("{\"name\":\"x\",\"roleId\":2,\"flag\":true,\"size\":5,\"metadata\":{\"public\":\"true\"},"
                + "\"unknown\":[1]}", Body.class);
        assertEquals(new Body("x", 2, true, 5, Map.of("public", "true")), b);
    }

    @Test
    void wrongTypesAreNeverCoerced() {
        for (String bad : new String[] {"{\"name\":123}", "{\"name\":[\"x\"]}", "{\"name\":true}", "{\"name\":{}}",
                "{\"roleId\":\"2\"}", "{\"roleId\":2.5}", "{\"roleId\":true}", "{\"roleId\":\"\"}",
                "{\"flag\":\"true\"}", "{\"flag\":1}", "{\"size\":null}", "{\"metadata\":\"x\"}",
                "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"x\"} {}", "[]", "{\"roleId\":99999999999}"}) {
            assertThrows(JsonProcessingException.class, () -> json.readValue(bad, Body.class), bad);
        }
    }
}
