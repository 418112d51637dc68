package io.berth.auth.account;

import static io.berth.auth.support.Api.USERS;
import static io.berth.auth.support.Api.as;
import static io.berth.auth.support.Api.asAdmin;
import static io.berth.auth.support.Api.createUser;
import static io.berth.auth.support.Api.from;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.berth.auth.support.AuthTestResources;
import io.berth.common.internal.InternalApi;
import io.berth.common.token.TokenClaims;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(AuthTestResources.class)
class UserResourceTest {

    @Test
    void adminExistsWithTheInitialPassword() {
        asAdmin().get(USERS + "/current").then().statusCode(200)
                .body("user_id", equalTo(1)).body("username", equalTo("admin"))
                .body("sysadmin_flag", equalTo(true));
        from("192.0.2.124").auth().preemptive().basic("admin", "wrong-Password1").get(USERS + "/current")
                .then().statusCode(401)
                .body("errors[0].code", equalTo("UNAUTHORIZED"));
        given().get(USERS + "/current").then().statusCode(401).body("errors[0].code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void adminCreatesUsersAndDuplicatesConflict() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "create-dave", "password", "Dave12345", "email", "dave@example.com",
                        "realname", "Dave", "comment", "hi"))
                .post(USERS)
                .then().statusCode(201).header("Location", startsWith("/api/v2.0/users/"));
        as("create-dave", "Dave12345").get(USERS + "/current").then().statusCode(200)
                .body("username", equalTo("create-dave")).body("email", equalTo("dave@example.com"))
                .body("realname", equalTo("Dave")).body("comment", equalTo("hi"))
                .body("sysadmin_flag", equalTo(false)).body("password", nullValue());
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "create-dave", "password", "Dave12345"))
                .post(USERS).then().statusCode(409).body("errors[0].code", equalTo("CONFLICT"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "create-dave2", "password", "Dave12345", "email", "dave@example.com"))
                .post(USERS).then().statusCode(409).body("errors[0].message", containsString("email"));
    }

    @Test
    void creationIsRefusedToOthersWhileSelfRegistrationIsOff() {
        createUser("create-erin", "Erin12345");
        given().contentType(ContentType.JSON).body(Map.of("username", "anon-x", "password", "Anon12345"))
                .post(USERS).then().statusCode(401).body("errors[0].code", equalTo("UNAUTHORIZED"));
        as("create-erin", "Erin12345").contentType(ContentType.JSON)
                .body(Map.of("username", "erin-x", "password", "Anon12345"))
                .post(USERS).then().statusCode(403).body("errors[0].code", equalTo("FORBIDDEN"));
    }

    @Test
    void passwordAndNameRulesAreEnforcedWithClearMessages() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "rules-a", "password", "short1A"))
                .post(USERS).then().statusCode(400).body("errors[0].code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("8 to 128"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "rules-a", "password", "nouppercase1"))
                .post(USERS).then().statusCode(400).body("errors[0].message", containsString("upper-case"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "rules#a", "password", "Harbor12345"))
                .post(USERS).then().statusCode(400).body("errors[0].message", containsString("must not contain"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("password", "Harbor12345"))
                .post(USERS).then().statusCode(400).body("errors[0].message", containsString("username"));
        asAdmin().contentType(ContentType.JSON).body("{not json")
                .post(USERS).then().statusCode(400).body("errors[0].code", equalTo("BAD_REQUEST"));
    }

    @Test
    void listsArePagedWithTotalAndLinks() {
        for (int i = 0; i < 3; i++) {
            createUser("page-u" + i, "Paged12345");
        }
        asAdmin().queryParam("q", "username=~page-u").queryParam("page_size", 2)
                .get(USERS).then().statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("page=2"))
                .body("$", hasSize(2)).body("username", everyItem(startsWith("page-u")));
        asAdmin().queryParam("q", "username=~page-u").queryParam("page_size", 2).queryParam("page", 2)
                .get(USERS).then().statusCode(200)
                .header("X-Total-Count", "3").header("Link", containsString("rel=\"prev\""))
                .body("$", hasSize(1)).body("[0].username", equalTo("page-u2"));
        asAdmin().queryParam("q", "username=page-u1").get(USERS).then().statusCode(200)
                .header("X-Total-Count", "1").body("[0].username", equalTo("page-u1"));
        asAdmin().queryParam("q", "username=~page-u").queryParam("sort", "-username")
                .get(USERS).then().statusCode(200).body("[0].username", equalTo("page-u2"));
        asAdmin().queryParam("page_size", 101).get(USERS).then().statusCode(400);
        asAdmin().queryParam("q", "color=red").get(USERS).then().statusCode(400);
        as("page-u0", "Paged12345").get(USERS).then().statusCode(403).body("errors[0].code", equalTo("FORBIDDEN"));
        as("page-u0", "Paged12345").queryParam("username", "page-u").get(USERS + "/search")
                .then().statusCode(200).header("X-Total-Count", "3").body("[0].user_id", equalTo(
                        asAdmin().queryParam("q", "username=page-u0").get(USERS).path("[0].user_id")));
        given().queryParam("username", "page-u").get(USERS + "/search").then().statusCode(401);
    }

    @Test
    void usersSeeThemselvesAndAdminSeesAll() {
        long fay = createUser("get-fay", "Fay12345a");
        long gus = createUser("get-gus", "Gus12345a");
        as("get-fay", "Fay12345a").get(USERS + "/" + fay).then().statusCode(200).body("username", equalTo("get-fay"));
        as("get-fay", "Fay12345a").get(USERS + "/" + gus).then().statusCode(403);
        asAdmin().get(USERS + "/" + gus).then().statusCode(200).body("username", equalTo("get-gus"));
        asAdmin().get(USERS + "/987654").then().statusCode(404).body("errors[0].code", equalTo("NOT_FOUND"));
        asAdmin().get(USERS + "/abc").then().statusCode(400);
    }

    @Test
    void profilesAreUpdatedByTheirOwnerOrAdmin() {
        long id = createUser("prof-hal", "Hal12345a");
        long other = createUser("prof-ivy", "Ivy12345a");
        as("prof-hal", "Hal12345a").contentType(ContentType.JSON)
                .body(Map.of("email", "hal@new.example.com", "realname", "Hal New", "comment", "c"))
                .put(USERS + "/" + id).then().statusCode(200);
        asAdmin().get(USERS + "/" + id).then().body("email", equalTo("hal@new.example.com"))
                .body("realname", equalTo("Hal New"));
        as("prof-hal", "Hal12345a").contentType(ContentType.JSON).body(Map.of("realname", "x"))
                .put(USERS + "/" + other).then().statusCode(403);
        as("prof-hal", "Hal12345a").contentType(ContentType.JSON).body(Map.of("email", "bad"))
                .put(USERS + "/" + id).then().statusCode(400);
    }

    @Test
    void passwordChangesNeedTheOldOneUnlessAdminChangesAnothers() {
        long id = createUser("pw-jan", "Jan12345a");
        as("pw-jan", "Jan12345a").contentType(ContentType.JSON)
                .body(Map.of("old_password", "Wrong1234", "new_password", "Jan54321a"))
                .put(USERS + "/" + id + "/password").then().statusCode(403);
        as("pw-jan", "Jan12345a").contentType(ContentType.JSON).body(Map.of("new_password", "Jan54321a"))
                .put(USERS + "/" + id + "/password").then().statusCode(400)
                .body("errors[0].message", containsString("old_password"));
        as("pw-jan", "Jan12345a").contentType(ContentType.JSON)
                .body(Map.of("old_password", "Jan12345a", "new_password", "weak"))
                .put(USERS + "/" + id + "/password").then().statusCode(400)
                .body("errors[0].message", containsString("8 to 128"));
        as("pw-jan", "Jan12345a").contentType(ContentType.JSON)
                .body(Map.of("old_password", "Jan12345a", "new_password", "Jan12345a"))
                .put(USERS + "/" + id + "/password").then().statusCode(400);
        as("pw-jan", "Jan12345a").contentType(ContentType.JSON)
                .body(Map.of("old_password", "Jan12345a", "new_password", "Jan54321a"))
                .put(USERS + "/" + id + "/password").then().statusCode(200);
        as("pw-jan", "Jan12345a").get(USERS + "/current").then().statusCode(401);
        as("pw-jan", "Jan54321a").get(USERS + "/current").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("new_password", "Reset12345"))
                .put(USERS + "/" + id + "/password").then().statusCode(200);
        as("pw-jan", "Reset12345").get(USERS + "/current").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("new_password", "Harbor99999"))
                .put(USERS + "/1/password").then().statusCode(400);
    }

    @Test
    void onlyAdminTogglesSysadminAndNeverForUserOne() {
        long id = createUser("adm-kim", "Kim12345a");
        as("adm-kim", "Kim12345a").contentType(ContentType.JSON).body(Map.of("sysadmin_flag", true))
                .put(USERS + "/" + id + "/sysadmin").then().statusCode(403);
        asAdmin().contentType(ContentType.JSON).body(Map.of("sysadmin_flag", true))
                .put(USERS + "/" + id + "/sysadmin").then().statusCode(200);
        as("adm-kim", "Kim12345a").get(USERS).then().statusCode(200);
        as("adm-kim", "Kim12345a").contentType(ContentType.JSON).body(Map.of("sysadmin_flag", false))
                .put(USERS + "/1/sysadmin").then().statusCode(403);
        asAdmin().contentType(ContentType.JSON).body(Map.of("sysadmin_flag", false))
                .put(USERS + "/" + id + "/sysadmin").then().statusCode(200);
        as("adm-kim", "Kim12345a").get(USERS).then().statusCode(403);
    }

    @Test
    void deletionFreesTheNameButNeverTouchesAdminOrSelf() {
        long id = createUser("del-leo", "Leo12345a");
        long otherAdmin = createUser("del-max", "Max12345a");
        asAdmin().contentType(ContentType.JSON).body(Map.of("sysadmin_flag", true))
                .put(USERS + "/" + otherAdmin + "/sysadmin").then().statusCode(200);
        as("del-leo", "Leo12345a").delete(USERS + "/" + otherAdmin).then().statusCode(403);
        asAdmin().delete(USERS + "/1").then().statusCode(403);
        as("del-max", "Max12345a").delete(USERS + "/1").then().statusCode(403);
        as("del-max", "Max12345a").delete(USERS + "/" + otherAdmin).then().statusCode(403);
        asAdmin().delete(USERS + "/" + id).then().statusCode(200);
        asAdmin().get(USERS + "/" + id).then().statusCode(404);
        asAdmin().delete(USERS + "/" + id).then().statusCode(404);
        as("del-leo", "Leo12345a").get(USERS + "/current").then().statusCode(401);
        String location = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "del-leo", "password", "Leo12345b", "email", "del-leo@example.com"))
                .post(USERS).then().statusCode(201).extract().header("Location");
        org.junit.jupiter.api.Assertions.assertFalse(location.endsWith("/" + id), "ids are never reused");
        as("del-leo", "Leo12345b").get(USERS + "/current").then().statusCode(200)
                .header("Content-Type", startsWith("application/json"));
        asAdmin().get(USERS + "/search?username=del-leo").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].username", endsWith("del-leo"));
    }

    /** Basic auth on this API is limited like every login: 429, Retry-After and Harbor's body. */
    @Test
    void basicAuthGuessesHoldBackTheGuesser() {
        createUser("lim-nia", "Nia12345a");
        for (int i = 1; i <= 4; i++) {
            basic("203.0.113.40", "lim-nia", "guess-" + i + "A").get(USERS + "/current").then().statusCode(401);
        }
        basic("203.0.113.40", "lim-nia", "Nia12345a").get(USERS + "/current").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("errors[0].code", equalTo("TOO_MANY_REQUEST"));
        basic("198.51.100.50", "lim-nia", "Nia12345a").get(USERS + "/current").then().statusCode(200);
    }

    /** Every way a password is checked counts in one limiter. */
    @Test
    void everyRouteCountsInOneLimiter() {
        createUser("lim-oto", "Oto12345a");
        String attacker = "203.0.113.41";
        basic(attacker, "lim-oto", "guess-1A").get(USERS + "/current").then().statusCode(401);
        from(attacker).contentType(ContentType.URLENC).formParam("principal", "lim-oto")
                .formParam("password", "guess-2A").post("/c/login").then().statusCode(401);
        basic(attacker, "lim-oto", "guess-3A").queryParam("service", "harbor-registry").get("/service/token")
                .then().statusCode(401);
        given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET).contentType(ContentType.JSON)
                .body(Map.of("username", "lim-oto", "password", "guess-4A", "clientAddress", attacker))
                .post(InternalApi.AUTHENTICATE).then().statusCode(401);
        basic(attacker, "lim-oto", "Oto12345a").get(USERS + "/current").then().statusCode(429);
        from(attacker).contentType(ContentType.URLENC).formParam("principal", "lim-oto")
                .formParam("password", "Oto12345a").post("/c/login").then().statusCode(429);
        basic(attacker, "lim-oto", "Oto12345a").queryParam("service", "harbor-registry").get("/service/token")
                .then().statusCode(429);
    }

    /** Confirming the old password is a password check too: a stolen session cannot guess it freely. */
    @Test
    void theOldPasswordOfAChangeIsLimitedLikeALogin() {
        long id = createUser("lim-pia", "Pia12345a");
        String attacker = "203.0.113.42";
        io.restassured.response.Response login = from(attacker).contentType(ContentType.URLENC)
                .formParam("principal", "lim-pia").formParam("password", "Pia12345a").post("/c/login");
        login.then().statusCode(200);
        String sid = login.cookie(TokenClaims.SESSION_COOKIE);
        String csrf = login.header(TokenClaims.CSRF_HEADER);
        for (int i = 1; i <= 5; i++) {
            int expected = i <= 4 ? 403 : 429;
            from(attacker).cookie(TokenClaims.SESSION_COOKIE, sid).header(TokenClaims.CSRF_HEADER, csrf)
                    .contentType(ContentType.JSON)
                    .body(Map.of("old_password", i <= 4 ? "guess-" + i + "A" : "Pia12345a", "new_password", "Pia54321a"))
                    .put(USERS + "/" + id + "/password").then().statusCode(expected);
        }
    }

    /**
     * A user name is one exact string: a trailing space, another case or a compatibility form is
     * another (unknown) name, on every route, never another spelling of an account.
     */
    @Test
    void userNamesCompareExactly() {
        createUser("gus-exact", "Gus12345a");
        for (String spelling : java.util.List.of("gus-exact ", " gus-exact", "GUS-EXACT", "Gus-exact", "ｇus-exact")) {
            basic("192.0.2.125", spelling, "Gus12345a").get(USERS + "/current").then().statusCode(401);
            from("192.0.2.125").contentType(ContentType.URLENC).formParam("principal", spelling)
                    .formParam("password", "Gus12345a").post("/c/login").then().statusCode(401);
            given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET)
                    .queryParam("username", spelling).get("/internal/v1/users").then().statusCode(404);
        }
        basic("192.0.2.125", "gus-exact", "Gus12345a").get(USERS + "/current").then().statusCode(200)
                .body("username", equalTo("gus-exact"));
        asAdmin().queryParam("q", "username=GUS-EXACT").get(USERS).then().statusCode(200)
                .header("X-Total-Count", "0");
        // names differing in case only stay one account's
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "Gus-Exact", "password", "Gus12345a"))
                .post(USERS).then().statusCode(409).body("errors[0].code", equalTo("CONFLICT"));
    }

    /**
     * A demoted admin's session is asked about as a non-admin at once (it stays signed in); a
     * password reset and a deletion end every session of the account; a password change ends
     * every session but the one it is made from. ui-service asks {@code /internal/v1/sessions}.
     */
    @Test
    void accountChangesHoldForLiveSessionsAtOnce() {
        long id = createUser("chg-rae", "Rae12345a");
        asAdmin().contentType(ContentType.JSON).body(Map.of("sysadmin_flag", true))
                .put(USERS + "/" + id + "/sysadmin").then().statusCode(200);
        Login admin = login("chg-rae", "Rae12345a");
        session(admin).then().statusCode(200).body("userId", equalTo((int) id)).body("sysadmin", equalTo(true));
        asAdmin().contentType(ContentType.JSON).body(Map.of("sysadmin_flag", false))
                .put(USERS + "/" + id + "/sysadmin").then().statusCode(200);
        session(admin).then().statusCode(200).body("username", equalTo("chg-rae")).body("sysadmin", equalTo(false));
        given().cookie(TokenClaims.SESSION_COOKIE, admin.sid).get(USERS + "/current").then().statusCode(200)
                .body("sysadmin_flag", equalTo(false));

        Login other = login("chg-rae", "Rae12345a");
        asAdmin().contentType(ContentType.JSON).body(Map.of("new_password", "Rae54321a"))
                .put(USERS + "/" + id + "/password").then().statusCode(200);
        assertEnded(admin);
        assertEnded(other);

        Login changing = login("chg-rae", "Rae54321a");
        Login elsewhere = login("chg-rae", "Rae54321a");
        as("chg-rae", "Rae54321a").get(USERS + "/current").then().statusCode(200);
        given().cookie(TokenClaims.SESSION_COOKIE, changing.sid).header(TokenClaims.CSRF_HEADER, changing.csrf)
                .contentType(ContentType.JSON).body(Map.of("old_password", "Rae54321a", "new_password", "Rae11111a"))
                .put(USERS + "/" + id + "/password").then().statusCode(200);
        assertEnded(elsewhere);
        session(changing).then().statusCode(200);
        // the Basic password just used is refused at once, though it was checked a moment ago
        as("chg-rae", "Rae54321a").get(USERS + "/current").then().statusCode(401);

        as("chg-rae", "Rae11111a").get(USERS + "/current").then().statusCode(200);
        as("chg-rae", "Rae11111a").queryParam("service", "harbor-registry").get("/service/token")
                .then().statusCode(200);
        asAdmin().delete(USERS + "/" + id).then().statusCode(200);
        assertEnded(changing);
        as("chg-rae", "Rae11111a").get(USERS + "/current").then().statusCode(401);
        as("chg-rae", "Rae11111a").queryParam("service", "harbor-registry").get("/service/token")
                .then().statusCode(401);
    }

    private record Login(String sid, String csrf, String jti) {
    }

    private static Login login(String user, String password) {
        io.restassured.response.Response r = from("192.0.2.126").contentType(ContentType.URLENC)
                .formParam("principal", user).formParam("password", password).post("/c/login");
        r.then().statusCode(200);
        String sid = r.cookie(TokenClaims.SESSION_COOKIE);
        try {
            return new Login(sid, r.header(TokenClaims.CSRF_HEADER),
                    com.nimbusds.jwt.SignedJWT.parse(sid).getJWTClaimsSet().getJWTID());
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** What ui-service is told about the session. */
    private static io.restassured.response.Response session(Login login) {
        return given().header(InternalApi.SECRET_HEADER, AuthTestResources.INTERNAL_SECRET)
                .get(InternalApi.SESSION.replace("{jti}", login.jti));
    }

    private static void assertEnded(Login login) {
        given().cookie(TokenClaims.SESSION_COOKIE, login.sid).get(USERS + "/current").then().statusCode(401);
        session(login).then().statusCode(404);
    }

    private static io.restassured.specification.RequestSpecification basic(String address, String user,
            String password) {
        return from(address).auth().preemptive().basic(user, password);
    }
}
