package io.berth.common.harbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsAndLimits() {
        assertEquals(new PageRequest(1, 10), PageRequest.of(null, ""));
        assertEquals(new PageRequest(3, 100), PageRequest.of("3", "100"));
        for (String[] bad : new String[][] {{"0", "10"}, {"-1", "10"}, {"1", "0"}, {"1", "-5"}, {"1", "101"},
                {"abc", "10"}, {"1", "1e2"}, {"1.5", "10"}, {"2147483648", "10"}, {"99999999999999999999", "10"},
                {"1", "2147483648"}, {" 1", "10"}}) {
            HarborException e = assertThrows(HarborException.class, () -> PageRequest.of(bad[0], bad[1]),
                    bad[0] + "/" + bad[1]);
            assertEquals(HarborError.BAD_REQUEST, e.error());
        }
    }

    @Test
    void theLastIntPageHasAnOffsetBeyondIntRange() {
        PageRequest last = PageRequest.of("2147483647", "100");
        assertEquals(214748364600L, last.offset());
        assertEquals("</x?q=a&page=1&page_size=100>; rel=\"prev\"", last.links("/x", "q=a&page=2147483647&page_size=100", 7));
    }

    @Test
    void linksKeepOtherParameters() {
        PageRequest p = PageRequest.of("2", "5");
        assertEquals("</api/v2.0/projects?name=paged-&page=1&page_size=5>; rel=\"prev\" , "
                + "</api/v2.0/projects?name=paged-&page=3&page_size=5>; rel=\"next\"",
                p.links("/api/v2.0/projects", "name=paged-&page=2&page_size=5", 12));
        assertNull(PageRequest.of("1", "100").links("/x", null, 12));
        assertEquals("</x?%zz=1&page=2&page_size=10>; rel=\"next\"", PageRequest.of(null, null).links("/x", "%zz=1", 11));
    }
}
