package io.berth.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.berth.e2e.hostile.Route.Body;
import io.berth.e2e.hostile.Route.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates malformed requests for every route: each path placeholder replaced by each bad path
 * segment, each query parameter by each value of the wrong kind, each JSON field by each value of
 * the wrong type, the whole body by broken, empty, huge and badly encoded ones, and the headers
 * a route reads (credentials, Range, Content-Range, Content-Type) by overflowing or garbled
 * ones. Only one thing is wrong in each request, everything else is the seeded content's real
 * names and the caller's real credentials, so the malformed part reaches the code that parses
 * it. Reads come first, then deletes, then the other writes: a malformed write accepted by mistake
 * (a coerced name, say) cannot make a later malformed delete look accepted. What a server may
 * rightly ignore (a header value, a matrix parameter, {@code from} without {@code mount}, a field
 * Berth does not read, a dot segment resolving to another resource) is spoiled on reads only, so
 * every write probe must be refused.
 */
final class BadRequests {

    /** A request to send: raw target bytes, headers, optional body, what it tries. */
    record Probe(Route route, String what, String method, byte[] target, Map<String, String> headers, byte[] body) {

        String targetText() {
            StringBuilder b = new StringBuilder();
            for (byte x : target) {
                b.append(x >= 0x21 && x < 0x7f ? String.valueOf((char) x) : String.format("\\x%02x", x & 0xff));
            }
            String t = b.toString();
            return t.length() > 160 ? t.substring(0, 120) + "...(" + t.length() + " chars)" : t;
        }
    }

