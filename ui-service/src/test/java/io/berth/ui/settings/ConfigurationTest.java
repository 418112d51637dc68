package io.berth.ui.settings;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code /api/v2.0/configurations}: system admins only, values validated, changes effective at once. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class ConfigurationTest {

    @Inject
    SettingRepository settings;

    private static final String PATH = "/api/v2.0/configurations";

    private static void put(String user, String body, int status) {
        Api.as(user).contentType("application/json").body(body).put(PATH).then().statusCode(status);
    }

    @Test
    void onlySystemAdminsReadAndChange() {
        Api.anonymous().get(PATH).then().statusCode(401);
        Api.as("alice").get(PATH).then().statusCode(403).body("errors[0].code", equalTo("FORBIDDEN"));
        put("alice", "{\"token_expiration\":40}", 403);
        Api.as("sysop").get(PATH).then().statusCode(200)
                .body("auth_mode.value", equalTo("db_auth"))
                .body("project_creation_restriction.value", equalTo("everyone"))
                .body("project_creation_restriction.editable", equalTo(true))
                .body("ldap_scope.value", equalTo(2))
                .body("ldap_base_dn.value", equalTo("uid=%s,dc=int32bit,dc=com"));
    }

    @Test
    void valuesAreValidatedAndAllOrNothing() {
        int before = Api.as("admin").get(PATH).then().extract().path("token_expiration.value");
        put("admin", "{\"token_expiration\":\"abc\"}", 400);
        put("admin", "{\"token_expiration\":0}", 400);
        put("admin", "{\"project_creation_restriction\":\"nobody\"}", 400);
        put("admin", "{\"auth_mode\":\"oidc_auth\"}", 400);
        put("admin", "{\"self_registration\":\"yes\"}", 400);
        put("admin", "{\"ldap_url\":\"http://ldap.test\"}", 400);
        put("admin", "{\"ldap_scope\":5}", 400);
        put("admin", "{\"no_such_key\":1}", 400);
        put("admin", "{}", 400);
        put("admin", "{\"token_expiration\":" + (before + 7) + ",\"ldap_scope\":9}", 400);
        Api.as("admin").get(PATH).then().body("token_expiration.value", equalTo(before));
    }

    @Test
    void storedValuesAreReturnedButPasswordsNever() {
        try {
            put("admin", "{\"token_expiration\":45,\"self_registration\":true,\"ldap_url\":\"ldaps://ldap.test\","
                    + "\"ldap_search_password\":\"s3cret\",\"ldap_scope\":1}", 200);
            Api.as("admin").get(PATH).then().statusCode(200)
                    .body("token_expiration.value", equalTo(45))
                    .body("self_registration.value", equalTo(true))
                    .body("ldap_url.value", equalTo("ldaps://ldap.test"))
                    .body("ldap_scope.value", equalTo(1))
                    .body("$", not(hasKey("ldap_search_password")));
            Api.anonymous().get("/api/v2.0/systeminfo").then().body("self_registration", equalTo(true));
        } finally {
            put("admin", "{\"self_registration\":false}", 200);
        }
        Api.anonymous().get("/api/v2.0/systeminfo").then().body("self_registration", equalTo(false));
    }

    /** Harbor spells its version v<semver>-<build>; clients parse the leading v and the numbers. */
    @Test
    void systemInfoNamesTheBuildVersionAsHarborDoes() {
        Api.anonymous().get("/api/v2.0/systeminfo").then()
                .body("harbor_version", matchesRegex("v\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?-berth"));
    }

    @Test
    void projectCreationRestrictionTakesEffectAtOnce() {
        try {
            put("admin", "{\"project_creation_restriction\":\"adminonly\"}", 200);
            Api.anonymous().get("/api/v2.0/systeminfo").then()
                    .body("project_creation_restriction", equalTo("adminonly"));
            Api.as("alice").contentType("application/json").body("{\"project_name\":\"cfg-denied\"}")
                    .post("/api/v2.0/projects").then().statusCode(403);
        } finally {
            put("admin", "{\"project_creation_restriction\":\"everyone\"}", 200);
        }
        Api.createProject("alice", "cfg-allowed", false);
        Api.anonymous().get("/api/v2.0/systeminfo").then()
                .body("project_creation_restriction", equalTo("everyone"));
    }

    @Test
    void authModeIsFixedOnceOtherUsersExist() {
        Api.createProject("bob", "cfg-bob", false);
        Api.as("admin").get(PATH).then().body("auth_mode.editable", equalTo(false));
        put("admin", "{\"auth_mode\":\"ldap_auth\"}", 400);
        put("admin", "{\"auth_mode\":\"db_auth\"}", 200);
        Api.anonymous().get("/api/v2.0/systeminfo").then().body("auth_mode", equalTo("db_auth"));
    }

    /**
     * auth-service applies auth_mode and the ldap_* items an admin stored (only those: harbor.cfg's
     * apply to the rest); the search password travels opened on the internal API, sealed at rest.
     */
    @Test
    void authServiceReadsAuthModeAndStoredLdapItems() {
        put("admin", "{\"ldap_search_dn\":\"cn=reader,dc=int32bit,dc=com\",\"ldap_search_password\":\"r3ader-Pw\","
                + "\"ldap_timeout\":7}", 200);
        pushed().then().statusCode(200)
                .body("authMode", equalTo("db_auth"))
                .body("ldap.ldap_search_dn", equalTo("cn=reader,dc=int32bit,dc=com"))
                .body("ldap.ldap_search_password", equalTo("r3ader-Pw"))
                .body("ldap.ldap_timeout", equalTo("7"))
                .body("ldap", not(hasKey("ldap_base_dn")));
        String atRest = QuarkusTransaction.requiringNew()
                .call(() -> settings.findById("ldap_search_password").value);
        assertNotEquals("r3ader-Pw", atRest);
        assertFalse(atRest.contains("r3ader"));
    }

    /** The settings auth-service last received (the stand-in records every push). */
    private static io.restassured.response.Response pushed() {
        return Api.anonymous().get(Api.config("ui.auth-url") + "/control/settings");
    }

    /**
     * auth-service is handed the effective settings before a change answers, so a request never
     * has to ask ui-service for them (it would come back to the service it passed through).
     */
    @Test
    void changesArePushedToAuthServiceBeforeThePutAnswers() {
        Api.internal().get("/internal/v1/settings").then().statusCode(404);
        int expiration = Api.as("admin").get(PATH).then().extract().path("token_expiration.value");
        try {
            put("admin", "{\"self_registration\":true,\"token_expiration\":" + (expiration + 5) + "}", 200);
            pushed().then().statusCode(200)
                    .body("selfRegistration", equalTo(true))
                    .body("tokenExpirationMinutes", equalTo(expiration + 5));
        } finally {
            put("admin", "{\"self_registration\":false,\"token_expiration\":" + expiration + "}", 200);
        }
        pushed().then().body("selfRegistration", equalTo(false)).body("tokenExpirationMinutes", equalTo(expiration));
    }

    /** A push auth-service could not take is retried until it does; the change itself is kept. */
    @Test
    void aPushAuthServiceRefusedIsRetried() throws Exception {
        int expiration = Api.as("admin").get(PATH).then().extract().path("token_expiration.value");
        Api.anonymous().post(Api.config("ui.auth-url") + "/control/health/settings/down").then().statusCode(204);
        try {
            put("admin", "{\"token_expiration\":" + (expiration + 7) + "}", 200);
            pushed().then().body("tokenExpirationMinutes", equalTo(expiration));
        } finally {
            Api.anonymous().post(Api.config("ui.auth-url") + "/control/health/settings/up").then().statusCode(204);
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (pushed().jsonPath().getInt("tokenExpirationMinutes") != expiration + 7) {
            org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() < deadline, "the refused push was not retried");
            Thread.sleep(200);
        }
        put("admin", "{\"token_expiration\":" + expiration + "}", 200);
    }
}
