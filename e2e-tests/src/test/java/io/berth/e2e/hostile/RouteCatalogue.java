package io.berth.e2e.hostile;

import static io.berth.e2e.hostile.Route.Family.HARBOR;
import static io.berth.e2e.hostile.Route.Family.OCI;
import static io.berth.e2e.hostile.Route.Kind.ARRAY;
import static io.berth.e2e.hostile.Route.Kind.BOOL;
import static io.berth.e2e.hostile.Route.Kind.FLAG;
import static io.berth.e2e.hostile.Route.Kind.DIGEST;
import static io.berth.e2e.hostile.Route.Kind.INT;
import static io.berth.e2e.hostile.Route.Kind.NAME;
import static io.berth.e2e.hostile.Route.Kind.OBJECT;
import static io.berth.e2e.hostile.Route.Kind.STRING;
import static io.berth.e2e.hostile.Route.Kind.TEXT;

import io.berth.e2e.hostile.Route.Body;
import io.berth.e2e.hostile.Route.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every route of {@code /v2/}, {@code /service/token}, {@code /c/} and {@code /api/v2.0/}, as the
 * services declare them (registry-core's V2Routes, auth-service's and ui-service's resources);
 * {@code RouteCatalogueTest} holds it equal to what {@link RegisteredRoutes} reads from their
 * sources, so a route added to a service fails the build until it is catalogued here.
 * Placeholders: {@code {project}}, {@code {repo}}, {@code {name}} (project/repo), {@code {reference}}
 * and {@code {ref}} (a tag), {@code {tag}}, {@code {digest}}, {@code {uuid}} (an open upload),
 * {@code {mid}} (a member id), {@code {uid}} (a user id), {@code {rid}} (a registry endpoint id),
 * {@code {gcid}}.
 */
final class RouteCatalogue {

    static final String REGISTRY = "registry-core";
    static final String AUTH = "auth-service";
    static final String UI = "ui-service";

    private static final Map<String, Kind> PAGED = ordered("page", INT, "page_size", INT, "q", STRING, "sort", STRING);

    private RouteCatalogue() {
    }

    static List<Route> all() {
        List<Route> r = new ArrayList<>();
        registry(r);
        auth(r);
        ui(r);
        return r;
    }

    private static void registry(List<Route> r) {
        r.add(Route.of(REGISTRY, OCI, "GET", "/v2/"));
        r.add(Route.of(REGISTRY, OCI, "HEAD", "/v2/"));
        r.add(Route.of(REGISTRY, OCI, "GET", "/v2/_catalog").query(ordered("n", INT, "last", NAME)));
        r.add(Route.of(REGISTRY, OCI, "GET", "/v2/{name}/tags/list").query(ordered("n", INT, "last", STRING)));
        for (String m : List.of("GET", "HEAD", "DELETE")) {
            r.add(Route.of(REGISTRY, OCI, m, "/v2/{name}/manifests/{ref}"));
            r.add(Route.of(REGISTRY, OCI, m, "/v2/{name}/blobs/{digest}"));
        }
        r.add(Route.of(REGISTRY, OCI, "PUT", "/v2/{name}/manifests/{ref}").body(Body.MANIFEST));
        // mount and from are not spoiled: a registry may fall back to an upload for any mount it cannot do
        r.add(Route.of(REGISTRY, OCI, "POST", "/v2/{name}/blobs/uploads/").query(ordered("digest", DIGEST)).body(Body.BLOB));
        r.add(Route.of(REGISTRY, OCI, "GET", "/v2/{name}/blobs/uploads/{uuid}"));
        r.add(Route.of(REGISTRY, OCI, "PATCH", "/v2/{name}/blobs/uploads/{uuid}").body(Body.BLOB));
        r.add(Route.of(REGISTRY, OCI, "PUT", "/v2/{name}/blobs/uploads/{uuid}").query(ordered("digest", DIGEST))
                .body(Body.BLOB));
        r.add(Route.of(REGISTRY, OCI, "DELETE", "/v2/{name}/blobs/uploads/{uuid}"));
        r.add(Route.of(REGISTRY, OCI, "GET", "/v2/{name}/referrers/{digest}").query(ordered("artifactType", STRING)));
    }

    private static void auth(List<Route> r) {
        r.add(Route.of(AUTH, HARBOR, "GET", "/service/token")
                .query(ordered("service", STRING, "scope", STRING, "account", STRING, "client_id", STRING,
                        "offline_token", BOOL)));
        r.add(Route.of(AUTH, HARBOR, "POST", "/c/login").body(Body.FORM));
        r.add(Route.of(AUTH, HARBOR, "GET", "/c/log_out"));
        r.add(Route.of(AUTH, HARBOR, "GET", "/c/logout"));
        String user = "{\"username\":\"hx%n\",\"email\":\"hx%n@example.com\",\"realname\":\"x\",\"password\":\"Passw0rd1\","
                + "\"comment\":\"x\"}";
        r.add(Route.of(AUTH, HARBOR, "POST", "/api/v2.0/users").json(user, ordered("/username", STRING, "/email", STRING,
                "/realname", TEXT, "/password", STRING, "/comment", TEXT)));
        r.add(Route.of(AUTH, HARBOR, "GET", "/api/v2.0/users").query(with(PAGED, "username", STRING)));
        r.add(Route.of(AUTH, HARBOR, "GET", "/api/v2.0/users/search").query(ordered("username", STRING, "page", INT,
                "page_size", INT)));
        r.add(Route.of(AUTH, HARBOR, "GET", "/api/v2.0/users/current"));
        r.add(Route.of(AUTH, HARBOR, "GET", "/api/v2.0/users/{uid}"));
        r.add(Route.of(AUTH, HARBOR, "PUT", "/api/v2.0/users/{uid}").json("{\"email\":\"hx%n@example.org\",\"realname\":\"y\","
                + "\"comment\":\"y\"}", ordered("/email", STRING, "/realname", TEXT, "/comment", TEXT)));
        r.add(Route.of(AUTH, HARBOR, "DELETE", "/api/v2.0/users/{uid}"));
        // the admin changes another user's password without the old one, so only the new one is read
        r.add(Route.of(AUTH, HARBOR, "PUT", "/api/v2.0/users/{uid}/password")
                .json("{\"new_password\":\"Passw0rd2\"}", ordered("/new_password", STRING)));
        r.add(Route.of(AUTH, HARBOR, "PUT", "/api/v2.0/users/{uid}/sysadmin")
                .json("{\"sysadmin_flag\":false}", ordered("/sysadmin_flag", BOOL)));
        r.add(Route.of(AUTH, HARBOR, "POST", "/api/v2.0/ldap/ping")
                .json("{\"ldap_url\":\"ldap://127.0.0.1:9\",\"ldap_base_dn\":\"dc=x\",\"ldap_scope\":2,\"ldap_connection_timeout\":1}",
                        ordered("/ldap_url", STRING, "/ldap_base_dn", STRING, "/ldap_scope", INT,
                                "/ldap_connection_timeout", INT)));
        r.add(Route.of(AUTH, HARBOR, "GET", "/api/v2.0/ldap/users/search").query(ordered("username", STRING)));
        r.add(Route.of(AUTH, HARBOR, "POST", "/api/v2.0/ldap/users/import")
                .json("{\"ldap_uid_list\":[\"hx%n\"]}", ordered("/ldap_uid_list", ARRAY)));
    }

    private static void ui(List<Route> r) {
        String p = "/api/v2.0/projects";
        r.add(Route.of(UI, HARBOR, "GET", p).query(with(PAGED, "name", STRING, "public", BOOL, "owner", STRING)));
        r.add(Route.of(UI, HARBOR, "POST", p).json("{\"project_name\":\"hx%n\",\"metadata\":{\"public\":\"false\"}}",
                ordered("/project_name", STRING, "/metadata", OBJECT, "/metadata/public", FLAG, "/registry_id", INT)));
        r.add(Route.of(UI, HARBOR, "HEAD", p).query(ordered("project_name", STRING)));
        r.add(Route.of(UI, HARBOR, "GET", p + "/{project}"));
        r.add(Route.of(UI, HARBOR, "PUT", p + "/{project}").json("{\"metadata\":{\"public\":\"false\"}}",
                ordered("/metadata", OBJECT, "/metadata/public", FLAG)));
        r.add(Route.of(UI, HARBOR, "DELETE", p + "/{project}"));
        r.add(Route.of(UI, HARBOR, "GET", p + "/{project}/summary"));
        r.add(Route.of(UI, HARBOR, "GET", p + "/{project}/members").query(with(PAGED, "entityname", STRING)));
        r.add(Route.of(UI, HARBOR, "POST", p + "/{project}/members").json("{\"role_id\":3,\"member_user\":{\"username\":\"houtsider\"}}",
                ordered("/role_id", INT, "/member_user", OBJECT, "/member_user/username", STRING, "/member_user/user_id", INT)));
        r.add(Route.of(UI, HARBOR, "GET", p + "/{project}/members/{mid}"));
        r.add(Route.of(UI, HARBOR, "PUT", p + "/{project}/members/{mid}").json("{\"role_id\":2}", ordered("/role_id", INT)));
        r.add(Route.of(UI, HARBOR, "DELETE", p + "/{project}/members/{mid}"));
        r.add(Route.of(UI, HARBOR, "GET", p + "/{project}/logs").query(PAGED));
        r.add(Route.of(UI, HARBOR, "GET", p + "/{project}/repositories").query(PAGED));
        r.add(Route.of(UI, HARBOR, "GET", p + "/{project}/repositories/{repo}"));
        r.add(Route.of(UI, HARBOR, "DELETE", p + "/{project}/repositories/{repo}"));
        String a = p + "/{project}/repositories/{repo}/artifacts";
        r.add(Route.of(UI, HARBOR, "GET", a).query(with(PAGED, "with_tag", BOOL)));
        r.add(Route.of(UI, HARBOR, "GET", a + "/{reference}"));
        r.add(Route.of(UI, HARBOR, "DELETE", a + "/{reference}"));
        r.add(Route.of(UI, HARBOR, "GET", a + "/{reference}/tags").query(ordered("page", INT, "page_size", INT)));
        r.add(Route.of(UI, HARBOR, "POST", a + "/{reference}/tags").json("{\"name\":\"hx%n\"}", ordered("/name", STRING)));
        r.add(Route.of(UI, HARBOR, "DELETE", a + "/{reference}/tags/{tag}"));
        r.add(Route.of(UI, HARBOR, "GET", "/api/v2.0/repositories").query(PAGED));
        r.add(Route.of(UI, HARBOR, "GET", "/api/v2.0/audit-logs").query(PAGED));
        r.add(Route.of(UI, HARBOR, "GET", "/api/v2.0/search").query(ordered("q", STRING)));
        for (String simple : List.of("/api/v2.0/statistics", "/api/v2.0/systeminfo", "/api/v2.0/health", "/api/v2.0/ping",
                "/api/v2.0/configurations")) {
            r.add(Route.of(UI, HARBOR, "GET", simple));
        }
        r.add(Route.of(UI, HARBOR, "PUT", "/api/v2.0/configurations").json("{\"token_expiration\":30}",
                ordered("/token_expiration", INT, "/self_registration", BOOL, "/project_creation_restriction", STRING,
                        "/auth_mode", STRING, "/ldap_url", STRING, "/ldap_scope", INT, "/ldap_timeout", INT)));
        String reg = "/api/v2.0/registries";
        String endpoint = "{\"name\":\"hx%n\",\"type\":\"docker-registry\",\"url\":\"http://127.0.0.1:9\",\"insecure\":false,"
                + "\"credential\":{\"type\":\"basic\",\"access_key\":\"k\",\"access_secret\":\"s\"}}";
        Map<String, Kind> endpointFields = ordered("/name", STRING, "/type", STRING, "/url", STRING, "/insecure", BOOL,
                "/credential", OBJECT, "/credential/access_key", STRING);
        r.add(Route.of(UI, HARBOR, "POST", reg).json(endpoint, endpointFields));
        r.add(Route.of(UI, HARBOR, "GET", reg).query(PAGED));
        r.add(Route.of(UI, HARBOR, "GET", reg + "/{rid}"));
        r.add(Route.of(UI, HARBOR, "PUT", reg + "/{rid}").json("{\"description\":\"d%n\"}",
                ordered("/description", TEXT, "/url", STRING, "/insecure", BOOL, "/credential", OBJECT)));
        r.add(Route.of(UI, HARBOR, "DELETE", reg + "/{rid}"));
        r.add(Route.of(UI, HARBOR, "POST", reg + "/ping").json(endpoint, with(endpointFields, "/id", INT)));
        String gc = "/api/v2.0/system/gc";
        r.add(Route.of(UI, HARBOR, "POST", gc + "/schedule").json(
                "{\"schedule\":{\"type\":\"Manual\"},\"parameters\":{\"delete_untagged\":false}}",
                ordered("/schedule", OBJECT, "/schedule/type", STRING, "/parameters", OBJECT,
                        "/parameters/delete_untagged", BOOL)));
        r.add(Route.of(UI, HARBOR, "GET", gc).query(ordered("page", INT, "page_size", INT)));
        r.add(Route.of(UI, HARBOR, "GET", gc + "/schedule"));
        r.add(Route.of(UI, HARBOR, "GET", gc + "/{gcid}"));
        r.add(Route.of(UI, HARBOR, "GET", gc + "/{gcid}/log"));
        r.add(Route.of(UI, HARBOR, "POST", "/api/v2.0/system/resync"));
    }

    private static Map<String, Kind> ordered(Object... pairs) {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return m;
    }

    private static Map<String, Kind> with(Map<String, Kind> base, Object... more) {
        Map<String, Kind> m = new LinkedHashMap<>(base);
        m.putAll(ordered(more));
        return m;
    }
}
