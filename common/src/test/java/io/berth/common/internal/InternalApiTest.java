package io.berth.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class InternalApiTest {

    @Test
    void aRepositoryNameSpansSegmentsAndOtherParametersOneSegment() {
        Matcher tag = InternalApi.pattern(InternalApi.TAG).matcher("/internal/v1/repositories/library/team/app/tags/v1.0");
        assertTrue(tag.matches());
        assertEquals("library/team/app", tag.group(1));
        assertEquals("v1.0", tag.group(2));
        assertFalse(InternalApi.pattern(InternalApi.TAG).matcher("/internal/v1/repositories/a/b/tags/x/y").matches());
        assertFalse(InternalApi.pattern(InternalApi.TAG).matcher("/internal/v1/repositories//tags/x").matches());
    }

    @Test
    void theLiteralPartsMatchOnlyThemselves() {
        // the dots of a path would be any character in a regular expression written by hand
        assertFalse(InternalApi.pattern(InternalApi.GC).matcher("/internal/v1/gcx").matches());
        assertFalse(InternalApi.pattern(InternalApi.MANIFEST).matcher("/internal/v1/repositories/a/manifests/").matches());
        assertTrue(InternalApi.pattern(InternalApi.GC).matcher(InternalApi.GC).matches());
        Matcher session = InternalApi.pattern(InternalApi.SESSION).matcher("/internal/v1/sessions/abc");
        assertTrue(session.matches());
        assertEquals("abc", session.group(1));
    }

    @Test
    void everySpellingOfTheInternalNamespaceIsCovered() {
        for (String path : new String[] {"/internal/v1/access", "/internal", "/internal/", "/internal/v2/x",
                "//internal/v1/x", "/./internal/v1/x", "/api/../internal/v1/x", "internal/v1/x", "/internal//v1", "/internal;x/v1", "/api;x/../internal"}) {
            assertTrue(InternalApi.covers(path), path);
        }
        for (String path : new String[] {"/", "", "/api/v2.0/projects", "/internalx/v1", "/api/internal/v1",
                "/internal/../api/v2.0/projects", "/v2/internal/manifests/latest", "/internalx", "/.internal/v1"}) {
            assertFalse(InternalApi.covers(path), path);
        }
    }
}
