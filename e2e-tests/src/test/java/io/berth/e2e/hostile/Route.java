package io.berth.e2e.hostile;

import java.util.List;
import java.util.Map;

/**
 * One route reachable through the gateway: method, path template (placeholders in braces, filled
 * with the seeded content's real names and ids), the service that owns it, the error format its
 * 4xx answers must use, its query parameters by kind, and its body: none, a form, a manifest, blob
 * bytes, or JSON built from a valid {@code base} whose fields (JSON pointers with their kinds)
 * are replaced one at a time by values of the wrong kind.
 */
record Route(String service, Family family, String method, String template, Map<String, Kind> query, Body body,
        String base, Map<String, Kind> fields) {

    /** The error vocabulary a route's 4xx answers use. */
    enum Family {
        /** OCI distribution error codes. */
        OCI,
        /** Harbor v2.0's codes. */
        HARBOR
    }

    /** What a request body is. */
    enum Body {
        NONE, JSON, FORM, MANIFEST, BLOB
    }

    /** What a value is meant to be; the generator sends everything it is not. */
    enum Kind {
        /** A non-negative whole number. */
        INT,
        /** A non-empty string of reasonable length. */
        STRING,
        /** Free text, empty allowed. */
        TEXT,
        /** A JSON boolean. */
        BOOL,
        /** Harbor's "true"/"false" strings (anything Go's strconv.ParseBool takes). */
        FLAG,
        OBJECT, ARRAY, DIGEST, NAME
    }

    static Route of(String service, Family family, String method, String template) {
        return new Route(service, family, method, template, Map.of(), Body.NONE, null, Map.of());
    }

    Route query(Map<String, Kind> params) {
        return new Route(service, family, method, template, params, body, base, fields);
    }

    Route json(String baseBody, Map<String, Kind> jsonFields) {
        return new Route(service, family, method, template, query, Body.JSON, baseBody, jsonFields);
    }

    Route body(Body kind) {
        return new Route(service, family, method, template, query, kind, base, fields);
    }

    /** Whether the route changes state (reads and the ping checks do not): a malformed request to it must be refused. */
    boolean mutates() {
        return !List.of("GET", "HEAD").contains(method) && !template.endsWith("/ping");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
