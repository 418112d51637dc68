package io.berth.e2e.console;

import static io.berth.e2e.support.Cli.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.berth.e2e.support.Cli;
import io.berth.e2e.support.DumpLogsOnFailure;
import io.berth.e2e.support.HarborApi;
import io.berth.e2e.support.LocalSuite;
import io.berth.testsupport.files.Trees;
import io.berth.testsupport.image.OciLayout;
import io.berth.testsupport.ldap.SlapdServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12's "done when" in a real browser (Debian's headless Chromium) against ONE suite
 * started with deploy/local, through the gateway: the admin's and a developer's walk through
 * projects, members, a pushed image, tags added and deleted in the console and seen by skopeo,
 * what a developer may not see, 简体中文, sign-up, LDAP "test connection" against a real slapd,
 * garbage collection; the XSS, CSRF and header checks; README screenshots. A failing step leaves
 * a screenshot and the page source under e2e-tests/target/console-failures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "Harbor12345";
    private static final String ADMIN_AUTH = HarborApi.basic(ADMIN, ADMIN_PASSWORD);
    private static final String DEV = "dev1";
    private static final String DEV_PASSWORD = "Dev1-Passw0rd";
    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final String PROJECT = "webapp";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalSuite suite;
    private SlapdServer slapd;
    private Path work;
    private Cli cli;
    private HarborApi api;
    private Browser browser;
    private OciLayout layout;
    private OciLayout.Blob image;
    private String host;

    @RegisterExtension
    final DumpLogsOnFailure dump = new DumpLogsOnFailure(() -> suite);

    @RegisterExtension
    final TestWatcher evidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.saveEvidence(Browser.targetDir().resolve("console-failures"),
                        context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    void up() throws Exception {
        work = Files.createTempDirectory("berth-console-it");
        cli = new Cli(work);
        layout = new OciLayout(work.resolve("layout"), 12);
        image = layout.image(2, 64 * 1024, "amd64");
        layout.tag(image, OciLayout.MANIFEST, "v1");
        slapd = SlapdServer.startWithSeed();
        suite = LocalSuite.start("console", Map.of());
        api = new HarborApi(suite.gatewayUrl());
        host = suite.gatewayUrl().substring("http://".length());
        browser = new Browser(suite.gatewayUrl(), work);
    }

    @AfterAll
    void down() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                if (suite != null) {
                    suite.close();
                }
            } finally {
                if (slapd != null) {
                    slapd.close();
                }
                if (cli != null) {
                    Trees.delete(cli.podmanStore());
                }
                Trees.delete(work);
            }
        }
    }

    @Test
    @Order(1)
    void consolePagesCarrySecurityHeadersAndRefuseAPostWithoutTheToken() throws Exception {
        HttpResponse<String> home = get("/", null);
        assertEquals(200, home.statusCode());
        String csp = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(home.body().contains("<script>"), "no inline script");

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/c/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("principal=admin&password=" + ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String sid = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sid="))
                .map(c -> c.substring(4, c.indexOf(';'))).findFirst().orElseThrow();
        String token = login.headers().firstValue("X-Harbor-CSRF-Token").orElseThrow();

        HttpResponse<String> forged = post("/projects", "sid=" + sid, null, "name=csrf-probe");
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(404, api.send("GET", "/api/v2.0/projects/csrf-probe", ADMIN_AUTH, null).statusCode());
        HttpResponse<String> wrong = post("/projects", "sid=" + sid, null, "_csrf=not-the-token&name=csrf-probe");
        assertEquals(403, wrong.statusCode());
        HttpResponse<String> real = post("/projects", "sid=" + sid, token, "name=csrf-probe");
        assertEquals(303, real.statusCode(), real.body());
        api.expect(200, "DELETE", "/api/v2.0/projects/csrf-probe", ADMIN_AUTH, null);
    }

    @Test
    @Order(2)
    void adminSignsInAfterAWrongPasswordAndCreatesAPrivateProject() {
        browser.open("/");
        browser.type("#principal", ADMIN);
        browser.type("#password", "not-" + ADMIN_PASSWORD);
        browser.click("#sign-in");
        assertTrue(browser.text("#signin-error").contains("Wrong user name or password"));
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        assertEquals(ADMIN, browser.text("#account-name"));
        assertTrue(browser.present("#nav-admin"));

        browser.click("#new-project summary");
        browser.type("#project-name", PROJECT);
        browser.click("#create-project");
        browser.waitFor(d -> browser.path().startsWith("/projects/" + PROJECT + "/repositories") ? true : null);
        assertEquals(PROJECT, browser.text("#project-title"));
        assertTrue(browser.text("#empty-state").contains("docker push " + host + "/" + PROJECT + "/REPOSITORY:TAG"),
                browser.text("#empty-state"));
        JsonNode p = apiGet("/api/v2.0/projects/" + PROJECT);
        assertEquals("false", p.path("metadata").path("public").asText(), p.toString());
    }

    @Test
    @Order(3)
    void adminCreatesUsersAndAddsADeveloperWhileHostileNamesStayText() throws Exception {
        createUser(DEV, DEV + "@example.com", "Dev One");
        createUser(XSS, "xss@example.com", XSS);
        WebElement row = browser.find("#user-table tr[data-user='" + XSS + "']");
        assertTrue(row.getText().contains(XSS), row.getText());
        assertNoInjectedMarkup("#user-table");

        addMember(DEV, "2");
        addMember(XSS, "3");
        assertEquals("2", selectedRole(DEV), "developer");
        assertEquals("3", selectedRole(XSS), "guest");
        assertTrue(browser.find("#member-table tr[data-member='" + XSS + "']").getText().contains(XSS));
        assertNoInjectedMarkup("#member-table");
        browser.open("/projects/" + PROJECT + "/logs");
        assertTrue(browser.text("#log-table").contains(XSS));
        assertNoInjectedMarkup("#log-table");
    }

    @Test
    @Order(4)
    void aPushedImageShowsItsRepositoryTagSizeAndDigest() throws Exception {
        assertOk(cli.skopeo("copy", "--dest-tls-verify=false", "--dest-creds", DEV + ":" + DEV_PASSWORD,
                "oci:" + layout.dir() + ":v1", "docker://" + host + "/" + PROJECT + "/app:1.0"));
        WebElement link = browser.reloadUntil("/projects/" + PROJECT + "/repositories",
                "#repository-table a[href$='/repositories/app']");
        assertEquals(PROJECT + "/app", link.getText());
        link.click();
        WebElement tag = browser.find("#artifact-table [data-tag='1.0']");
        WebElement artifact = browser.find("#artifact-table tr[data-digest='" + image.digest() + "']");
        assertTrue(artifact.getText().contains(image.digest().substring(0, "sha256:".length() + 12)),
                artifact.getText());
        long size = apiGet("/api/v2.0/projects/" + PROJECT + "/repositories/app/artifacts/1.0").path("size").asLong();
        assertTrue(artifact.getText().contains(readable(size)), artifact.getText() + " / " + size);
        WebElement copy = tag.findElement(org.openqa.selenium.By.cssSelector("button[data-copy]"));
        assertEquals("docker pull " + host + "/" + PROJECT + "/app:1.0", copy.getAttribute("data-copy"));
    }

    @Test
    @Order(5)
    void aTagAddedInTheConsoleIsPulledWithSkopeo() throws Exception {
        openRepository();
        browser.click("#artifact-table details.more summary");
        browser.type("#artifact-table details.more input[name='tag']", "stable");
        browser.click("#artifact-table details.more button[type='submit']");
        browser.find("#artifact-table [data-tag='stable']");
        Cli.Run inspect = cli.skopeo("inspect", "--tls-verify=false", "--creds", DEV + ":" + DEV_PASSWORD,
                "docker://" + host + "/" + PROJECT + "/app:stable");
        assertOk(inspect);
        assertTrue(inspect.output().contains(image.digest()), inspect.output());
    }

    @Test
    @Order(6)
    void aTagDeletedInTheConsoleIsGoneForSkopeo() throws Exception {
        openRepository();
        browser.clickAndConfirm(browser.find("#artifact-table [data-tag='stable'] form button"));
        browser.waitFor(d -> browser.present("#artifact-table [data-tag='stable']") ? null : true);
        assertTrue(browser.present("#artifact-table [data-tag='1.0']"));
        Cli.Run inspect = cli.skopeo("inspect", "--tls-verify=false", "--creds", DEV + ":" + DEV_PASSWORD,
                "docker://" + host + "/" + PROJECT + "/app:stable");
        assertFalse(inspect.ok(), inspect.toString());
        assertOk(cli.skopeo("inspect", "--tls-verify=false", "--creds", DEV + ":" + DEV_PASSWORD,
                "docker://" + host + "/" + PROJECT + "/app:1.0"));
    }

    @Test
    @Order(7)
    void aDeveloperSeesNoAdministrationNorDeleteButtonsAndIsRefusedAdminPages() {
        browser.signIn(DEV, DEV_PASSWORD);
        assertFalse(browser.present("#nav-admin"));
        openRepository();
        assertTrue(browser.present("#artifact-table details.more"), "developers may add tags");
        assertFalse(browser.present("#delete-repository"));
        assertFalse(browser.present("#artifact-table button.danger"));
        assertFalse(browser.present("#artifact-table .tag form"));
        browser.open("/projects/" + PROJECT + "/members");
        assertFalse(browser.present("#add-member"));
        assertFalse(browser.present("a[href$='/configuration']"));
        for (String admin : new String[] {"/admin/users", "/admin/configuration", "/admin/gc"}) {
            browser.open(admin);
            assertEquals("403", browser.text("main h1"));
            assertTrue(browser.text("#error-message").contains("not allowed"));
        }
    }

    @Test
    @Order(8)
    void inSimplifiedChineseTheProjectsPageAndItsValidationErrorsAreChinese() {
        browser.open("/projects");
        browser.chooseLanguage("zh-CN");
        assertEquals("项目", browser.text("main h1"));
        assertTrue(browser.text("nav.tabs").contains("我的项目"), browser.text("nav.tabs"));
        assertTrue(browser.text("nav.tabs").contains("公开项目"));
        assertTrue(browser.text("#new-project summary").contains("新建项目"));
        assertTrue(browser.text("#project-table").contains("项目名称"));
        browser.click("#new-project summary");
        browser.type("#project-name", "Bad Name");
        browser.click("#create-project");
        assertTrue(browser.text("#form-error").contains("项目名称只能包含小写字母和数字"), browser.text("#form-error"));
        browser.chooseLanguage("en");
    }

    @Test
    @Order(9)
    void ldapSettingsAreTestedAgainstARealSlapdAndSavedWithoutShowingThePassword() {
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/admin/configuration");
        browser.type("#cf-ldap-url", "ldap://127.0.0.1:" + closedPort());
        browser.type("#cf-ldap-search-dn", SlapdServer.ROOT_DN);
        browser.type("#cf-ldap-search-password", SlapdServer.ROOT_PASSWORD);
        browser.type("#cf-ldap-base-dn", SlapdServer.SUFFIX);
        browser.type("#cf-ldap-uid", "uid");
        browser.click("#test-ldap");
        browser.find("#ldap-test #test-result.error");
        browser.type("#cf-ldap-url", slapd.ldapUrl());
        browser.click("#test-ldap");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.cssSelector("#ldap-test #test-result.success")));
        browser.click("#save-configuration");
        browser.find("p.notice");
        assertEquals(slapd.ldapUrl(), browser.find("#cf-ldap-url").getAttribute("value"));
        assertEquals("", browser.find("#cf-ldap-search-password").getAttribute("value"));
        assertFalse(browser.driver().getPageSource().contains(SlapdServer.ROOT_PASSWORD));
    }

    @Test
    @Order(10)
    void garbageCollectionRunsFromTheConsoleAndAppearsInTheHistory() {
        browser.open("/admin/gc");
        browser.click("#gc-run");
        browser.find("p.notice");
        WebElement done = browser.find("#gc-table [data-status='Success'], #gc-table [data-status='Error']");
        assertEquals("Success", done.getAttribute("data-status"), browser.text("#gc-table"));
    }

    @Test
    @Order(11)
    void signUpIsOfferedWhileSelfRegistrationIsOnAndGoneWhenOff() {
        setSelfRegistration(true);
        browser.signOut();
        browser.click("#sign-up-link");
        // auth-service reuses the settings it read for a few seconds: try until it sees the change
        browser.waitFor(d -> {
            browser.open("/sign-up");
            browser.type("#su-username", "newbie");
            browser.type("#su-email", "newbie@example.com");
            browser.type("#su-realname", "New Bie");
            browser.type("#su-password", "Newbie-Passw0rd");
            browser.type("#su-confirm", "Newbie-Passw0rd");
            browser.click("#sign-up");
            return browser.path().contains("done_signed_up") ? true : null;
        });
        // the same name again: auth-service's refusal (common's AccountRefusal), in the console's words
        browser.open("/sign-up");
        browser.type("#su-username", "newbie");
        browser.type("#su-email", "other@example.com");
        browser.type("#su-password", "Newbie-Passw0rd");
        browser.type("#su-confirm", "Newbie-Passw0rd");
        browser.click("#sign-up");
        assertEquals("This user name is already taken.", browser.text("#form-error"));
        browser.signIn("newbie", "Newbie-Passw0rd");
        assertEquals("newbie", browser.text("#account-name"));

        browser.signIn(ADMIN, ADMIN_PASSWORD);
        setSelfRegistration(false);
        browser.signOut();
        assertFalse(browser.present("#sign-up-link"));
        browser.open("/sign-up");
        assertEquals("404", browser.text("main h1"));
    }

    @Test
    @Order(12)
    void readmeScreenshotsInEnglishAndChineseAndA360PixelLayout() throws Exception {
        Path out = Path.of(System.getProperty("berth.screenshots", Browser.targetDir().resolve("console-screenshots")
                .toString()));
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        for (String lang : new String[] {"en", "zh-CN"}) {
            browser.open("/projects");
            browser.chooseLanguage(lang);
            browser.resize(1280, 760);
            browser.open("/projects?view=all");
            browser.screenshot(out.resolve("console-projects-" + lang + ".png"));
            openRepository();
            browser.screenshot(out.resolve("console-repository-" + lang + ".png"));
        }
        browser.chooseLanguage("en");
        browser.resize(360, 740);
        openRepository();
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        browser.screenshot(Browser.targetDir().resolve("console-screenshots/console-repository-360.png"));
        assertEquals(0L, ((Number) overflow).longValue(), "the page scrolls sideways at 360 px");
        browser.resize(1280, 900);
    }

    private void openRepository() {
        browser.open("/projects/" + PROJECT + "/repositories/app");
        browser.find("#artifact-table");
    }

    private void createUser(String name, String email, String realname) {
        browser.open("/admin/users");
        browser.click("#new-user summary");
        browser.type("#nu-username", name);
        browser.type("#nu-email", email);
        browser.type("#nu-realname", realname);
        browser.type("#nu-password", DEV_PASSWORD);
        browser.type("#nu-confirm", DEV_PASSWORD);
        browser.click("#create-user");
        browser.find("p.notice");
    }

    private void addMember(String name, String role) {
        browser.open("/projects/" + PROJECT + "/members");
        browser.click("#add-member summary");
        browser.type("#member-name", name);
        new org.openqa.selenium.support.ui.Select(browser.find("#member-role")).selectByValue(role);
        browser.click("#add-member-submit");
        browser.find("p.notice");
    }

    private String selectedRole(String member) {
        WebElement select = browser.find("#member-table tr[data-member='" + member + "'] select");
        return new org.openqa.selenium.support.ui.Select(select).getFirstSelectedOption().getAttribute("value");
    }

    private void setSelfRegistration(boolean on) {
        browser.open("/admin/configuration");
        WebElement box = browser.find("#cf-self-registration");
        if (box.isSelected() != on) {
            box.click();
        }
        browser.click("#save-configuration");
        browser.find("p.notice");
        assertEquals(on, browser.find("#cf-self-registration").isSelected());
    }

    /** Hostile text is shown as text: no element was made of it and no script ran. */
    private void assertNoInjectedMarkup(String table) {
        assertTrue(browser.all(table + " img").isEmpty(), "an <img> was injected into " + table);
        assertNull(ExpectedConditions.alertIsPresent().apply(browser.driver()), "a script ran");
    }

    private JsonNode apiGet(String path) {
        try {
            return api.expect(200, "GET", path, ADMIN_AUTH, null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String token, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            b.header("X-Harbor-CSRF-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The console's size format (binary units, one decimal), to find the API's size on the page. */
    private static String readable(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int unit = 0;
        while (v >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[unit]);
    }

    private static int closedPort() {
        try {
            return LocalSuite.freePort();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
