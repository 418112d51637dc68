package io.berth.common.harbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.common.harbor.ListParams.SortKey;
import io.berth.common.harbor.ListParams.Term;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListParamsTest {

    @Test
    void termsAreExactOrFuzzyByKey() {
        assertEquals(Map.of("name", new Term("app", true), "public", new Term("true", false)),
                ListParams.terms("name=~app, public = true"));
        assertTrue(ListParams.terms(null).isEmpty());
        assertTrue(ListParams.terms(" ").isEmpty());
        assertEquals("invalid query term: =x", assertThrows(HarborException.class, () -> ListParams.terms("=x")).getMessage());
        assertEquals(HarborError.BAD_REQUEST, assertThrows(HarborException.class, () -> ListParams.terms("name")).error());
    }

    @Test
    void sortKeysMapApiNamesToFieldsInOrder() {
        Map<String, String> fields = Map.of("name", "name", "creation_time", "creationTime");
        assertEquals(List.of(new SortKey("creationTime", true), new SortKey("name", false)),
                ListParams.sortKeys("-creation_time, name", fields));
        assertTrue(ListParams.sortKeys("", fields).isEmpty());
        assertEquals("cannot sort by -password",
                assertThrows(HarborException.class, () -> ListParams.sortKeys("-password", fields)).getMessage());
    }
}
