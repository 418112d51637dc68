package io.berth.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.berth.common.internal.InternalApi;
import io.berth.testsupport.http.PathSpellings;
import io.berth.ui.support.Api;
import io.berth.ui.support.FakeAuthService;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole role table through {@code /internal/v1/access}, as the token service asks it. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class AccessMatrixTest {

    private static final List<String> ALL = List.of("pull", "push", "delete");

    private static boolean ready;

    /** Once per class; in @BeforeEach because RestAssured knows the test port only then. */
    @BeforeEach
    void projects() {
        if (ready) {
            return;
        }
        ready = true;
        for (String p : List.of("matrix-private", "matrix-public")) {
            Api.createProject("padmin", p, p.endsWith("public"));
            Api.addMember(p, "maint", 4);
            Api.addMember(p, "dev", 2);
            Api.addMember(p, "guest", 3);
            Api.addMember(p, "ltd", 5);
        }
    }

    @Test
    void roleMatrixOnAPrivateProject() {
        Map<String, Set<String>> expected = new HashMap<>();
        expected.put("padmin", Set.of("pull", "push", "delete"));
        expected.put("maint", Set.of("pull", "push", "delete"));
        expected.put("dev", Set.of("pull", "push"));
        expected.put("guest", Set.of("pull"));
        expected.put("ltd", Set.of("pull"));
        expected.put("outsider", Set.of());
        expected.put("admin", Set.of("pull", "push", "delete"));
        expected.forEach((user, actions) ->
                assertEquals(actions, granted(user, "repository", "matrix-private/app", ALL), user));
        assertEquals(Set.of(), granted(null, "repository", "matrix-private/app", ALL), "anonymous");
    }

    @Test
    void aPublicProjectGrantsPullToAnyone() {
        assertEquals(Set.of("pull"), granted(null, "repository", "matrix-public/app", ALL));
        assertEquals(Set.of("pull"), granted("outsider", "repository", "matrix-public/app", ALL));
        assertEquals(Set.of("pull", "push"), granted("dev", "repository", "matrix-public/a/b/c", ALL));
        assertEquals(Set.of("pull", "push", "delete"), granted("maint", "repository", "matrix-public/app", ALL));
    }

    @Test
    void eachActionIsDecidedAlone() {
        assertEquals(Set.of(), granted("guest", "repository", "matrix-private/app", List.of("push")));
        assertEquals(Set.of("push"), granted("dev", "repository", "matrix-private/app", List.of("push")));
        assertEquals(Set.of(), granted("dev", "repository", "matrix-private/app", List.of("delete")));
    }

    @Test
    void missingProjectOrNameWithoutSlashGetsNothing() {
        assertEquals(Set.of(), granted("admin", "repository", "no-such-project/app", ALL));
        assertEquals(Set.of(), granted("padmin", "repository", "matrix-private", ALL));
        assertEquals(Set.of(), granted("admin", "repository", "matrix-private/", ALL));
    }

    @Test
    void catalogOnlyForSystemAdmins() {
        assertEquals(Set.of("*"), granted("admin", "registry", "catalog", List.of("*")));
        assertEquals(Set.of("*"), granted("sysop", "registry", "catalog", List.of("*")));
        assertEquals(Set.of(), granted("padmin", "registry", "catalog", List.of("*")));
        assertEquals(Set.of(), granted(null, "registry", "catalog", List.of("*")));
    }

    @Test
    void answersKeepTheOrderOfTheQuestion() {
        JsonPath answer = Api.internal().contentType("application/json")
                .body(question("dev", List.of(
                        resource("repository", "matrix-private/x", ALL),
                        resource("repository", "library/y", ALL),
                        resource("registry", "catalog", List.of("*")))))
                .post("/internal/v1/access").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("matrix-private/x", "library/y", "catalog"), answer.getList("resources.name"));
        assertEquals(List.of("pull"), answer.getList("resources[1].actions"));
    }

    @Test
    void theInternalSecretIsRequired() {
        Api.anonymous().contentType("application/json").body(question(null, List.of()))
                .post("/internal/v1/access").then().statusCode(401);
        Api.anonymous().header("X-Berth-Internal-Secret", "wrong").contentType("application/json")
                .body(question(null, List.of()))
                .post("/internal/v1/access").then().statusCode(401)
                .body("errors[0].code", org.hamcrest.Matchers.equalTo("UNAUTHORIZED"));
        // without the secret nothing says which internal paths exist
        Api.anonymous().get("/internal/v1/no-such-thing").then().statusCode(401);
        Api.anonymous().get("/internal/v2/access").then().statusCode(401);
    }

    /** A question that would be answered (200) reaches nothing when its path is spelled another way. */
    @Test
    void noSpellingOfAnInternalPathSkipsTheSecret() throws Exception {
        String body = new ObjectMapper().writeValueAsString(question(null, List.of()));
        for (String path : PathSpellings.of(InternalApi.ACCESS)) {
            int status = PathSpellings.status(RestAssured.port, "POST", path, body);
            assertTrue(Set.of(400, 401, 404).contains(status), path + " answered " + status);
        }
    }

    private static Set<String> granted(String user, String type, String name, List<String> actions) {
        JsonPath answer = Api.internal().contentType("application/json")
                .body(question(user, List.of(resource(type, name, actions))))
                .post("/internal/v1/access").then().statusCode(200).extract().jsonPath();
        assertEquals(name, answer.getString("resources[0].name"));
        return Set.copyOf(answer.getList("resources[0].actions", String.class));
    }

    private static Map<String, Object> question(String user, List<Map<String, Object>> resources) {
        Map<String, Object> principal = user == null
                ? Map.of("userId", 0, "username", "", "sysadmin", false)
                : Map.of("userId", FakeAuthService.USERS.get(user), "username", user,
                        "sysadmin", user.equals("admin") || user.equals("sysop"));
        return Map.of("principal", principal, "resources", resources);
    }

    private static Map<String, Object> resource(String type, String name, List<String> actions) {
        return Map.of("type", type, "name", name, "actions", actions);
    }
}
