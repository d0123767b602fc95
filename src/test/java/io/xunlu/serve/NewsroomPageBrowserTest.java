package io.xunlu.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.Xunlu;
import io.xunlu.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser: Debian's chromium driven headless by Selenium through Debian's
 * chromedriver (both named explicitly, so Selenium Manager never downloads anything). Skipped
 * where they are not installed; .ci/install-browser.sh installs them. Screenshots go to target/.
 */
final class NewsroomPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SEED = Path.of("corpus/seed/000_223edd5e131ed819.txt");
    private static final Path SCREENSHOTS = Path.of("target");

    private static TestServer server;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are not installed (.ci/install-browser.sh installs them)");
        server = new TestServer(XunluServer.start(Xunlu.standard(),
                TestServer.config(2, 16, ServeConfig.DEFAULT_MAX_BODY, 60_000)));
        profile = Files.createTempDirectory("xunlu-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile, "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void seedPageIsHighlightedAndRowsJumpToTheirText() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "the seed page is not in corpus/seed");
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        // What the engine finds today decides how strict the page checks are: amounts and counts
        // are asserted as soon as the engine carries them.
        JsonNode doc = server.post("/api/extract?published=2022-10-12", "text/plain", seed).json();
        boolean engineHasAmounts = anyItems(doc, "amounts");
        boolean engineHasCounts = anyItems(doc, "counts");

        browser.get(server.uri("/").toString());
        js("var t = document.getElementById('article-input'); t.value = arguments[0];"
                + "t.dispatchEvent(new Event('input', {bubbles: true}));"
                + "document.getElementById('published').value = '2022-10-12';", seed);
        browser.findElement(By.id("extract-button")).click();
        waitFor("highlights", "return document.querySelectorAll('mark.hl').length > 0");

        Map<String, String> byKey = highlightedTextByItem();
        String officialKey = keyWhere(byKey, "-officials-", "王晖");
        assertNotNull(officialKey, "王晖 is highlighted as an official: " + byKey);
        WebElement nameMark = browser.findElement(By.cssSelector("mark[data-keys~='" + officialKey + "'][data-field='officials']"));
        assertTrue(nameMark.getAttribute("title").contains("王晖"), "hovering shows the official: " + nameMark.getAttribute("title"));
        assertEquals(doc.path("articles").size(), browser.findElements(By.cssSelector("article.card")).size(), "one card per item");
        assertTrue(browser.findElement(By.cssSelector("#card-0 .headline")).getText().length() > 0);

        if (engineHasAmounts) assertAmountShown(byKey, "约80亿元", "\u22488000000000 CNY");
        if (engineHasCounts) assertCountShownWithParts(byKey, "666支");

        screenshot("newsroom-seed-top.png");
        WebElement row = browser.findElement(By.cssSelector("tr[data-key='" + officialKey + "']"));
        js("arguments[0].scrollIntoView({block: 'center'});", row);
        row.click();
        assertTrue(row.getAttribute("class").contains("selected"), "the clicked row is selected");
        waitFor("the flash on the clicked item",
                "return document.querySelectorAll(\"mark.flash[data-keys~='" + officialKey + "']\").length > 0");
        waitForInView(officialKey);
        screenshot("newsroom-seed-row-clicked.png");

        if (engineHasCounts) {
            String countKey = keyWhere(byKey, "-counts-", "666支");
            WebElement countRow = browser.findElement(By.cssSelector("tr[data-key='" + countKey + "']"));
            js("arguments[0].scrollIntoView({block: 'center'});", countRow);
            countRow.click();
            waitForInView(countKey);
            screenshot("newsroom-seed-count-clicked.png");
        }
        assertFalse(browser.findElement(By.id("download-button")).getAttribute("disabled") != null,
                "Download JSON is enabled once there is a result");
    }

    @Test
    void htmlInputIsShownAsItsExtractedText() {
        browser.get(server.uri("/").toString());
        String html = "<html><head><title>t</title></head><body><h1>市政府召开常务会议</h1>"
                + "<p>市委书记李明主持会议并讲话。</p></body></html>";
        js("document.getElementById('article-input').value = arguments[0];"
                + "document.getElementById('format').value = 'html';", html);
        browser.findElement(By.id("extract-button")).click();
        waitFor("the card", "return document.querySelectorAll('article.card').length > 0");
        String shown = browser.findElement(By.cssSelector("#card-0 .card-text")).getText();
        assertFalse(shown.contains("<p>") || shown.contains("<h1>"), "offsets point into source.text, not the markup: " + shown);
        assertTrue(shown.contains("主持会议"), shown);
    }

    @Test
    void anUploadedGb18030FileIsReadIntoTheTextBox() throws IOException {
        Path file = profile.resolveSibling(profile.getFileName() + "-upload.txt");
        Files.write(file, "市长李明主持召开常务会议。".getBytes(java.nio.charset.Charset.forName("GB18030")));
        try {
            browser.get(server.uri("/").toString());
            browser.findElement(By.id("file-input")).sendKeys(file.toAbsolutePath().toString());
            waitFor("the file to be read", "return document.getElementById('article-input').value.length > 0");
            assertEquals("市长李明主持召开常务会议。", js("return document.getElementById('article-input').value;"));
            assertEquals(file.getFileName().toString(), browser.findElement(By.id("file-name")).getText());
            browser.findElement(By.id("extract-button")).click();
            waitFor("the card", "return document.querySelectorAll('article.card').length > 0");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void everyFieldOfTheContractIsDrawnWithItsNormalizedValue() throws IOException {
        browser.get(server.uri("/").toString());
        waitFor("the page script", "return !!window.xunluPage");
        SyntheticDocument synthetic = SyntheticDocument.build();
        js("window.xunluPage.render(JSON.parse(arguments[0]), arguments[1]);", synthetic.json(), synthetic.text());
        for (String field : List.of("officials", "people", "organizations", "places", "projects", "amounts", "counts", "dates", "documents")) {
            assertFalse(browser.findElements(By.cssSelector("mark[data-field='" + field + "']")).isEmpty(), field + " is highlighted");
            assertFalse(browser.findElements(By.cssSelector(".field-section[data-field='" + field + "'] tr.item-row")).isEmpty(),
                    field + " has a table");
        }
        assertEquals("𠮷一鸣", js("return document.querySelector(\"mark[data-keys~='a0-officials-0']:not(.hl-title)\").textContent;"),
                "UTF-16 offsets after a supplementary-plane character");
        assertTrue(rowText("a0-amounts-0").contains("\u224812000000000 CNY"), rowText("a0-amounts-0"));
        assertTrue(rowText("a0-amounts-1").contains("\u226540 %"), rowText("a0-amounts-1"));
        assertTrue(rowText("a0-amounts-2").contains("300000000\u2013500000000 CNY"), rowText("a0-amounts-2"));
        assertTrue(rowText("a0-counts-0").contains("\u2713"), "consistent parts are ticked: " + rowText("a0-counts-0"));
        assertTrue(rowText("a0-dates-0").contains("2024-05-05"), rowText("a0-dates-0"));
        assertEquals(2, browser.findElements(By.cssSelector("article.card")).size());
        // the same checks the seed page gets once the engine reports amounts and counts
        Map<String, String> byKey = highlightedTextByItem();
        assertAmountShown(byKey, "约120亿元", "\u224812000000000 CNY");
        assertCountShownWithParts(byKey, "重点项目8个");
        js("document.getElementById('summary').scrollIntoView({block: 'start'});"
                + "document.querySelector(\".field-section[data-field='amounts']\").scrollIntoView({block: 'nearest'});");
        browser.findElement(By.cssSelector("tr[data-key='a0-counts-0']")).click();
        screenshot("newsroom-all-fields.png");
    }

    // ---------- helpers ----------

    /** The amount is highlighted and its row shows the normalized value. */
    private static void assertAmountShown(Map<String, String> byKey, String surface, String normalized) {
        String amountKey = keyWhere(byKey, "-amounts-", surface);
        assertNotNull(amountKey, surface + " is highlighted as an amount: " + byKey);
        assertTrue(rowText(amountKey).contains(normalized), rowText(amountKey));
    }

    /** The count is highlighted, its table lists its parts, and every part is highlighted too. */
    private static void assertCountShownWithParts(Map<String, String> byKey, String surface) {
        String countKey = keyWhere(byKey, "-counts-", surface);
        assertNotNull(countKey, "the " + surface + " count is highlighted: " + byKey);
        List<WebElement> parts = browser.findElements(By.cssSelector("tr[data-key^='" + countKey + "-p']"));
        assertFalse(parts.isEmpty(), "the count lists its parts");
        for (WebElement part : parts) {
            String partKey = part.getAttribute("data-key");
            assertFalse(browser.findElements(By.cssSelector("mark[data-keys~='" + partKey + "']")).isEmpty(),
                    "part " + partKey + " is highlighted");
        }
    }

    private static boolean anyItems(JsonNode doc, String field) {
        for (JsonNode a : doc.path("articles")) if (a.path(field).size() > 0) return true;
        return false;
    }

    /** For each item key, the text of its highlights in page order (pieces of one mention joined). */
    private static Map<String, String> highlightedTextByItem() throws IOException {
        Object raw = js("var out = {};"
                + "document.querySelectorAll('mark[data-keys]').forEach(function (m) {"
                + "  m.dataset.keys.split(' ').filter(Boolean).forEach(function (k) { out[k] = (out[k] || '') + m.textContent; });"
                + "});"
                + "return JSON.stringify(out);");
        Map<String, String> byKey = new LinkedHashMap<>();
        Json.MAPPER.readTree(String.valueOf(raw)).fields().forEachRemaining(e -> byKey.put(e.getKey(), e.getValue().asText()));
        return byKey;
    }

    private static String keyWhere(Map<String, String> byKey, String fieldPart, String text) {
        List<String> keys = new ArrayList<>();
        byKey.forEach((k, v) -> {
            if (k.contains(fieldPart) && !k.matches(".*-p\\d+$") && v.contains(text)) keys.add(k);
        });
        return keys.isEmpty() ? null : keys.get(0);
    }

    private static String rowText(String key) {
        return browser.findElement(By.cssSelector("tr[data-key='" + key + "']")).getText();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void waitFor(String what, String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage("waiting for " + what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(condition)));
    }

    /** Clicking a row scrolls smoothly; wait until the item's first highlight is on screen. */
    private static void waitForInView(String key) {
        waitFor("the highlight of " + key + " on screen",
                "var m = document.querySelector(\"mark[data-keys~='" + key + "']\");"
                        + "if (!m) return false; var r = m.getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= window.innerHeight;");
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
