package io.berth.e2e.accounts;

import static io.berth.e2e.support.Cli.Refusal.DENIED;
import static io.berth.e2e.support.Cli.Refusal.NOT_FOUND;
import static io.berth.e2e.support.Cli.assertOk;
import static io.berth.e2e.support.Cli.assertRefused;
import static io.berth.e2e.support.Eventually.SETTINGS;
import static io.berth.e2e.support.Eventually.awaitTrue;
import static io.berth.e2e.accounts.HarborAssert.error;
import static io.berth.e2e.accounts.HarborAssert.paged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.support.Cli;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.LocalSuite;
import io.berth.e2e.support.SuiteExtension;
import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.image.Sha256;
import io.berth.testsupport.registry.DistributionRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts and tokens through the gateway of one suite: self-registration switched by
 * /configurations (and kept across a restart of auth-service), password rules, login guessing
 * held back per address, Harbor's error bodies and paging headers, a guest's narrowed token, and
 * a stock distribution registry trusting Berth's tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsIT {

    private static final String ADMIN_CREDS = "admin:Harbor12345";
    private static final String ADMIN = HarborApi.basic("admin", "Harbor12345");
    private static final String PASSWORD = "Passw0rd1";
    private static final String USERS = "/api/v2.0/users";

    @RegisterExtension
    static final SuiteExtension berth = SuiteExtension.named("accounts");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalSuite suite;
    private Path work;
    private Cli cli;
    private HarborApi api;
    private OciLayout image;
    private OciLayout.Blob manifest;

    @BeforeAll
    void usersProjectsAndImages() throws Exception {
        suite = berth.suite();
        work = berth.work();
        cli = berth.cli();
        api = berth.api();
        image = new OciLayout(work.resolve("layout"), 4);
        manifest = image.image(2, 4 * 1024, "amd64");
        image.tag(manifest, OciLayout.MANIFEST, "v1");
        for (String user : List.of("walker", "walkdev", "walkguest", "pwuser")) {
            createUser(user, PASSWORD);
        }
        api.expect(201, "POST", "/api/v2.0/projects", ADMIN, "{\"project_name\":\"walk\",\"metadata\":{\"public\":\"false\"}}");
        api.expect(201, "POST", "/api/v2.0/projects", ADMIN, "{\"project_name\":\"walkpub\",\"metadata\":{\"public\":\"true\"}}");
        api.addMember(ADMIN, "walk", "walkdev", 2);
        api.addMember(ADMIN, "walk", "walkguest", 3);
        for (String repo : List.of("walk/app:1", "walk/app2:1", "walk/app3:1")) {
            assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", ADMIN_CREDS, "oci:" + image.dir() + ":v1",
                    "docker://" + berth.host() + "/" + repo));
        }
    }

    @Test
    @Order(1)
    void selfRegistrationFollowsConfigurationsAndOutlivesARestartOfAuthService() throws Exception {
        // harbor.cfg says on
        assertTrue(api.expect(200, "GET", "/api/v2.0/systeminfo", null, null).path("self_registration").asBoolean());
        assertEquals(201, register("selfreg1", PASSWORD).statusCode());
        JsonNode me = api.expect(200, "GET", USERS + "/current", HarborApi.basic("selfreg1", PASSWORD), null);
        assertEquals("selfreg1", me.path("username").asText());
        assertFalse(me.path("sysadmin_flag").asBoolean());

        api.expect(200, "PUT", "/api/v2.0/configurations", ADMIN, "{\"self_registration\":false}");
        // fresh names: until the change reaches auth-service, each probe creates an account
        awaitTrue("self-registration closed", SETTINGS, () -> register("probe" + System.nanoTime(), PASSWORD).statusCode() == 401);
        error(register("selfreg2", PASSWORD), 401, "UNAUTHORIZED");
        // a logged-in non-admin is no system admin either
        error(api.send("POST", USERS, HarborApi.basic("selfreg1", PASSWORD), userJson("selfreg2", PASSWORD)), 403, "FORBIDDEN");

        // the stored setting, not harbor.cfg's "on", holds after auth-service restarts
        suite.stopPart("auth");
        suite.startPart("auth");
        error(register("selfreg2", PASSWORD), 401, "UNAUTHORIZED");

        api.expect(200, "PUT", "/api/v2.0/configurations", ADMIN, "{\"self_registration\":true}");
        awaitTrue("self-registration open again", SETTINGS, () -> register("selfreg2", PASSWORD).statusCode() == 201);
        api.expect(200, "GET", USERS + "/current", HarborApi.basic("selfreg2", PASSWORD), null);
    }

    @Test
    @Order(2)
    void passwordRulesAreEnforcedWithMessagesNamingTheRule() throws Exception {
        assertTrue(error(api.send("POST", USERS, ADMIN, userJson("weak1", "Sh0rt")), 400, "BAD_REQUEST").contains("8 to 128"));
        assertTrue(error(api.send("POST", USERS, ADMIN, userJson("weak2", "P4" + "a".repeat(127))), 400, "BAD_REQUEST")
                .contains("8 to 128"));
        assertTrue(error(api.send("POST", USERS, ADMIN, userJson("weak3", "alllowercase1")), 400, "BAD_REQUEST")
                .contains("upper-case"));
        assertTrue(error(api.send("POST", USERS, ADMIN, userJson("weak4", "NoDigitsHere")), 400, "BAD_REQUEST")
                .contains("digit"));
        assertTrue(error(register("weak5", "ALLUPPER123"), 400, "BAD_REQUEST").contains("lower-case"));
        JsonNode found = api.expect(200, "GET", USERS + "/search?username=weak", ADMIN, null);
        assertEquals(0, found.size(), "a refused account was created: " + found);

        String pwuser = HarborApi.basic("pwuser", PASSWORD);
        long id = userId("pwuser");
        String change = USERS + "/" + id + "/password";
        assertTrue(error(api.send("PUT", change, pwuser, passwordJson(PASSWORD, "weakpass1")), 400, "BAD_REQUEST")
                .contains("upper-case"));
        assertTrue(error(api.send("PUT", change, ADMIN, passwordJson(null, "Short1")), 400, "BAD_REQUEST")
                .contains("8 to 128"));
        error(api.send("PUT", change, pwuser, passwordJson("Wrong12345", "Better1pass")), 403, "FORBIDDEN");
        api.expect(200, "GET", USERS + "/current", pwuser, null);
        api.expect(200, "PUT", change, pwuser, passwordJson(PASSWORD, "Better1pass"));
        api.expect(200, "GET", USERS + "/current", HarborApi.basic("pwuser", "Better1pass"), null);
        error(api.send("GET", USERS + "/current", pwuser, null), 401, "UNAUTHORIZED");
    }

    /**
     * Guessing holds back the address that guessed (429 with Retry-After and Harbor's body, the
     * right password included) and never the account's owner connecting from another address;
     * the wait passes.
     */
    @Test
    @Order(3)
    void guessingHoldsBackTheGuessersAddressNeverTheOwner() throws Exception {
        for (int i = 0; i < 3; i++) {
            error(login("pwuser", "Wrong-Pass" + i), 401, "UNAUTHORIZED");
        }
        HttpResponse<String> held = login("pwuser", "Better1pass");
        error(held, 429, "TOO_MANY_REQUEST");
        assertTrue(held.headers().firstValue("Retry-After").orElse("").matches("[1-9][0-9]*"), held.headers().map().toString());
        // a client-written X-Forwarded-For picks no other address: the gateway sets X-Real-IP itself
        assertEquals(429, rawLogin("127.0.0.1", "pwuser", "Better1pass", "X-Forwarded-For: 198.51.100.7\r\n"));
        // the owner, from another address of this machine, is let in at once
        assertEquals(200, rawLogin("127.0.0.2", "pwuser", "Better1pass", ""));
        long retryAfter = Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow());
        awaitTrue("the wait passes", Duration.ofSeconds(2 * retryAfter + 60),
                () -> login("pwuser", "Better1pass").statusCode() == 200);
        HttpResponse<String> ok = login("pwuser", "Better1pass");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.headers().firstValue("Set-Cookie").orElse("").startsWith("sid="), ok.headers().map().toString());
        assertTrue(ok.headers().firstValue("X-Harbor-CSRF-Token").isPresent(), ok.headers().map().toString());
    }

    /** A form login sent from a chosen local address (HttpClient cannot pick its source address). */
    private int rawLogin(String from, String user, String password, String extraHeaders) throws Exception {
        URI gateway = URI.create(suite.gatewayUrl());
        String form = "principal=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(from, 0));
            socket.connect(new java.net.InetSocketAddress(gateway.getHost(), gateway.getPort()), 5000);
            socket.setSoTimeout(60_000);
            String request = "POST /c/login HTTP/1.1\r\nHost: " + gateway.getAuthority() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n"
                    + extraHeaders + "Connection: close\r\n\r\n" + form;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 "), "status line: " + status);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    @Order(4)
    void usersApiFailuresCarryHarborsErrorBody() throws Exception {
        String walker = HarborApi.basic("walker", PASSWORD);
        error(api.send("GET", USERS, null, null), 401, "UNAUTHORIZED");
        error(api.send("GET", USERS + "/current", HarborApi.basic("walker", "Wrong12345"), null), 401, "UNAUTHORIZED");
        error(api.send("GET", USERS, walker, null), 403, "FORBIDDEN");
        error(api.send("GET", USERS + "/1", walker, null), 403, "FORBIDDEN");
        error(api.send("PUT", USERS + "/1/password", walker, passwordJson(PASSWORD, "Other1pass")), 403, "FORBIDDEN");
        error(api.send("DELETE", USERS + "/1", ADMIN, null), 403, "FORBIDDEN");
        error(api.send("GET", USERS + "/987654", ADMIN, null), 404, "NOT_FOUND");
        error(api.send("DELETE", USERS + "/987654", ADMIN, null), 404, "NOT_FOUND");
        error(api.send("POST", USERS, ADMIN, userJson("walker", PASSWORD)), 409, "CONFLICT");
        error(api.send("POST", USERS, ADMIN, "{\"username\":"), 400, "BAD_REQUEST");
        error(api.send("POST", USERS, ADMIN, userJson("bad#name", PASSWORD)), 400, "BAD_REQUEST");
        error(api.send("GET", USERS + "/not-a-number", ADMIN, null), 400, "BAD_REQUEST");
        error(api.send("GET", USERS + "?page_size=1000", ADMIN, null), 400, "BAD_REQUEST");
        paged(api, USERS, ADMIN);
        paged(api, USERS + "/search?username=walk", walker);
    }

    @Test
    @Order(5)
    void projectAndMemberFailuresCarryHarborsErrorBody() throws Exception {
        String walker = HarborApi.basic("walker", PASSWORD);
        String dev = HarborApi.basic("walkdev", PASSWORD);
        String projects = "/api/v2.0/projects";
        error(api.send("POST", projects, null, "{\"project_name\":\"anon\"}"), 401, "UNAUTHORIZED");
        error(api.send("GET", projects + "/walk", null, null), 401, "UNAUTHORIZED");
        error(api.send("GET", projects + "/walk", walker, null), 403, "FORBIDDEN");
        error(api.send("DELETE", projects + "/walk", dev, null), 403, "FORBIDDEN");
        error(api.send("PUT", projects + "/walk", dev, "{\"metadata\":{\"public\":\"true\"}}"), 403, "FORBIDDEN");
        error(api.send("GET", projects + "/nosuch", ADMIN, null), 404, "NOT_FOUND");
        error(api.send("DELETE", projects + "/nosuch", ADMIN, null), 404, "NOT_FOUND");
        error(api.send("POST", projects, ADMIN, "{\"project_name\":\"walk\"}"), 409, "CONFLICT");
        error(api.send("POST", projects, ADMIN, "{\"project_name\":\"Bad Name\"}"), 400, "BAD_REQUEST");
        error(api.send("POST", projects, ADMIN, "not json"), 400, "BAD_REQUEST");
        error(api.send("DELETE", projects + "/walk", ADMIN, null), 412, "PRECONDITION");
        assertEquals(404, api.send("HEAD", projects + "?project_name=nosuch", ADMIN, null).statusCode());

        String members = projects + "/walk/members";
        error(api.send("GET", members, null, null), 401, "UNAUTHORIZED");
        error(api.send("GET", members, walker, null), 403, "FORBIDDEN");
        error(api.send("POST", members, dev, memberJson("walker", 3)), 403, "FORBIDDEN");
        error(api.send("GET", projects + "/nosuch/members", ADMIN, null), 404, "NOT_FOUND");
        error(api.send("POST", members, ADMIN, memberJson("nosuchuser", 3)), 404, "NOT_FOUND");
        error(api.send("DELETE", members + "/987654", ADMIN, null), 404, "NOT_FOUND");
        error(api.send("POST", members, ADMIN, memberJson("walkdev", 3)), 409, "CONFLICT");
        error(api.send("POST", members, ADMIN, memberJson("walker", 9)), 400, "BAD_REQUEST");
        error(api.send("POST", members, ADMIN, "{\"role_id\":"), 400, "BAD_REQUEST");

        paged(api, projects, ADMIN);
        paged(api, members, dev);
        paged(api, projects + "/walk/repositories", dev);
        paged(api, "/api/v2.0/audit-logs", ADMIN);
        paged(api, projects + "/walk/logs", ADMIN);
    }

    /** Docker token authentication: only actions held are granted, and asking for more is still a 200. */
    @Test
    @Order(6)
    void aGuestAskingPullAndPushGetsATokenForPullOnly() throws Exception {
        assertEquals(List.of("pull"), grantedActions("walkguest", "repository:walk/x:pull,push"));
        assertEquals(List.of("pull", "push"), grantedActions("walkdev", "repository:walk/x:pull,push"));
        assertEquals(List.of(), grantedActions("walker", "repository:walk/x:pull,push"));
    }

    /** distribution configured with Berth's realm, service, issuer and prepare's certificate. */
    @Test
    @Order(7)
    void aStockDistributionRegistryAcceptsBerthTokens() throws Exception {
        String config = Files.readString(suite.dataDir().resolve("config/registry/config.yml"));
        String auth = "auth:\n  token:\n    realm: \"" + yaml(config, "realm") + "\"\n    service: \"" + yaml(config, "service")
                + "\"\n    issuer: \"" + yaml(config, "issuer") + "\"\n    rootcertbundle: \"" + yaml(config, "rootcertbundle") + "\"\n";
        assertTrue(Files.isRegularFile(Path.of(yaml(config, "rootcertbundle"))), config);
        try (DistributionRegistry registry = DistributionRegistry.start(work.resolve("distribution"), auth)) {
            String target = "docker://" + registry.hostPort() + "/library/dist:1";
            Path digest = work.resolve("dist.digest");
            Cli.Run pushed = cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", ADMIN_CREDS, "--digestfile",
                    digest.toString(), "oci:" + image.dir() + ":v1", target);
            assertTrue(pushed.ok(), pushed + "\n" + registry.log());
            assertEquals(manifest.digest(), Files.readString(digest).strip());
            Path out = Files.createTempDirectory(work, "dist-out");
            assertOk(cli.skopeo("copy", "--src-tls-verify=false", "--src-creds", ADMIN_CREDS, target, "dir:" + out));
            assertEquals(manifest.digest(), Sha256.of(out.resolve("manifest.json")));
            for (String layer : image.lastLayers()) {
                assertEquals(layer, Sha256.of(out.resolve(layer.substring("sha256:".length()))));
            }
            // library is public: a non-member's token opens pulls, never pushes
            String walker = "walker:" + PASSWORD;
            assertOk(cli.skopeo("inspect", "--tls-verify=false", "--creds", walker, target));
            assertRefused(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", walker,
                    "oci:" + image.dir() + ":v1", "docker://" + registry.hostPort() + "/library/dist-denied:1"), DENIED);
            assertRefused(cli.skopeo("inspect", "--tls-verify=false", "--creds", ADMIN_CREDS,
                    "docker://" + registry.hostPort() + "/library/dist-denied:1"), NOT_FOUND);
        }
    }

    private List<String> grantedActions(String user, String scope) throws Exception {
        String jwt = api.token(HarborApi.basic(user, PASSWORD), scope);
        JsonNode claims = HarborApi.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        JsonNode access = claims.path("access");
        assertEquals(1, access.size(), claims.toString());
        assertEquals("walk/x", access.get(0).path("name").asText(), claims.toString());
        List<String> actions = new java.util.ArrayList<>();
        access.get(0).path("actions").forEach(a -> actions.add(a.asText()));
        return actions;
    }

    /** A value of Berth's generated registry config.yml (its keys are unique in the file), unquoted. */
    private static String yaml(String config, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + key + ":\\s*\"?([^\"\\s]+)\"?\\s*$").matcher(config);
        assertTrue(m.find(), key + " not in " + config);
        return m.group(1);
    }

    private HttpResponse<String> login(String user, String password) throws Exception {
        String form = "principal=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/c/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long userId(String user) throws Exception {
        JsonNode found = api.expect(200, "GET", USERS + "/search?username=" + user, ADMIN, null);
        for (JsonNode u : found) {
            if (user.equals(u.path("username").asText())) {
                return u.path("user_id").asLong();
            }
        }
        throw new AssertionError("no user " + user + ": " + found);
    }

    private static String passwordJson(String oldPassword, String newPassword) {
        return "{" + (oldPassword == null ? "" : "\"old_password\":\"" + oldPassword + "\",") + "\"new_password\":\""
                + newPassword + "\"}";
    }

    private static String memberJson(String user, int role) {
        return "{\"role_id\":" + role + ",\"member_user\":{\"username\":\"" + user + "\"}}";
    }

    private HttpResponse<String> register(String user, String password) throws Exception {
        return api.send("POST", USERS, null, userJson(user, password));
    }

    private void createUser(String user, String password) throws Exception {
        api.expect(201, "POST", USERS, ADMIN, userJson(user, password));
    }


    private static String userJson(String user, String password) {
        return "{\"username\":\"" + user + "\",\"email\":\"" + user + "@example.com\",\"realname\":\"" + user
                + "\",\"password\":\"" + password + "\",\"comment\":\"e2e\"}";
    }




}
