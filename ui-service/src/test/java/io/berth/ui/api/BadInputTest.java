package io.berth.ui.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.berth.common.harbor.PageQuery;
import io.berth.ui.project.ProjectResource;
import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests to every route of ui-service's API, the routes read from the resource
 * classes themselves (a new route is covered without touching this test): bad paging, bodies of
 * the wrong JSON type, malformed JSON, empty bodies, invalid UTF-8. None may answer 5xx, every
 * 4xx carries Harbor's error body, and bad input is a 400.
 */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class BadInputTest {

    /** Values for the path templates: existing resources, so a list answers for real. */
    private static final Map<String, String> PATH_VALUES = Map.of(
            "ref", "badinput", "repo", "app", "reference", "latest", "tag", "latest", "id", "1", "mid", "1");
    /** Every form is refused by common's PageRequest (its own test); here each list must use it. */
    private static final List<String> BAD_PAGING = List.of("page=0", "page=abc", "page=99999999999999999999",
            "page_size=0", "page_size=101", "page_size=%ff");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean ready;

    record Route(String method, String path, Method handler) {
        boolean takesJson() {
            Consumes c = handler.getAnnotation(Consumes.class);
            return c != null && List.of(c.value()).contains(MediaType.APPLICATION_JSON) && body() != null;
        }

        Parameter body() {
            for (Parameter p : handler.getParameters()) {
                if (p.getAnnotations().length == 0) {
                    return p;
                }
            }
            return null;
        }

        /** Takes Harbor's paging: common's {@link PageQuery}, or a {@code page} query parameter of its own. */
        boolean paged() {
            return Stream.of(handler.getParameters()).anyMatch(p -> p.getType() == PageQuery.class
                    || p.isAnnotationPresent(QueryParam.class) && p.getAnnotation(QueryParam.class).value().equals("page"));
        }

        String concrete() {
            String out = path;
            for (Map.Entry<String, String> v : PATH_VALUES.entrySet()) {
                out = out.replace("{" + v.getKey() + "}", v.getValue());
            }
            assertThat("a value for every path parameter of " + path, out.contains("{"), equalTo(false));
            return out;
        }

        RequestSpecification caller() {
            return path.startsWith("/internal/") ? Api.internal() : Api.as("admin");
        }
    }

    /** Every resource method under /api/ and /internal/, from the compiled resource classes. */
    static List<Route> routes() throws IOException, ClassNotFoundException {
        // Maven runs the tests in the module folder; Quarkus' class loader tells no code source
        java.nio.file.Path root = java.nio.file.Path.of("target", "classes");
        assertThat("compiled classes at " + root.toAbsolutePath(),
                Files.isRegularFile(root.resolve(ProjectResource.class.getName().replace('.', '/') + ".class")),
                equalTo(true));
        List<Route> out = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, BadInputTest.class.getClassLoader());
                Path base = c.getAnnotation(Path.class);
                if (base == null || c.isInterface()) {
                    continue;
                }
                for (Method m : c.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    String path = base.value() + (sub == null ? "" : (sub.value().startsWith("/") ? "" : "/") + sub.value());
                    if (path.startsWith("/api/") || path.startsWith("/internal/")) {
                        out.add(new Route(verb, path, m));
                    }
                }
            }
        }
        return out;
    }

    private static String verb(Method m) {
        for (var a : List.of(GET.class, POST.class, PUT.class, DELETE.class, HEAD.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName();
            }
        }
        return null;
    }

    @BeforeEach
    void content() {
        if (ready) {
            return;
        }
        ready = true;
        Api.createProject("admin", "badinput", true);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", "badinput-1");
        e.put("action", "push");
        e.put("repository", "badinput/app");
        e.put("tag", "latest");
        e.put("digest", "sha256:" + "b".repeat(64));
        e.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        e.put("size", 10);
        Api.internal().contentType("application/json").body(Map.of("events", List.of(e)))
                .post("/internal/v1/events").then().statusCode(200);
    }

    private static void harborError(Response r, int status, String what) {
        assertThat(what + ": " + r.asString(), r.statusCode(), equalTo(status));
        harborBody(r, what);
    }

    private static void harborBody(Response r, String what) {
        assertThat(what, r.contentType(), startsWith("application/json"));
        assertThat(what + ": " + r.asString(), r.jsonPath().getString("errors[0].code"), notNullValue());
        assertThat(what, r.jsonPath().getString("errors[0].message"), notNullValue());
    }

    @Test
    void theRoutesAreFound() throws Exception {
        List<Route> routes = routes();
        assertThat(routes.stream().filter(Route::paged).toList(), hasSize(greaterThanOrEqualTo(10)));
        assertThat(routes.stream().filter(Route::takesJson).toList(), hasSize(greaterThanOrEqualTo(10)));
    }

    @Test
    void everyListRefusesBadPagingAndAnswersAnyPage() throws Exception {
        for (Route r : routes()) {
            if (!r.method().equals("GET") || !r.paged()) {
                continue;
            }
            String path = r.concrete();
            for (String bad : BAD_PAGING) {
                harborError(r.caller().urlEncodingEnabled(false).get(path + "?" + bad), 400, path + " " + bad);
            }
            Response last = r.caller().get(path + "?page=2147483647&page_size=100");
            assertThat(path + " last page: " + last.asString(), last.statusCode(), equalTo(200));
            assertThat(path, last.jsonPath().getList("$"), hasSize(0));
            assertThat(path, last.header("X-Total-Count"), notNullValue());
        }
    }

    @Test
    void everyBodyOfTheWrongShapeIsA400() throws Exception {
        for (Route r : routes()) {
            if (!r.takesJson()) {
                continue;
            }
            String path = r.concrete();
            for (String body : List.of("{not json", "{\"a\":1,\"a\":2}", "[]")) {
                harborError(send(r, path, body.getBytes(StandardCharsets.UTF_8)), 400, r.method() + " " + path + " " + body);
            }
            byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
            harborError(send(r, path, latin1), 400, r.method() + " " + path + " invalid UTF-8");
            for (String body : wrongTypes(r.body().getParameterizedType())) {
                harborError(send(r, path, body.getBytes(StandardCharsets.UTF_8)), 400, r.method() + " " + path + " " + body);
            }
            Response empty = send(r, path, new byte[0]);
            assertThat(path + " empty body", empty.statusCode(), lessThan(500));
            if (empty.statusCode() >= 400) {
                harborBody(empty, r.method() + " " + path + " empty body");
            }
        }
    }

    private static Response send(Route r, String path, byte[] body) {
        return r.caller().contentType("application/json").body(body).request(r.method(), path);
    }

    @Test
    void theIssuesExamples() {
        for (String body : List.of("{\"project_name\":[\"x\"]}", "{\"project_name\":\"bi-meta\",\"metadata\":\"x\"}",
                "{\"project_name\":123}")) {
            harborError(Api.as("admin").contentType("application/json").body(body).post("/api/v2.0/projects"), 400, body);
        }
        // the message says where the bad value sits, as auth-service's does (common's KnownFailures)
        Api.as("admin").contentType("application/json").body("{\"project_name\":\"x\",\"registry_id\":\"7\"}")
                .post("/api/v2.0/projects").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("invalid JSON body: wrong value for registry_id"));
        Api.as("admin").head("/api/v2.0/projects?project_name=123").then().statusCode(404);
        Api.as("admin").head("/api/v2.0/projects?project_name=bi-meta").then().statusCode(404);
    }

    @Test
    void gcScheduleIsNotAnId() {
        Api.as("admin").get("/api/v2.0/system/gc/schedule").then().statusCode(200)
                .body("schedule.type", equalTo("None"));
        Api.as("alice").get("/api/v2.0/system/gc/schedule").then().statusCode(403);
        for (String path : List.of("/api/v2.0/system/gc/abc", "/api/v2.0/system/gc/abc/log",
                "/api/v2.0/system/gc/99999999999999999999", "/api/v2.0/registries/ping", "/api/v2.0/registries/abc",
                "/api/v2.0/projects/badinput/members/abc", "/api/v2.0/nothing-here")) {
            harborError(Api.as("admin").get(path), 404, path);
        }
    }

    @Test
    void anUnsupportedMethodOrMediaTypeHasAHarborBody() throws Exception {
        for (Route r : routes()) {
            String path = r.concrete();
            // RESTEasy Reactive answers a method no route takes with 405 or 404: either is clean
            Response patch = r.caller().request("PATCH", path);
            assertThat("PATCH " + path, patch.statusCode(), anyOf(equalTo(404), equalTo(405)));
            harborBody(patch, "PATCH " + path);
            if (r.takesJson()) {
                harborError(r.caller().contentType("text/plain").body("x").request(r.method(), path), 415,
                        r.method() + " " + path + " text/plain");
            }
        }
    }

    /**
     * One body per property of the type (nested records and lists of them too) with a value of
     * the wrong JSON type; which coercions are refused is common's StrictJson test, here that
     * every property of every body is read by it.
     */
    static List<String> wrongTypes(Type type) throws IOException {
        List<String> out = new ArrayList<>();
        for (Object wrong : wrongValues(type)) {
            out.add(JSON.writeValueAsString(wrong));
        }
        return out;
    }

    private static List<Object> wrongValues(Type type) {
        Class<?> raw = raw(type);
        List<Object> out = new ArrayList<>();
        if (raw == Object.class) {
            return out;
        }
        if (raw == String.class) {
            out.add(123);
        } else if (Set.of(Integer.class, int.class, Long.class, long.class).contains(raw)) {
            out.add("2");
        } else if (raw == Boolean.class || raw == boolean.class) {
            out.add(1);
        } else if (Map.class.isAssignableFrom(raw)) {
            out.add("x");
        } else if (List.class.isAssignableFrom(raw)) {
            out.add("x");
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (Object inner : wrongValues(element)) {
                if (inner instanceof Map<?, ?>) {
                    out.add(List.of(inner));
                }
            }
        } else if (raw.isRecord()) {
            out.add(List.of(1));
            for (RecordComponent c : raw.getRecordComponents()) {
                for (Object inner : wrongValues(c.getGenericType())) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put(jsonName(raw, c), inner);
                    out.add(body);
                }
            }
        }
        return out;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static String jsonName(Class<?> record, RecordComponent c) {
        JsonProperty p = c.getAnnotation(JsonProperty.class);
        if (p == null) {
            try {
                p = record.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                p = null;
            }
        }
        if (p != null && !p.value().isEmpty()) {
            return p.value();
        }
        JsonNaming naming = record.getAnnotation(JsonNaming.class);
        return naming != null && naming.value() == PropertyNamingStrategies.SnakeCaseStrategy.class
                ? c.getName().replaceAll("([A-Z])", "_$1").toLowerCase() : c.getName();
    }
}
