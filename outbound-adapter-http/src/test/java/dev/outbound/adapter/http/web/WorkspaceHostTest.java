package dev.outbound.adapter.http.web;

import static dev.outbound.adapter.http.service.ServiceFixture.AGENT2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.ServiceFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The host page ({@code GET /workspace.html?app=...}) in headless Chromium: a page written against the official
 * client's API, postMessage and all, runs in it unchanged when its origin is allowed, and gets no answer when not.
 */
class WorkspaceHostTest {
    static TestPages pages;
    static ServiceFixture service;
    static Browser browser;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        pages = new TestPages();
        service = new ServiceFixture(Map.of("dial-delay-ms", "300"),
                Map.of("allowed-origins", pages.allowedOrigin()));
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (service != null) {
            service.close();
        }
        if (pages != null) {
            pages.close();
        }
    }

    @Test
    void aPageOfAnAllowedOriginCompletesARecordCycleThroughPostMessage() {
        String app = pages.allowedOrigin() + "/record-cycle.html";
        openHost(app);
        assertThat(browser.find("#app-url").getText()).isEqualTo(app);
        browser.awaitText("#agent", "Sam Rivera (agent2)");
        assertThat(browser.find("#warning").isDisplayed()).isFalse();

        browser.driver().switchTo().frame("app");
        String result = browser.await("the page's cycle to end",
                d -> d.findElement(By.tagName("body")).getAttribute("data-result").equals("running") ? null
                        : d.findElement(By.tagName("body")).getAttribute("data-result"));
        String steps = browser.find("#steps").getText();
        assertThat(result).as(steps).isEqualTo("done");
        assertThat(steps).contains("agent Sam Rivera", "chain of 2 records", "refused with FIELD_UPDATE_REJECTED "
                + "on Custom_String_with_default", "event: call connected", "call result 0",
                "event: marked done and removed");
        browser.driver().switchTo().defaultContent();

        assertThat(browser.find("#relay-log").getText()).contains("outbound.callPreviewRecord → ok",
                "updateRecordFields → FIELD_UPDATE_REJECTED", "interaction updated #", "ACTIVE");
        assertThat(service.call(AGENT2, "interaction.getInteractions").data()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aPageOfAnotherOriginGetsNoAnswer() throws InterruptedException {
        openHost(pages.foreignOrigin() + "/record-cycle.html");
        browser.awaitText("#warning", "is not allowed");
        browser.awaitText("#relay-log", "origin " + pages.foreignOrigin() + " is not allowed");

        // Nor does a message from any window other than the frame, though from the host's own origin.
        browser.script("window.postMessage({request: 'agent.get', referenceId: 'x'}, '*')");
        browser.awaitText("#relay-log", "agent.get: not from the embedded page");

        Thread.sleep(500); // time enough for answers that should not come (the allowed page's cycle takes ~1 s)
        browser.driver().switchTo().frame("app");
        assertThat(browser.find("body").getAttribute("data-replies")).isEqualTo("0");
        assertThat(browser.find("body").getAttribute("data-result")).isEqualTo("running");
        browser.driver().switchTo().defaultContent();
        assertThat(browser.find("#relay-count").getText()).isEqualTo("0");
    }

    private static void openHost(String app) {
        browser.open(service.address() + "workspace.html?app=" + URLEncoder.encode(app, StandardCharsets.UTF_8)
                + "&token=" + AGENT2);
    }
}
