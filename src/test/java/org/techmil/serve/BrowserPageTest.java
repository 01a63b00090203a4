package org.techmil.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.techmil.export.ExampleStore;
import org.techmil.store.Store;

/**
 * The browser page in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium): it loads with no
 * internet, a search for Microsoft draws the allegation edge that the examples hold, and clicking that edge on the
 * canvas shows the claim's quote. Leaves a screenshot in target/browser.png.
 */
class BrowserPageTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path profile;

    static Store store;
    static SparqlServer server;
    static ChromeDriver browser;
    static String quote;
    static String object;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "needs Debian's chromium and chromium-driver (listed in .ci/apt-packages.txt)");
        List<String[]> rows = ExampleStore.select("""
                SELECT ?quote ?object WHERE {
                  ?c a tm:Allegation ; tm:subject/rdfs:label "Microsoft" ; tm:object/rdfs:label ?object ;
                     tm:evidence/tm:quote ?quote }""",
                r -> new String[] {r.getLiteral("quote").getString(), r.getLiteral("object").getString()});
        assertFalse(rows.isEmpty(), "the examples hold an allegation against Microsoft, with a quote");
        quote = rows.get(0)[0];
        object = rows.get(0)[1];

        store = Store.open(ExampleStore.folder(), false);
        server = SparqlServer.start(store, "127.0.0.1", 0, 10_000);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=1400,860", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void searchingMicrosoftDrawsTheAllegationAndClickingItShowsTheQuote() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        JavascriptExecutor js = browser;
        browser.get(server.pageUri().toString());
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("return typeof cytoscape === 'function' && !!window.techmil")));

        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("Microsoft", Keys.ENTER);
        wait.until(d -> ((Number) js.executeScript("""
                const cy = window.techmil.cy;
                return cy ? cy.edges('[type = "Allegation"]').length : 0;""")).intValue() > 0);
        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.startsWith("Microsoft:"), status);

        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js.executeScript("""
                const cy = window.techmil.cy;
                const e = cy.edges('[type = "Allegation"]').filter(e => e.target().data('label') === arguments[0])[0];
                const m = e.renderedMidpoint();
                const box = document.getElementById('cy').getBoundingClientRect();
                return { x: m.x, y: m.y, w: box.width, h: box.height };""", object);
        assertTrue(at != null, "an Allegation edge from Microsoft to " + object + " is drawn");
        int dx = (int) Math.round(((Number) at.get("x")).doubleValue() - ((Number) at.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) at.get("y")).doubleValue() - ((Number) at.get("h")).doubleValue() / 2);
        new Actions(browser).moveToElement(browser.findElement(By.id("cy")), dx, dy).click().perform();

        wait.until(d -> d.findElement(By.id("details")).getText().contains(quote));
        String details = browser.findElement(By.id("details")).getText();
        assertTrue(details.startsWith("Allegation: Microsoft → " + object), details);
        assertTrue(details.contains("Claimant") && details.contains("Confidence") && details.contains("Source"), details);

        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target", "browser.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
