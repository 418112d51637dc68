package io.berth.auth.settings;

import static io.berth.auth.support.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.auth.config.AuthConfig;
import io.berth.auth.support.Api;
import io.berth.auth.support.AuthTestResources;
import io.berth.common.internal.AccountSettings;
import io.berth.common.internal.InternalApi;
import io.berth.testsupport.ldap.SlapdServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A db_auth deployment (no auth.ldap.* at all) whose system admin switches to ldap_auth and sets
 * the directory through ui-service's /configurations: ui-service pushes the settings, auth-service
 * applies them without a restart, keeps them for its next start, and never asks ui-service for
 * them while a request passes through (no request comes back to a service it passed through).
 */
@QuarkusTest
@WithTestResource(value = AuthTestResources.class, initArgs = @ResourceArg(name = "db", value = "test-mariadb-ldapui"))
class PushedSettingsTest {

    private static SlapdServer slapd;

    @Inject
    AppliedSettingsStore store;

    @Inject
    AuthConfig config;

    @BeforeAll
    static void directory() throws Exception {
        slapd = SlapdServer.startWithSeed();
    }

    @AfterAll
    static void stopDirectory() {
        if (slapd != null) {
            slapd.close();
        }
    }

    private static ValidatableResponse authenticate(String user, String password) {
        return given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET)
                .contentType(ContentType.JSON).body(Map.of("username", user, "password", password))
                .post(InternalApi.AUTHENTICATE).then();
    }

    /** Every call the ui-service stand-in received so far. */
    private static List<String> uiCalls() {
        return given().get(ConfigProvider.getConfig().getValue("auth.ui-url", String.class) + "/calls")
                .then().statusCode(200).extract().jsonPath().getList("$", String.class);
    }

    @Test
    void authModeAndDirectoryFollowThePushedSettings() {
        Api.createUser("local-ulla", "Ulla12345");
        try {
            authenticate("test", "1q2w3e4r").statusCode(401);
            authenticate("local-ulla", "Ulla12345").statusCode(200);

            Api.pushSettings(false, 30, "ldap_auth", Map.of("ldap_url", slapd.ldapUrl(),
                    "ldap_base_dn", "uid=%s,dc=int32bit,dc=com", "ldap_timeout", "30"));
            authenticate("test", "1q2w3e4r").statusCode(200).body("username", equalTo("test"));
            authenticate("local-ulla", "Ulla12345").statusCode(401);
            authenticate("admin", "Harbor12345").statusCode(200);
            asAdmin().contentType(ContentType.JSON).body(Map.of()).post("/api/v2.0/ldap/ping")
                    .then().statusCode(200).body("success", equalTo(true));

            // a changed directory is used at once: this one has nobody listening
            Api.pushSettings(false, 30, "ldap_auth", Map.of("ldap_url", "ldap://127.0.0.1:1",
                    "ldap_base_dn", "uid=%s,dc=int32bit,dc=com", "ldap_timeout", "2"));
            authenticate("test", "1q2w3e4r").statusCode(503);
        } finally {
            Api.pushSettings(false, 30, "db_auth", Map.of());
        }
        authenticate("local-ulla", "Ulla12345").statusCode(200);
        authenticate("test", "1q2w3e4r").statusCode(401);
    }

    /**
     * The calls of an LDAP Basic-auth API call and of a token request, as the ui-service stand-in
     * records them: the login asks nothing of ui-service (before, auth-service read ui-service's
     * settings in the middle of ui-service's own request), the token request asks only the one
     * access question, downhill.
     */
    @Test
    void aRequestNeverComesBackToUiService() {
        Api.pushSettings(false, 30, "ldap_auth", Map.of("ldap_url", slapd.ldapUrl(),
                "ldap_base_dn", "uid=%s,dc=int32bit,dc=com", "ldap_timeout", "30"));
        try {
            int before = uiCalls().size();
            // what ui-service sends when a REST API caller uses Basic auth in LDAP mode
            authenticate("test", "1q2w3e4r").statusCode(200);
            assertEquals(List.of(), uiCalls().subList(before, uiCalls().size()));

            given().auth().preemptive().basic("test", "1q2w3e4r").queryParam("service", "harbor-registry")
                    .queryParam("scope", "repository:library/app:pull").get("/service/token").then().statusCode(200);
            assertEquals(List.of("POST " + InternalApi.ACCESS), uiCalls().subList(before, uiCalls().size()));
        } finally {
            Api.pushSettings(false, 30, "db_auth", Map.of());
        }
    }

    /** What was pushed outlives a restart of auth-service; the search password is stored sealed. */
    @Test
    void pushedSettingsAreKeptForTheNextStart() {
        Api.pushSettings(true, 45, "db_auth", Map.of("ldap_url", "ldap://directory.example.com",
                "ldap_search_password", "Search-Secret-1"));
        try {
            AccountSettings afterRestart = new AppliedSettings(store, config).current();
            assertTrue(afterRestart.selfRegistration());
            assertEquals(45, afterRestart.tokenExpirationMinutes());
            assertEquals("Search-Secret-1", afterRestart.ldap().get("ldap_search_password"));
            String stored = QuarkusTransaction.requiringNew().call(() -> store.findById(AppliedSettingsRow.ID).settings);
            assertFalse(stored.contains("Search-Secret-1"), stored);
            asAdmin().queryParam("service", "harbor-registry").get("/service/token").then().statusCode(200)
                    .body("expires_in", equalTo(45 * 60));
        } finally {
            Api.pushSettings(false, 30, "db_auth", Map.of());
        }
    }

    @Test
    void onlyUiServiceMayPushAndOnlyValidSettings() {
        given().contentType(ContentType.JSON).body(Map.of("selfRegistration", true, "tokenExpirationMinutes", 30))
                .put(InternalApi.SETTINGS).then().statusCode(401);
        given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET).contentType(ContentType.JSON)
                .body(Map.of("selfRegistration", true, "tokenExpirationMinutes", 0))
                .put(InternalApi.SETTINGS).then().statusCode(400).body("errors[0].code", equalTo("BAD_REQUEST"));
        given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET).contentType(ContentType.JSON)
                .body(Map.of("tokenExpirationMinutes", 30, "authMode", "none"))
                .put(InternalApi.SETTINGS).then().statusCode(400);
        given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET).contentType(ContentType.JSON)
                .body("{not json").put(InternalApi.SETTINGS).then().statusCode(400);
    }
}
