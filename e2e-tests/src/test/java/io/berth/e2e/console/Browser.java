package io.berth.e2e.console;

import io.berth.e2e.support.LocalSuite;
import io.berth.testsupport.files.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so
 * Selenium Manager never looks for (or downloads) a browser; a fresh profile per instance, no
 * background network, sync or component updates.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Generous: a loaded CI machine answers slowly, and a throttled sign-in waits on purpose. */
    static final Duration WAIT = Duration.ofSeconds(90);

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;

    Browser(String base, Path work) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("ConsoleIT needs Debian's chromium and chromium-driver: "
                    + "deploy/test installs them, or apt-get install chromium chromium-driver");
        }
        this.base = base;
        this.profile = Files.createTempDirectory(work, "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile, "--lang=en-US", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    WebElement find(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean present(String css) {
        return !all(css).isEmpty();
    }

    // Each acts on the element inside the wait, so one that goes stale under a navigation is
    // looked up again instead of failing the test.

    String text(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)).getText());
    }

    void type(String css, String text) {
        waitFor(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            e.clear();
            e.sendKeys(text);
            return true;
        });
    }

    void click(String css) {
        waitFor(d -> {
            WebElement e = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (e == null) {
                return null;
            }
            e.click();
            return true;
        });
    }

    /** Clicks a button whose form asks for confirmation, and accepts it. */
    void clickAndConfirm(WebElement button) {
        button.click();
        waitFor(ExpectedConditions.alertIsPresent()).accept();
    }

    /**
     * Waits for {@code condition}; an element found on the page being replaced goes stale
     * mid-check, which only means "not yet" (a form post navigates while the check runs).
     */
    <T> T waitFor(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Picks the console's language in the header and waits until the page answers in it. */
    void chooseLanguage(String lang) {
        click("form.lang button[value='" + lang + "']");
        waitFor(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")) ? true : null);
    }

    /** Reloads {@code path} until {@code css} shows up: content arriving from registry events. */
    WebElement reloadUntil(String path, String css) {
        return new WebDriverWait(driver, WAIT, Duration.ofSeconds(2)).until(d -> {
            open(path);
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    void signIn(String user, String password) {
        open("/");
        if (present("#sign-out")) {
            signOut();
        }
        type("#principal", user);
        type("#password", password);
        click("#sign-in");
        waitFor(d -> d.getCurrentUrl().contains("/projects") ? true : null);
    }

    void signOut() {
        click(".account summary");
        click("#sign-out");
        find("#principal");
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A PNG of the viewport. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** What a failing test leaves for a post-mortem: a screenshot and the page source. */
    void saveEvidence(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            screenshot(dir.resolve(name + ".png"));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("failed to save the browser's state for " + name + ": " + e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            Trees.delete(profile);
        }
    }

    static Path targetDir() {
        return LocalSuite.root().resolve("e2e-tests/target");
    }

}
