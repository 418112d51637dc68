package io.berth.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void theGatewaysRealIpIsTakenOnlyFromTheGateway() {
        ClientAddress a = ClientAddress.trusting("10.0.0.5");
        assertEquals("203.0.113.7", a.of("10.0.0.5", "203.0.113.7"));
        assertEquals("10.0.0.9", a.of("10.0.0.9", "203.0.113.7"), "anyone else cannot name another address");
        assertEquals("10.0.0.5", a.of("10.0.0.5", null));
    }

    @Test
    void onlyAnIpLiteralIsTakenNeverANameToLookUp() {
        ClientAddress a = ClientAddress.trusting("127.0.0.1");
        assertEquals("127.0.0.1", a.of("127.0.0.1", "example.com"));
        assertEquals("127.0.0.1", a.of("127.0.0.1", "203.0.113.7, 198.51.100.1"));
        assertEquals("127.0.0.1", a.of("127.0.0.1", "abc"));
        assertEquals("2001:db8:0:0:0:0:0:1", a.of("127.0.0.1", "2001:db8::1"));
        assertEquals("2001:db8:0:0:0:0:0:1", a.of("127.0.0.1", "[2001:db8::1]"));
    }

    @Test
    void rangesAndHostNamesAreTrusted() {
        ClientAddress a = ClientAddress.trusting(" 172.16.0.0/12 , ::1, localhost");
        assertEquals("203.0.113.7", a.of("172.20.1.2", "203.0.113.7"));
        assertEquals("172.32.0.1", a.of("172.32.0.1", "203.0.113.7"));
        assertEquals("203.0.113.7", a.of("0:0:0:0:0:0:0:1", "203.0.113.7"));
        assertEquals("203.0.113.7", a.of("127.0.0.1", "203.0.113.7"), "localhost resolves to loopback");
        assertEquals("203.0.113.7", ClientAddress.trusting("0.0.0.0/0").of("192.0.2.1", "203.0.113.7"));
    }

    @Test
    void nothingTrustedMeansThePeer() {
        assertEquals("127.0.0.1", ClientAddress.trusting("").of("127.0.0.1", "203.0.113.7"));
        assertEquals("127.0.0.1", ClientAddress.trusting(null).of("127.0.0.1", "203.0.113.7"));
    }

    @Test
    void aBadRangeIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/x"));
    }
}
