package io.berth.e2e.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.e2e.hostile.BadRequests.Probe;
import io.berth.e2e.hostile.RawHttp.Answer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator reaches every route and the judge tells a right refusal from a wrong one. */
class BadRequestsTest {

    private static final Map<String, String> CONTEXT = new HashMap<>();

    static {
        for (String k : List.of("project", "repo", "reference", "ref", "tag", "uid", "mid", "rid", "gcid", "uuid")) {
            CONTEXT.put(k, "x1");
        }
        CONTEXT.put("name", "p/r");
        CONTEXT.put("digest", "sha256:" + "a".repeat(64));
    }

    @Test
    void everyRouteGetsMalformedPathsAndEachQueryParameterAndJsonFieldIsSpoiled() {
        List<Probe> probes = new BadRequests(CONTEXT, "Basic x", "token").all(RouteCatalogue.all());
        Set<Route> reached = new HashSet<>();
        probes.forEach(p -> reached.add(p.route()));
        assertEquals(new HashSet<>(RouteCatalogue.all()), reached);
        for (Route r : RouteCatalogue.all()) {
            r.query().keySet().forEach(q -> assertTrue(probes.stream().anyMatch(p -> p.route().equals(r)
                    && p.what().startsWith("query " + q + "=")), r + " ?" + q));
            r.fields().keySet().forEach(f -> assertTrue(probes.stream().anyMatch(p -> p.route().equals(r)
                    && p.what().startsWith("json " + f + " = ")), r + " " + f));
        }
        // each bad segment reaches each slot on reads, though not on every route (the values are shared out)
        for (String slot : List.of("project", "name", "digest", "uid", "mid", "reference")) {
            Set<String> sent = new HashSet<>();
            probes.stream().filter(p -> !p.route().mutates() && p.what().startsWith("path {" + slot + "} = "))
                    .forEach(p -> sent.add(p.what().substring(("path {" + slot + "} = ").length())));
            for (String bad : BadRequests.BAD_SEGMENTS) {
                assertTrue(sent.contains(BadRequests.shorten(bad)), "{" + slot + "} never gets " + bad);
            }
        }
        // reads first, then deletes, then the other writes
        int last = 0;
        for (Probe p : probes) {
            int rank = switch (p.method()) {
                case "GET", "HEAD" -> 0;
                case "DELETE" -> 1;
                default -> 2;
            };
            assertTrue(rank >= last, "order at " + p.method() + " " + p.targetText());
            last = rank;
        }
    }

    @Test
    void theJudgeWantsTheRightFamilysErrorBodyAndNeverA5xxOrAnAcceptedWrite() {
        Route manifest = RouteCatalogue.all().stream().filter(r -> r.toString().equals("GET /v2/{name}/manifests/{ref}"))
                .findFirst().orElseThrow();
        Route projects = RouteCatalogue.all().stream().filter(r -> r.toString().equals("POST /api/v2.0/projects"))
                .findFirst().orElseThrow();
        Probe oci = new Probe(manifest, "t", "GET", bytes("/v2/p/r/manifests/%00"), Map.of(), null);
        Probe harbor = new Probe(projects, "t", "POST", bytes("/api/v2.0/projects"), Map.of(), bytes("[]"));
        assertEquals(null, ErrorBodies.problem(oci, json(400, "{\"errors\":[{\"code\":\"MANIFEST_INVALID\",\"message\":\"m\"}]}")));
        assertFalse(ErrorBodies.problem(oci, json(400, "{\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"m\"}]}")) == null);
        assertEquals(null, ErrorBodies.problem(harbor, json(400, "{\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"m\"}]}")));
        assertFalse(ErrorBodies.problem(harbor, new Answer(400, Map.of(), new byte[0])) == null);
        assertFalse(ErrorBodies.problem(harbor, json(500, "{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"m\"}]}")) == null);
        assertFalse(ErrorBodies.problem(harbor, json(201, "")) == null);
        assertFalse(ErrorBodies.problem(harbor, new Answer(-1, Map.of(), new byte[0])) == null);
        assertTrue(ErrorBodies.invalidTarget(bytes("/v2/p/%ZZ")));
        assertTrue(ErrorBodies.invalidTarget(bytes("/v2/p/{}")));
        assertFalse(ErrorBodies.invalidTarget(bytes("/v2/p/%C3%28;x=1")));
    }

    private static Answer json(int status, String body) {
        return new Answer(status, Map.of("content-type", "application/json"), bytes(body));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
