package io.berth.ui.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.common.internal.InternalApi;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every call of the internal client goes to a path of common's one table: the client has no base
 * path of its own, so a relative literal would miss auth-service's internal API and its 404 would
 * read as "no such user".
 */
class AuthRestClientPathsTest {

    @Test
    void everyCallUsesAPathOfTheInternalTable() throws IllegalAccessException {
        Set<String> table = new HashSet<>();
        for (Field f : InternalApi.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && ((String) f.get(null)).startsWith(InternalApi.PREFIX + "/")) {
                table.add((String) f.get(null));
            }
        }
        assertFalse(AuthRestClient.class.isAnnotationPresent(Path.class), "no base path: the table's paths are whole");
        int calls = 0;
        for (Method m : AuthRestClient.class.getDeclaredMethods()) {
            Path path = m.getAnnotation(Path.class);
            if (path != null) {
                calls++;
                assertTrue(table.contains(path.value()), m.getName() + " calls " + path.value() + ", not in InternalApi");
            }
        }
        assertTrue(calls >= 6, "the client's calls were found");
    }
}
