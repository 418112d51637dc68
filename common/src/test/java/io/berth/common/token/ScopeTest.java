package io.berth.common.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void parsesTypeNameAndActions() {
        Scope s = Scope.parse("repository:library/nginx:pull,push");
        assertEquals("repository", s.type());
        assertEquals("library/nginx", s.name());
        assertEquals(Set.of("pull", "push"), s.actions());
    }

    @Test
    void keepsColonsInsideTheName() {
        Scope s = Scope.parse("repository:localhost:5000/p/r:pull");
        assertEquals("localhost:5000/p/r", s.name());
        assertEquals(Set.of("pull"), s.actions());
    }

    @Test
    void catalogScopeAndEmptyActions() {
        assertEquals(Set.of("*"), Scope.parse("registry:catalog:*").actions());
        assertEquals(Set.of(), Scope.parse("repository:p/r:").actions());
    }

    @Test
    void rejectsMalformedScopes() {
        assertNull(Scope.parse("repository"));
        assertNull(Scope.parse("repository:pull"));
        assertNull(Scope.parse("repository::pull"));
        assertNull(Scope.parse(null));
    }

    @Test
    void parsesSpaceSeparatedListsAndFormatsStably() {
        List<Scope> all = Scope.parseAll(" repository:a/b:push,pull  registry:catalog:* bad ");
        assertEquals(2, all.size());
        assertEquals("repository:a/b:pull,push", all.get(0).format());
        assertEquals("registry:catalog:*", all.get(1).format());
    }
}
