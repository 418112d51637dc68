package io.berth.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The route table's quick decision for plain paths agrees with the lenient reading. */
class RouteTableTest {

    private final RouteTable routes = new RouteTable();

    @Test
    void plainPathsAreJudgedAsTheLenientReadingJudgesThem() {
        String[] pieces = {"/", "internal", "INTERNAL", "Internal", "v1", "events", "v2", "x", "interna", "internalx", "-", "_"};
        Random random = new Random(14);
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder path = new StringBuilder("/");
            for (int n = random.nextInt(6); n > 0; n--) {
                path.append(pieces[random.nextInt(pieces.length)]);
            }
            String p = path.toString();
            if (!PathReading.plain(p)) {
                continue;
            }
            plain++;
            String lenient = PathReading.lenient(p);
            boolean internal = lenient.equals("/internal") || lenient.startsWith("/internal/");
            assertEquals(internal, routes.resolve(p) == Target.FORBIDDEN, p);
        }
        assertEquals(true, plain > 1_000, plain + " plain paths");
    }
}
