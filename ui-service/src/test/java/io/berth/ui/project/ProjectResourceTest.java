package io.berth.ui.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.berth.ui.artifact.RepositoryEntity;
import io.berth.ui.artifact.RepositoryRepository;
import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class ProjectResourceTest {

    @Inject
    RepositoryRepository repositories;

    @Test
    void libraryIsCreatedAtInstallAndPublic() {
        Api.anonymous().get("/api/v2.0/projects/library").then().statusCode(200)
                .body("project_id", equalTo(1))
                .body("owner_name", equalTo("admin"))
                .body("metadata.public", equalTo("true"));
        Api.anonymous().head("/api/v2.0/projects?project_name=library").then().statusCode(200);
        Api.anonymous().head("/api/v2.0/projects?project_name=nope-nope").then().statusCode(404);
    }

    @Test
    void createAnswers201WithLocationAndTheCreatorIsAdmin() {
        long id = Api.createProject("alice", "alice-one", false);
        Api.as("alice").get("/api/v2.0/projects/" + id).then().statusCode(200)
                .body("name", equalTo("alice-one"))
                .body("owner_name", equalTo("alice"))
                .body("current_user_role_id", equalTo(1))
                .body("metadata.public", equalTo("false"));
        Api.as("alice").get("/api/v2.0/projects/alice-one/members").then().statusCode(200)
                .body("entity_name", hasItem("alice"))
                .body("[0].role_id", equalTo(1));
    }

    @Test
    void duplicateNamesConflict() {
        Api.createProject("bob", "bob-dup", false);
        Api.as("alice").contentType("application/json").body("{\"project_name\":\"bob-dup\"}")
                .post("/api/v2.0/projects").then().statusCode(409)
                .body("errors[0].code", equalTo("CONFLICT"));
    }

    @Test
    void invalidNamesAreRefused() {
        for (String bad : new String[] {"Upper", "-lead", "trail-", "a..b", "sp ace", ""}) {
            Api.as("alice").contentType("application/json").body("{\"project_name\":\"" + bad + "\"}")
                    .post("/api/v2.0/projects").then().statusCode(400)
                    .body("errors[0].code", equalTo("BAD_REQUEST"));
        }
        Api.as("alice").contentType("application/json").body("{\"project_name\":\"" + "a".repeat(256) + "\"}")
                .post("/api/v2.0/projects").then().statusCode(400);
        Api.as("alice").contentType("application/json").body("{not json")
                .post("/api/v2.0/projects").then().statusCode(400)
                .body("errors[0].code", equalTo("BAD_REQUEST"));
    }

    @Test
    void anonymousMayNotCreate() {
        Api.anonymous().contentType("application/json").body("{\"project_name\":\"anon-p\"}")
                .post("/api/v2.0/projects").then().statusCode(401)
                .body("errors[0].code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void wrongBasicCredentialsAre401() {
        Api.anonymous().auth().preemptive().basic("alice", "wrong").get("/api/v2.0/projects")
                .then().statusCode(401).body("errors[0].code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void privateProjectsAreHiddenFromOthers() {
        Api.createProject("alice", "alice-secret", false);
        Api.createProject("alice", "alice-open", true);
        Api.anonymous().get("/api/v2.0/projects/alice-secret").then().statusCode(401);
        Api.as("outsider").get("/api/v2.0/projects/alice-secret").then().statusCode(403)
                .body("errors[0].code", equalTo("FORBIDDEN"));
        Api.as("admin").get("/api/v2.0/projects/alice-secret").then().statusCode(200)
                .body("current_user_role_id", nullValue());
        Api.as("outsider").get("/api/v2.0/projects/alice-open").then().statusCode(200);
        Api.as("outsider").get("/api/v2.0/projects?name=alice-").then().statusCode(200)
                .body("name", hasItem("alice-open"))
                .body("name", not(hasItem("alice-secret")));
        Api.anonymous().get("/api/v2.0/projects?name=alice-").then().statusCode(200)
                .body("name", not(hasItem("alice-secret")));
        Api.as("alice").get("/api/v2.0/projects?name=alice-&public=false").then().statusCode(200)
                .body("name", hasItem("alice-secret"))
                .body("name", not(hasItem("alice-open")));
        Api.as("admin").queryParam("q", "name=~alice-s").get("/api/v2.0/projects").then().statusCode(200)
                .body("name", hasItem("alice-secret"));
        Api.anonymous().get("/api/v2.0/projects/no-such-project").then().statusCode(404)
                .body("errors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void onlyProjectAdminsChangeAProject() {
        Api.createProject("alice", "alice-toggle", false);
        Api.addMember("alice-toggle", "maint", 4);
        String body = "{\"metadata\":{\"public\":\"true\"}}";
        Api.as("maint").contentType("application/json").body(body)
                .put("/api/v2.0/projects/alice-toggle").then().statusCode(403);
        Api.as("outsider").get("/api/v2.0/projects/alice-toggle").then().statusCode(403);
        Api.as("alice").contentType("application/json").body(body)
                .put("/api/v2.0/projects/alice-toggle").then().statusCode(200);
        Api.as("outsider").get("/api/v2.0/projects/alice-toggle").then().statusCode(200)
                .body("metadata.public", equalTo("true"));
        Api.as("maint").delete("/api/v2.0/projects/alice-toggle").then().statusCode(403);
    }

    @Test
    void aProjectWithRepositoriesCannotBeDeleted() {
        long id = Api.createProject("bob", "bob-full", false);
        QuarkusTransaction.requiringNew().run(() -> {
            RepositoryEntity r = new RepositoryEntity();
            r.projectId = id;
            r.name = "bob-full/app";
            r.creationTime = Instant.now();
            r.updateTime = r.creationTime;
            repositories.persist(r);
        });
        Api.as("bob").delete("/api/v2.0/projects/bob-full").then().statusCode(412)
                .body("errors[0].code", equalTo("PRECONDITION"));
        Api.as("bob").get("/api/v2.0/projects/bob-full/summary").then().statusCode(200)
                .body("repo_count", equalTo(1))
                .body("project_admin_count", equalTo(1));
        QuarkusTransaction.requiringNew().run(() -> repositories.delete("name", "bob-full/app"));
        Api.as("bob").delete("/api/v2.0/projects/" + id).then().statusCode(200);
        Api.as("bob").get("/api/v2.0/projects/" + id).then().statusCode(404);
    }

    @Test
    void numericNamesAreReachableWithTheResourceNameHeader() {
        long id = Api.createProject("bob", "4242", true);
        Api.as("bob").header("X-Is-Resource-Name", "true").get("/api/v2.0/projects/4242").then()
                .statusCode(200).body("project_id", equalTo((int) id));
    }
}
