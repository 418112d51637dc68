package io.berth.ui.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Console pages with minted sessions: who sees what, forms with their token, secrets never shown. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class ConsolePagesTest {

    private static final String TOKEN = "page-token";

    private static RequestSpecification as(String user) {
        return Api.anonymous().redirects().follow(false)
                .cookie("sid", Api.session(user, TOKEN, Instant.now().plusSeconds(600)));
    }

    private static RequestSpecification post(String user) {
        return as(user).formParam("_csrf", TOKEN);
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndBackAfterwards() {
        Api.anonymous().redirects().follow(false).get("/projects?view=public").then().statusCode(303)
                .header("Location", containsString("/?next=%2Fprojects%3Fview%3Dpublic"));
    }

    @Test
    void aProjectCreatedInTheConsoleIsListedWithItsRole() {
        post("alice").formParam("name", "console-alpha").post("/projects").then().statusCode(303)
                .header("Location", containsString("/projects/console-alpha/repositories?done=done_project_created"));
        as("alice").get("/projects").then().statusCode(200)
                .body(containsString("console-alpha")).body(containsString("Project admin"));
        as("alice").get("/projects/console-alpha/repositories?done=done_project_created").then().statusCode(200)
                .body(containsString("Project created."))
                .body(containsString("docker push berth.test:8080/console-alpha/REPOSITORY:TAG"));
        as("bob").get("/projects/console-alpha/repositories").then().statusCode(403);
    }

    @Test
    void aBadProjectNameIsExplainedInTheVisitorsLanguage() {
        post("alice").cookie("berth_lang", "zh-CN").formParam("name", "Bad Name!").post("/projects")
                .then().statusCode(400).body(containsString("项目名称只能包含小写字母和数字"))
                .body(containsString("value=\"Bad Name!\""));
    }

    @Test
    void formsWithoutTheSessionTokenAreRefused() {
        as("alice").formParam("name", "no-token").post("/projects").then().statusCode(403);
        as("alice").formParam("_csrf", "other").formParam("name", "no-token").post("/projects").then().statusCode(403);
        as("alice").get("/projects?view=all").then().body(not(containsString("no-token")));
    }

    @Test
    void membersAreAddedChangedAndRemovedByTheProjectAdmin() {
        post("alice").formParam("name", "console-team").post("/projects").then().statusCode(303);
        post("alice").formParam("username", "bob").formParam("role_id", "2").post("/projects/console-team/members")
                .then().statusCode(303);
        as("alice").get("/projects/console-team/members").then().statusCode(200)
                .body(containsString("data-member=\"bob\"")).body(containsString("Developer"));
        post("alice").formParam("username", "nobody-known").formParam("role_id", "2")
                .post("/projects/console-team/members").then().statusCode(404).body(containsString("No user with this name"));
        // bob reads but may not manage, nor see the logs or configuration tabs
        as("bob").get("/projects/console-team/members").then().statusCode(200)
                .body(not(containsString("add-member"))).body(not(containsString("/configuration\"")));
        post("bob").formParam("username", "dev").formParam("role_id", "2").post("/projects/console-team/members")
                .then().statusCode(403);
        as("bob").get("/projects/console-team/configuration").then().statusCode(403);
    }

    @Test
    void administrationIsForSystemAdminsOnlyEvenByDirectUrl() {
        for (String path : new String[] {"/admin/users", "/admin/registries", "/admin/configuration", "/admin/gc",
                "/admin/system"}) {
            as("dev").get(path).then().statusCode(403).body(containsString("You are not allowed"));
        }
        as("dev").get("/projects").then().body(not(containsString("nav-admin")));
        as("admin").get("/projects").then().body(containsString("nav-admin"));
        post("dev").post("/admin/gc").then().statusCode(403);
    }

    @Test
    void garbageCollectionRunsFromTheConsoleAndShowsInTheHistory() {
        post("admin").formParam("dry_run", "true").post("/admin/gc").then().statusCode(303);
        as("admin").get("/admin/gc").then().statusCode(200).body(containsString("data-gc="))
                .body(containsString("Dry run"));
    }

    @Test
    void registrySecretsAndTheLdapPasswordAreNeverRenderedBack() {
        post("admin").formParam("name", "upstream-one").formParam("type", "docker-registry")
                .formParam("url", "https://registry.example.test").formParam("access_key", "robot")
                .formParam("access_secret", "S3cret-never-shown").post("/admin/registries").then().statusCode(303);
        String page = as("admin").get("/admin/registries").then().statusCode(200)
                .body(containsString("upstream-one")).extract().asString();
        String id = page.replaceAll("(?s).*href=\"/admin/registries/(\\d+)\".*", "$1");
        as("admin").get("/admin/registries/" + id).then().statusCode(200)
                .body(containsString("value=\"robot\"")).body(not(containsString("S3cret-never-shown")))
                .body(not(containsString("*****")));
        post("admin").formParam("auth_mode", "db_auth").formParam("token_expiration", "30")
                .formParam("project_creation_restriction", "everyone").formParam("ldap_url", "ldap://console.example.test")
                .formParam("ldap_search_password", "Ld4p-never-shown").formParam("ldap_uid", "uid")
                .formParam("ldap_scope", "2").formParam("ldap_timeout", "5").formParam("ldap_verify_cert", "true")
                .post("/admin/configuration").then().statusCode(303);
        as("admin").get("/admin/configuration").then().statusCode(200)
                .body(containsString("ldap://console.example.test")).body(not(containsString("Ld4p-never-shown")));
    }

    @Test
    void theSystemPageShowsEveryComponent() {
        as("admin").get("/admin/system").then().statusCode(200)
                .body(containsString("data-component=\"registry\"")).body(containsString("data-component=\"auth\""))
                .body(containsString("data-component=\"database\"")).body(containsString("id=\"storage-bytes\""))
                .body(matchesRegex("(?s).*id=\"system-version\">(\\d+\\.\\d+\\.\\d+[^<]*)</p>.*Berth \\1</footer>.*"));
    }

    @Test
    void searchFindsProjectsTheVisitorMaySee() {
        post("alice").formParam("name", "findme-private").post("/projects").then().statusCode(303);
        post("alice").formParam("name", "findme-public").formParam("public", "true").post("/projects")
                .then().statusCode(303);
        as("bob").get("/search?q=findme").then().statusCode(200)
                .body(containsString("findme-public")).body(not(containsString("findme-private")));
        as("alice").get("/search?q=findme").then().body(containsString("findme-private"));
    }

    @Test
    void aDeletedEmptyProjectIsGone() {
        post("alice").formParam("name", "console-gone").post("/projects").then().statusCode(303);
        post("alice").post("/projects/console-gone/delete").then().statusCode(303)
                .header("Location", containsString("done_project_deleted"));
        as("alice").get("/projects/console-gone/repositories").then().statusCode(404);
        as("alice").get("/projects?done=done_project_deleted").then().body(containsString("Project deleted."))
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