    /** Numbers kept as written: a double would make 1e400 Infinity, which Jackson writes as the string "Infinity". */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    /** What Go's strconv.ParseBool takes, as Harbor does for its "true"/"false" strings. */
    private static final List<String> GO_BOOLEANS = List.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F",
            "FALSE", "false", "False");
    /** Credentials garbled every way, sent to one route per service; the others get the first two. */
    private static final List<String> BAD_AUTHORIZATIONS = List.of("Basic !!!", "Bearer a.b.c", "Basic", "Basic " + b64("nocolon"),
            "Basic " + b64(":"), "Basic " + b64("\u0000:\u0000"), "Basic " + b64("MALLORY:" + "p".repeat(20_000)), "Bearer",
            "Bearer " + "x".repeat(30_000), "Negotiate abc", "basic " + b64("admin"));
    private static final List<String> AUTH_SAMPLES = List.of("GET /v2/{name}/tags/list", "GET /api/v2.0/users/current",
            "GET /service/token", "GET /api/v2.0/projects");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final int HUGE = 5 * 1024 * 1024;

    /** Path segments that name nothing valid: encodings, controls, overflows, tricks. */
    static final List<String> BAD_SEGMENTS = List.of(
            "%00", "%1b", "%C3%28", "%FF%FE", "%E0%80%AF", "%ZZ", "\u0001raw", "%2F", "%252F", "%2e%2e", "x;y=z", "%20",
            "a".repeat(300), "b".repeat(8000), "null", "'", "*", "-7", "0", "9223372036854775808", "88888888888888888888888",
            "1e999", "3.25");
    /** Sent to every route that has the slot or parameter: encodings, overflows and sizes every parser must survive. */
    private static final java.util.Set<String> CORE = java.util.Set.of("%00", "%C3%28", "9223372036854775808",
            "b".repeat(8000), "x;y=z", "2147483648", "99999999999999999999", "abc", "a".repeat(10_000), "maybe");
    /** Query values of every kind, sent where they are not the kind asked for. */
    private static final List<String> BAD_INTS = List.of("-1", "0", "2147483647", "2147483648", "9223372036854775808",
            "99999999999999999999", "1.5", "1e3", "abc", "", "%00");
    private static final List<String> BAD_STRINGS = List.of("%00", "%C3%28", "%E0%80%AF", "a".repeat(10_000), "k=~(",
            "=", ",,,", "%0D%0Ax", "'%20OR%201=1--");
    private static final List<String> BAD_BOOLS = List.of("maybe", "", "2", "%00", "tru", "TRUE%00");
    private static final List<String> BAD_DIGESTS = List.of("sha256:", "sha256:zz", "md5:abc", "sha256:" + "a".repeat(63),
            "sha256:" + "a".repeat(65), "SHA256:" + "A".repeat(64), "sha512:abc", "a".repeat(5000), "%00", ":",
            "sha256:" + "g".repeat(64), "sha256%3A" + "a".repeat(64) + "%00");
    private static final List<String> BAD_NAMES = List.of("UPPER/case", "a", "../x", "a//b", "-a/b", "a/b-", "%00",
            "a".repeat(300) + "/x", "x/%C3%28", "hostile/app%20");

    private final Map<String, String> context;
    private final String admin;
    private final String registryToken;
    private final AtomicInteger serial = new AtomicInteger();
    /** How many routes have each slot or parameter, and how many of them got their share so far. */
    private final Map<String, Integer> occurrences = new LinkedHashMap<>();
    private final Map<String, Integer> cursors = new LinkedHashMap<>();

    /**
     * @param context       placeholder values of the seeded content
     * @param admin         the system admin's Basic authorization
     * @param registryToken a bearer token for the seeded repository (pull, push, delete) and the catalog
     */
    BadRequests(Map<String, String> context, String admin, String registryToken) {
        this.context = context;
        this.admin = admin;
        this.registryToken = registryToken;
    }

    /** Every probe of every route, reads first, then writes, then deletes. */
    List<Probe> all(List<Route> routes) {
        List<Probe> out = new ArrayList<>();
        for (Route r : routes) {
            for (String slot : slots(r)) {
                occurrences.merge("path " + r.mutates() + " " + slot, 1, Integer::sum);
            }
            r.query().keySet().forEach(q -> occurrences.merge("query " + q, 1, Integer::sum));
        }
        for (Route r : routes) {
            paths(r, out);
            queries(r, out);
            bodies(r, out);
            headers(r, out);
        }
        out.sort(Comparator.comparingInt(p -> switch (p.method()) {
            case "GET", "HEAD" -> 0;
            case "DELETE" -> 1;
            default -> 2;
        }));
        return out;
    }

    private static List<String> slots(Route r) {
        Matcher m = PLACEHOLDER.matcher(r.template());
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The bad values one route gets for one slot or parameter: the core ones always, the others
     * shared out in turn among the routes with that slot, so each value reaches each slot (the same
     * parser reads it on every route) without every route getting every value.
     */
    private List<String> share(String key, List<String> values) {
        List<String> out = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String v : values) {
            (CORE.contains(v) ? out : rest).add(v);
        }
        int routes = Math.max(1, occurrences.getOrDefault(key, 1));
        int each = (rest.size() + routes - 1) / routes;
        int start = cursors.merge(key, 1, Integer::sum) - 1;
        for (int i = 0; i < each && !rest.isEmpty(); i++) {
            out.add(rest.get((start * each + i) % rest.size()));
        }
        return out;
    }

    private void paths(Route r, List<Probe> out) {
        List<String> names = slots(r);
        for (String slot : names) {
            for (String bad : share("path " + r.mutates() + " " + slot, "name".equals(slot) ? concat(BAD_SEGMENTS, BAD_NAMES)
                    : BAD_SEGMENTS)) {
                if (r.mutates() && (bad.contains("%2e") || bad.contains(".."))) {
                    continue; // resolved as a dot segment it names another, real resource
                }
                String path = fill(r.template(), Map.of(slot, bad));
                out.add(probe(r, "path {" + slot + "} = " + shorten(bad), path, validQuery(r), defaultBody(r)));
            }
        }
        if (names.isEmpty()) {
            // a trailing segment, a matrix parameter and an encoded dot-segment on a route without placeholders
            for (String suffix : r.mutates() ? List.of("/%00", "/%2e%2e/%2e%2e/internal/v1/events", "%C3%28")
                    : List.of("/%00", ";x=1", "/%2e%2e/%2e%2e/internal/v1/events", "%C3%28")) {
                String path = fill(r.template(), Map.of());
                path = path.endsWith("/") ? path.substring(0, path.length() - 1) + suffix : path + suffix;
                out.add(probe(r, "path + " + suffix, path, validQuery(r), defaultBody(r)));
            }
        }
    }

    private void queries(Route r, List<Probe> out) {
        String path = fill(r.template(), Map.of());
        for (Map.Entry<String, Kind> q : r.query().entrySet()) {
            for (String bad : share("query " + q.getKey(), badQueryValues(q.getValue()))) {
                Map<String, String> params = validQueryMap(r);
                params.put(q.getKey(), bad);
                out.add(probe(r, "query " + q.getKey() + "=" + shorten(bad), path, join(params), defaultBody(r)));
            }
        }
        if (!r.query().isEmpty()) {
            String first = r.query().keySet().iterator().next();
            out.add(probe(r, "query " + first + " repeated 1000 times", path,
                    (first + "=1&").repeat(1000), defaultBody(r)));
            if (!r.mutates()) {
                // a parameter without a value, or one nobody asked for, may rightly be ignored
                out.add(probe(r, "query without value", path, first, defaultBody(r)));
                out.add(probe(r, "query name %C3%28", path, "%C3%28=1", defaultBody(r)));
            }
        }
    }

    private void bodies(Route r, List<Probe> out) {
        String path = fill(r.template(), Map.of());
        String query = validQuery(r);
        switch (r.body()) {
            case JSON -> {
                for (Map.Entry<String, byte[]> b : brokenJson(r).entrySet()) {
                    out.add(probe(r, "body " + b.getKey(), path, query, b.getValue()));
                }
                for (Map.Entry<String, Kind> f : r.fields().entrySet()) {
                    for (JsonNode bad : wrongTypes(f.getValue())) {
                        ObjectNode body = base(r);
                        set(body, f.getKey(), bad);
                        out.add(probe(r, "json " + f.getKey() + " = " + shorten(bad.toString()), path, query,
                                bytes(body.toString())));
                    }
                }
            }
            case FORM -> {
                for (String form : List.of("", "principal=", "password=x", "principal=%00&password=x",
                        "principal=MALLORY&password=%C3%28", "principal=" + "m".repeat(100_000) + "&password=x",
                        "principal=hx%0Amallory&password=x", "principal=MALLORY&principal=admin&password=x", "%ZZ=1",
                        "principal=MALLORY&password=" + "p".repeat(HUGE))) {
                    Probe p = probe(r, "form " + shorten(form), path, query, bytes(form.replace("MALLORY", mallory())));
                    p.headers().put("Content-Type", "application/x-www-form-urlencoded");
                    out.add(p);
                }
                Probe json = probe(r, "login as JSON", path, query,
                        bytes("{\"principal\":\"" + mallory() + "\",\"password\":\"x\"}"));
                json.headers().put("Content-Type", "application/json");
                out.add(json);
                Probe bytes = probe(r, "form of invalid UTF-8", path, query, new byte[] {'p', '=', (byte) 0xC3, 0x28});
                bytes.headers().put("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
                out.add(bytes);
            }
            case MANIFEST -> {
                for (Map.Entry<String, byte[]> b : brokenManifests().entrySet()) {
                    Probe p = probe(r, "manifest " + b.getKey(), path, query, b.getValue());
                    p.headers().put("Content-Type", "application/vnd.oci.image.manifest.v1+json");
                    out.add(p);
                }
                for (String type : List.of("", "text/plain", "application/vnd.oci.image.manifest.v1+json; x=\u00ff",
                        "a".repeat(5000), "application/vnd.oci.image.index.v1+json")) {
                    Probe p = probe(r, "manifest Content-Type " + shorten(type), path, query,
                            bytes("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\"}"));
                    p.headers().put("Content-Type", type);
                    out.add(p);
                }
            }
            default -> {
            }
        }
    }

    private void headers(Route r, List<Probe> out) {
        String path = fill(r.template(), Map.of());
        String query = validQuery(r);
        List<String> auths = AUTH_SAMPLES.contains(r.toString()) ? BAD_AUTHORIZATIONS : BAD_AUTHORIZATIONS.subList(0, 2);
        for (String auth : auths) {
            Probe p = probe(r, "Authorization " + shorten(auth), path, query, defaultBody(r));
            p.headers().put("Authorization", auth.contains("MALLORY") ? "Basic " + b64(mallory() + ":" + "p".repeat(20_000)) : auth);
            out.add(p);
        }
        if (r.family() == Route.Family.HARBOR && r.template().startsWith("/api/")) {
            Probe cookie = probe(r, "session cookie of garbage", path, query, defaultBody(r));
            cookie.headers().remove("Authorization");
            cookie.headers().put("Cookie", "sid=" + "e30.e30.x".repeat(3) + "; sid=%00");
            out.add(cookie);
            if (r.template().contains("{project}") && !r.mutates()) {
                Probe name = probe(r, "X-Is-Resource-Name: maybe", path, query, defaultBody(r));
                name.headers().put("X-Is-Resource-Name", "maybe");
                out.add(name);
            }
        }
        if (r.template().equals("/v2/{name}/blobs/{digest}") && r.method().equals("GET")) {
            for (String range : List.of("bytes=0-99999999999999999999", "bytes=99999999999999999999-",
                    "bytes=-99999999999999999999", "bytes=9223372036854775807-9223372036854775807", "bytes=5-1",
                    "bytes=abc", "bytes=0-1,2-3", "items=0-1", "bytes=-0", "bytes=", "bytes=--1")) {
                Probe p = probe(r, "Range " + range, path, query, null);
                p.headers().put("Range", range);
                out.add(p);
            }
        }
        if (r.template().equals("/v2/{name}/blobs/uploads/{uuid}") && r.method().equals("PATCH")) {
            for (String range : List.of("0-99999999999999999999", "99999999999999999999-99999999999999999999", "abc", "5-1",
                    "-1-5", "0-", "9223372036854775807-9223372036854775807")) {
                Probe p = probe(r, "Content-Range " + range, path, query, bytes("xy"));
                p.headers().put("Content-Range", range);
                out.add(p);
            }
        }
    }

    /**
     * A user name nobody has, new for each probe: password checks are slowed per user name after
     * failures, and hundreds of failures under one name would make the suite wait, not test.
     */
    private String mallory() {
        return "hxm" + serial.incrementAndGet();
    }

    private Probe probe(Route r, String what, String path, String query, byte[] body) {
        String target = query == null || query.isEmpty() ? path : path + "?" + query;
        Map<String, String> headers = new LinkedHashMap<>();
        if (r.family() == Route.Family.OCI) {
            headers.put("Authorization", "Bearer " + registryToken);
        } else if (!r.template().startsWith("/c/") && !r.template().startsWith("/service/")) {
            headers.put("Authorization", admin);
        } else if (r.template().startsWith("/service/")) {
            headers.put("Authorization", "Basic " + b64(mallory() + ":wrong-Passw0rd"));
        }
        if (body != null) {
            headers.put("Content-Type", switch (r.body()) {
                case JSON -> "application/json";
                case FORM -> "application/x-www-form-urlencoded";
                case MANIFEST -> "application/vnd.oci.image.manifest.v1+json";
                default -> "application/octet-stream";
            });
        }
        return new Probe(r, what, r.method(), target.getBytes(StandardCharsets.UTF_8), headers, body);
    }

    /** The body a route gets when something else is the malformed part: its valid base, or nothing. */
    private byte[] defaultBody(Route r) {
        return switch (r.body()) {
            case JSON -> bytes(base(r).toString());
            case FORM -> bytes("principal=" + mallory() + "&password=wrong-Passw0rd");
            case MANIFEST -> bytes("{\"schemaVersion\":2}");
            case BLOB -> bytes("x");
            case NONE -> null;
        };
    }

    private ObjectNode base(Route r) {
        try {
            return (ObjectNode) JSON.readTree(r.base().replace("%n", String.valueOf(serial.incrementAndGet())));
        } catch (Exception e) {
            throw new IllegalStateException(r.base(), e);
        }
    }

    private Map<String, byte[]> brokenJson(Route r) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        if (r.method().equals("POST")) {
            // an update without a body may rightly change nothing; a creation needs one
            m.put("empty", new byte[0]);
            m.put("null", bytes("null"));
        }
        m.put("array", bytes("[]"));
        m.put("string", bytes("\"x\""));
        m.put("number", bytes("123"));
        m.put("truncated", bytes("{\"a\":"));
        m.put("unclosed", bytes("{"));
        m.put("not json", bytes("not json"));
        m.put("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'});
        m.put("NUL in a string", bytes("{\"a\":\"\u0000\"}"));
        m.put("nested 100000 deep", bytes("[".repeat(100_000) + "]".repeat(100_000)));
        // a huge value in a field the route reads (one it ignores could rightly be ignored)
        ObjectNode huge = base(r);
        String first = r.fields().isEmpty() ? "/a" : r.fields().keySet().iterator().next();
        set(huge, first, JSON.getNodeFactory().textNode("x".repeat(HUGE)));
        m.put("5 MiB string in " + first, bytes(huge.toString()));
        m.put("number of 100000 digits", bytes("{\"a\":" + "9".repeat(100_000) + "}"));
        if (r.method().equals("POST")) {
            m.put("empty object", bytes("{}"));
        }
        return m;
    }

    private static Map<String, byte[]> brokenManifests() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("empty", new byte[0]);
        m.put("not json", bytes("not json"));
        m.put("truncated", bytes("{\"schemaVersion\":"));
        m.put("schemaVersion as string", bytes("{\"schemaVersion\":\"2\",\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\"}"));
        m.put("schemaVersion overflowing", bytes("{\"schemaVersion\":99999999999999999999999}"));
        m.put("layers as object", bytes("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:" + "a".repeat(64)
                + "\",\"size\":2},\"layers\":{}}"));
        m.put("config digest invalid", bytes("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:zz\",\"size\":2},"
                + "\"layers\":[]}"));
        m.put("size negative", bytes("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:" + "a".repeat(64)
                + "\",\"size\":-1},\"layers\":[]}"));
        m.put("size overflowing", bytes("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:" + "a".repeat(64)
                + "\",\"size\":99999999999999999999999},\"layers\":[]}"));
        m.put("invalid UTF-8", new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xFF, '"', '}'});
        m.put("nested 100000 deep", bytes("{\"schemaVersion\":2,\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
        m.put("5 MiB", bytes("{\"schemaVersion\":2,\"x\":\"" + "x".repeat(HUGE) + "\"}"));
        return m;
    }

    private static List<JsonNode> wrongTypes(Kind kind) {
        List<JsonNode> all = new ArrayList<>();
        for (String text : List.of("123", "1.5", "99999999999999999999999", "1e400", "true", "[\"x\"]", "{\"a\":1}",
                "\"" + "s".repeat(100_000) + "\"", "\"true\"", "\"1\"")) {
            try {
                all.add(JSON.readTree(text));
            } catch (Exception e) {
                throw new IllegalStateException(text, e);
            }
        }
        // wrong by type or by size, never by content: an empty or odd string, a negative id may be
        // what a route rightly takes (Harbor's empty access key, user_id -1 beside a name)
        return all.stream().filter(v -> switch (kind) {
            case STRING, NAME, DIGEST, TEXT -> !v.isTextual() || v.asText().length() > 1000;
            case FLAG -> !(v.isBoolean() || v.isTextual() && GO_BOOLEANS.contains(v.asText()));
            case INT -> !v.isIntegralNumber() || !v.canConvertToLong();
            case BOOL -> !v.isBoolean();
            case OBJECT -> !v.isObject();
            case ARRAY -> !v.isArray();
        }).toList();
    }

    private String fill(String template, Map<String, String> replaced) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = replaced.containsKey(key) ? replaced.get(key) : context.get(key);
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + key + "} in " + template);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static List<String> badQueryValues(Kind kind) {
        return switch (kind) {
            case INT -> BAD_INTS;
            case BOOL -> BAD_BOOLS;
            case DIGEST -> BAD_DIGESTS;
            case NAME -> BAD_NAMES;
            default -> BAD_STRINGS;
        };
    }

    /** The parameters a route needs to be a real request (the token service's service name), else none. */
    private Map<String, String> validQueryMap(Route r) {
        Map<String, String> m = new LinkedHashMap<>();
        if (r.template().equals("/service/token")) {
            m.put("service", "harbor-registry");
            m.put("scope", "repository:" + context.get("name") + ":pull");
        }
        return m;
    }

    private String validQuery(Route r) {
        return join(validQueryMap(r));
    }

    private static String join(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> b.append(b.length() > 0 ? "&" : "").append(k).append('=').append(v));
        return b.toString();
    }

    private static void set(ObjectNode body, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        node.set(parts[parts.length - 1], value);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static String shorten(String s) {
        String head = s.length() > 60 ? s.substring(0, 40) : s;
        StringBuilder b = new StringBuilder();
        head.codePoints().forEach(c -> b.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return s.length() > 60 ? b + "...(" + s.length() + " chars)" : b.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(String s) {
        return java.util.Base64.getEncoder().encodeToString(bytes(s));
    }

    static byte[] concatBytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
