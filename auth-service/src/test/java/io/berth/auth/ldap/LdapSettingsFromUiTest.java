package io.berth.auth.ldap;

import static io.berth.auth.support.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.berth.auth.support.Api;
import io.berth.auth.support.AuthTestResources;
import io.berth.common.internal.InternalApi;
import io.berth.testsupport.ldap.SlapdServer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A db_auth deployment (no auth.ldap.* at all) whose system admin switches to ldap_auth and sets
 * the directory through ui-service's /configurations: auth-service applies what ui-service
 * answers, without a restart, and follows later changes both ways.
 */
@QuarkusTest
@WithTestResource(value = AuthTestResources.class, initArgs = @ResourceArg(name = "db", value = "test-mariadb-ldapui"))
class LdapSettingsFromUiTest {

    private static SlapdServer slapd;

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

    /** What ui-service answers from now on, as after a system admin's PUT /configurations. */
    private static void uiServiceSays(String authMode, Map<String, String> ldap) {
        Map<String, Object> body = new HashMap<>();
        body.put("selfRegistration", false);
        body.put("tokenExpirationMinutes", 30);
        body.put("authMode", authMode);
        body.put("ldap", ldap);
        given().contentType(ContentType.JSON).body(body)
                .put(ConfigProvider.getConfig().getValue("auth.ui-url", String.class) + "/settings")
                .then().statusCode(200);
    }

    private static ValidatableResponse authenticate(String user, String password) {
        return given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET)
                .contentType(ContentType.JSON).body(Map.of("username", user, "password", password))
                .post(InternalApi.AUTHENTICATE).then();
    }

    @Test
    void authModeAndDirectoryFollowUiServiceSettings() {
        Api.createUser("local-ulla", "Ulla12345");
        try {
            authenticate("test", "1q2w3e4r").statusCode(401);
            authenticate("local-ulla", "Ulla12345").statusCode(200);

            uiServiceSays("ldap_auth", Map.of("ldap_url", slapd.ldapUrl(),
                    "ldap_base_dn", "uid=%s,dc=int32bit,dc=com", "ldap_timeout", "30"));
            authenticate("test", "1q2w3e4r").statusCode(200).body("username", equalTo("test"));
            authenticate("local-ulla", "Ulla12345").statusCode(401);
            authenticate("admin", "Harbor12345").statusCode(200);
            asAdmin().contentType(ContentType.JSON).body(Map.of()).post("/api/v2.0/ldap/ping")
                    .then().statusCode(200).body("success", equalTo(true));

            // a changed directory is used at once: this one has nobody listening
            uiServiceSays("ldap_auth", Map.of("ldap_url", "ldap://127.0.0.1:1",
                    "ldap_base_dn", "uid=%s,dc=int32bit,dc=com", "ldap_timeout", "2"));
            authenticate("test", "1q2w3e4r").statusCode(401);
        } finally {
            uiServiceSays("db_auth", Map.of());
        }
        authenticate("local-ulla", "Ulla12345").statusCode(200);
        authenticate("test", "1q2w3e4r").statusCode(401);
    }
}
