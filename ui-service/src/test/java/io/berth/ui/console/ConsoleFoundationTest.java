package io.berth.ui.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The console's frame: sign-in page, language, security headers, CSRF, error pages. */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class ConsoleFoundationTest {

    @Test
    void rootShowsTheSignInPageWithSecurityHeaders() {
        Api.anonymous().redirects().follow(false).get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Set-Cookie", containsString("berth_csrf="))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("action=\"/sign-in\""))
                .body(not(containsString("<script>")));
    }

    @Test
    void languageComesFromTheCookieElseAcceptLanguage() {
        Api.anonymous().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">")).body(containsString("登录"));
        Api.anonymous().header("Accept-Language", "zh-CN").cookie("berth_lang", "en").get("/").then()
                .body(containsString("<html lang=\"en\">")).body(containsString("Sign in"));
        Api.anonymous().header("Accept-Language", "de-DE").get("/").then().body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theLanguageSwitchNeedsTheFormTokenAndRemembersTheChoice() {
        Response page = Api.anonymous().get("/");
        String csrf = page.getCookie("berth_csrf");
        Api.anonymous().redirects().follow(false).cookie("berth_csrf", csrf)
                .formParam("lang", "zh-CN").formParam("back", "/projects")
                .post("/language").then().statusCode(403);
        Api.anonymous().redirects().follow(false).cookie("berth_csrf", csrf)
                .formParam("_csrf", csrf).formParam("lang", "zh-CN").formParam("back", "//evil.example/")
                .post("/language").then().statusCode(303)
                .header("Location", equalTo("http://localhost:" + port(page) + "/"))
                .header("Set-Cookie", containsString("berth_lang=zh-CN"));
    }

    @Test
    void signedInVisitorsGoToTheirProjectsAndFormsNeedTheSessionToken() {
        String sid = Api.session("alice", "tok-1", Instant.now().plusSeconds(600));
        Api.anonymous().redirects().follow(false).cookie("sid", sid).get("/").then().statusCode(303)
                .header("Location", containsString("/projects"));
        Api.anonymous().redirects().follow(false).cookie("sid", sid).formParam("_csrf", "wrong")
                .post("/sign-out").then().statusCode(403).body(containsString("expired"));
        Api.anonymous().redirects().follow(false).cookie("sid", sid).header("X-Harbor-CSRF-Token", "tok-1")
                .post("/sign-out").then().statusCode(303);
    }

    @Test
    void unknownConsolePathsAnswerAPageAndUnknownApiPathsKeepTheirJson() {
        Api.anonymous().header("Accept-Language", "zh-CN").get("/no/such/page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("页面不存在"));
        Api.anonymous().get("/api/v2.0/no-such-thing").then().statusCode(404)
                .contentType(containsString("json")).body("errors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void staticAssetsAreServed() {
        Api.anonymous().get("/static/console.css").then().statusCode(200).contentType(startsWith("text/css"));
        Api.anonymous().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200);
    }

    private static int port(Response r) {
        return io.restassured.RestAssured.port;
    }
}
