package io.berth.e2e.ldap;

import static io.berth.e2e.support.Cli.Refusal.BAD_CREDENTIALS;
import static io.berth.e2e.support.Cli.Refusal.DENIED;
import static io.berth.e2e.support.Cli.Refusal.NOT_FOUND;
import static io.berth.e2e.support.Cli.Refusal.UNAVAILABLE;
import static io.berth.e2e.support.Cli.assertOk;
import static io.berth.e2e.support.Cli.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.support.Cli;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.SuiteExtension;
import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.ldap.SlapdServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Harbor 1.x LDAP walkthrough through the gateway of one suite prepared from its three
 * harbor.cfg lines (plus a low ldap_timeout), against a throw-away slapd holding the walkthrough's
 * {@code test} user: CLI logins, the token service, onboarding and membership, injection attempts
 * and a hung directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LdapWalkthroughIT {

    private static final String PASSWORD = "1q2w3e4r";
    private static final String ADMIN = "admin:Harbor12345";
    /** Another directory user the DN template reaches (uid=twin,dc=int32bit,dc=com), never made a member. */
    private static final String OUTSIDER = "twin";
    private static final String OUTSIDER_PASSWORD = "twin-Pass-1";
    private static final int LDAP_TIMEOUT_SECONDS = 3;
    private static final String SCOPE = "repository:library/app:pull";
    /** Well under the 30 s the token request waits, well over a few ldap_timeouts on a loaded machine. */
    private static final long HUNG_DIRECTORY_BOUND_MILLIS = 20_000;

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("ldap").config(LdapWalkthroughIT::walkthroughCfg);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SlapdServer slapd;
    private Cli cli;
    private HarborApi api;
    private String host;
    private OciLayout image;

    /** The walkthrough's three lines, HOST being a slapd of our own. */
    Map<String, String> walkthroughCfg() throws Exception {
        slapd = berth.closeAfter(SlapdServer.startWithSeed());
        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("auth_mode", "ldap_auth");
        cfg.put("ldap_url", slapd.ldapUrl());
        cfg.put("ldap_basedn", "uid=%s,dc=int32bit,dc=com");
        cfg.put("ldap_timeout", String.valueOf(LDAP_TIMEOUT_SECONDS));
        return cfg;
    }

    @BeforeAll
    void image() throws Exception {
        cli = berth.cli();
        api = berth.api();
        host = berth.host();
        image = new OciLayout(berth.work().resolve("layout"), 6);
        image.tag(image.image(1, 2 * 1024, "amd64"), OciLayout.MANIFEST, "v1");
    }

    @Test
    @Order(1)
    void seedUserLogsInWithSkopeoAndDockerAndAWrongPasswordFails() throws Exception {
        assertRefused(cli.skopeo("login", "--tls-verify=false", "-u", "test", "-p", "1q2w3e4R", host), BAD_CREDENTIALS);
        assertOk(cli.skopeo("login", "--tls-verify=false", "-u", "test", "-p", PASSWORD, host));
        assertRefused(cli.docker("login", "-u", "test", "-p", "wrong-pass", host), BAD_CREDENTIALS);
        assertOk(cli.docker("login", "-u", "test", "-p", PASSWORD, host));
    }

    @Test
    @Order(2)
    void tokenServiceAcceptsDirectoryCredentialsAndAdminKeepsItsDatabasePassword() throws Exception {
        assertEquals("test", subject(api.token(HarborApi.basic("test", PASSWORD), SCOPE)));
        HttpResponse<String> wrong = token("test", "1q2w3e4R");
        assertEquals(401, wrong.statusCode(), brief(wrong));
        assertEquals(200, token("test", PASSWORD).statusCode());
        assertEquals("admin", subject(api.token(HarborApi.basic("admin", "Harbor12345"), SCOPE)));
        JsonNode me = api.expect(200, "GET", "/api/v2.0/users/current", HarborApi.basic("admin", "Harbor12345"), null);
        assertEquals(1, me.path("user_id").asInt(), me.toString());
        assertOk(cli.skopeo("login", "--tls-verify=false", "-u", "admin", "-p", "Harbor12345", host));
        assertEquals(200, formLogin("test", PASSWORD).statusCode());
    }

    @Test
    @Order(3)
    void onboardedUserBecomesDeveloperAndPushesWhileANonMemberCannot() throws Exception {
        String admin = HarborApi.basic("admin", "Harbor12345");
        JsonNode user = findUser(api.expect(200, "GET", "/api/v2.0/users?page_size=100", admin, null), "test");
        assertEquals("test@int32bit.com", user.path("email").asText(), user.toString());
        assertEquals("Test User", user.path("realname").asText(), user.toString());

        api.expect(201, "POST", "/api/v2.0/projects", admin, "{\"project_name\":\"ldapteam\",\"metadata\":{\"public\":\"false\"}}");
        api.expect(201, "POST", "/api/v2.0/projects/ldapteam/members", admin,
                "{\"role_id\":2,\"member_user\":{\"username\":\"test\"}}");
        assertOk(push("ldapteam/app:1", "test:" + PASSWORD));
        assertOk(cli.skopeo("inspect", "--tls-verify=false", "--creds", ADMIN, "docker://" + host + "/ldapteam/app:1"));

        // the outsider is a real directory account (it logs in) but no member of the project
        assertOk(cli.skopeo("login", "--tls-verify=false", "-u", OUTSIDER, "-p", OUTSIDER_PASSWORD, host));
        assertRefused(push("ldapteam/other:1", OUTSIDER + ":" + OUTSIDER_PASSWORD), DENIED);
        assertRefused(cli.skopeo("inspect", "--tls-verify=false", "--creds", ADMIN, "docker://" + host + "/ldapteam/other:1"),
                NOT_FOUND);
    }

    @Test
    @Order(4)
    void injectionAttemptsAndAnEmptyPasswordNeverAuthenticate() throws Exception {
        // control: the same three routes let the real user in, so the refusals below are the names
        assertEquals(200, token("test", PASSWORD).statusCode());
        assertEquals(200, formLogin("test", PASSWORD).statusCode());
        for (String name : List.of("*", ")(uid=*", "test)(|(uid=*", "\\00", "test,dc=x", "te\\+st", "test*")) {
            HttpResponse<String> t = token(name, PASSWORD);
            assertEquals(401, t.statusCode(), name + ": " + brief(t));
            assertEquals(401, formLogin(name, PASSWORD).statusCode(), name);
            assertRefused(cli.skopeo("login", "--tls-verify=false", "-u", name, "-p", PASSWORD, host), BAD_CREDENTIALS);
        }
        HttpResponse<String> empty = token("test", "");
        assertEquals(401, empty.statusCode(), brief(empty));
        assertEquals(401, formLogin("test", "").statusCode());
    }

    /**
     * The directory hangs: slapd is stopped and its port is held by a listener that accepts
     * connections (the kernel completes the handshake) and never answers, so only ldap_timeout
     * ends the wait. Without it the login would hang until the client's 30 s timeout; with it the
     * answer comes after a few timeouts at most. The bound is far above that, for a loaded machine.
     */
    @Test
    @Order(5)
    void withTheDirectoryHungLoginIs503WithinLdapTimeoutAdminStillLogsInAndRecoveryNeedsNoRestart() throws Exception {
        assertEquals(200, token("test", PASSWORD).statusCode());
        slapd.stop();
        try (ServerSocket hung = new ServerSocket()) {
            hung.setReuseAddress(true);
            hung.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), slapd.ldapPort()), 50);
            long start = System.nanoTime();
            HttpResponse<String> down = token("test", PASSWORD);
            long millis = (System.nanoTime() - start) / 1_000_000;
            // a directory outage is no wrong password: 503 with Retry-After, nothing counted as a guess
            assertEquals(503, down.statusCode(), brief(down));
            assertTrue(down.headers().firstValue("Retry-After").isPresent(), brief(down));
            assertTrue(millis < HUNG_DIRECTORY_BOUND_MILLIS, "login with the directory hung took " + millis + " ms");
            assertRefused(cli.skopeo("login", "--tls-verify=false", "-u", "test", "-p", PASSWORD, host), UNAVAILABLE);
            assertEquals("admin", subject(api.token(HarborApi.basic("admin", "Harbor12345"), SCOPE)));
            assertOk(cli.docker("login", "-u", "admin", "-p", "Harbor12345", host));
        } finally {
            slapd.restart();
        }
        assertOk(cli.skopeo("login", "--tls-verify=false", "-u", "test", "-p", PASSWORD, host));
        assertEquals(200, token("test", PASSWORD).statusCode());
    }

    /**
     * docker login's question to the token service: no scope, so only the credentials decide
     * (with a scope, wrong credentials fall back to an anonymous token, as in Harbor).
     */
    private HttpResponse<String> token(String user, String password) throws Exception {
        return api.send("GET", "/service/token?service=harbor-registry", HarborApi.basic(user, password), null);
    }

    /** The {@code sub} claim of a registry token: whom the token service took the caller for. */
    private static String subject(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "not a jwt");
        return HarborApi.JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).path("sub").asText();
    }

    private static String brief(HttpResponse<String> r) {
        String body = r.body();
        return r.statusCode() + " " + (body.length() > 200 ? body.substring(0, 200) + "..." : body);
    }

    /** The web UI's sign-in form (Harbor's POST /c/login). */
    private HttpResponse<String> formLogin(String user, String password) throws Exception {
        String form = "principal=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(berth.suite().gatewayUrl() + "/c/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Cli.Run push(String repoTag, String creds) throws Exception {
        return cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", creds, "oci:" + image.dir() + ":v1",
                "docker://" + host + "/" + repoTag);
    }

    private static JsonNode findUser(JsonNode users, String name) {
        for (JsonNode u : users) {
            if (name.equals(u.path("username").asText())) {
                return u;
            }
        }
        throw new AssertionError("no user " + name + " in " + users);
    }

}
