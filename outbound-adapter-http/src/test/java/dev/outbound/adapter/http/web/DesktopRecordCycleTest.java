package dev.outbound.adapter.http.web;

import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.ServiceFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo desktop ({@code GET /}) in headless Chromium: an agent finishes a record by clicks alone. Along the way
 * it takes the screenshot of the docs ({@code target/demo-desktop.png}, or the path in {@code -Dweb.screenshot}).
 */
@TestMethodOrder(MethodOrderer.MethodName.class) // the full cycle first: the screenshot shows interaction #2
class DesktopRecordCycleTest {
    static ServiceFixture service;
    static Browser browser;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        service = new ServiceFixture(Map.of("dial-delay-ms", "300"), Map.of());
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
    }

    @Test
    void anAgentFinishesARecordByClicks() {
        browser.open(service.address() + "?token=" + AGENT1);
        browser.awaitText("#agent", "Alex Morgan");
        browser.awaitText("#stream-text", "live");

        browser.click("li[data-campaign='Outbound Campaign Custom'] button");
        browser.awaitText("#interaction-title", "PREVIEWING");
        browser.awaitVisible("#field-Custom_VarChar");
        assertThat(browser.findAll("#chain tr")).hasSize(2);

        // The server's validation shows next to the field it is about.
        WebElement greeting = browser.find("#field-Custom_String_with_default");
        greeting.clear();
        browser.click("#save-fields");
        browser.awaitText("#error-text", "FIELD_UPDATE_REJECTED");
        assertThat(browser.find("#error-Custom_String_with_default").getText()).contains("mandatory");
        greeting.sendKeys("Good morning");
        WebElement comment = browser.find("#field-Custom_VarChar");
        comment.sendKeys("Prefers calls after 9");
        browser.click("#save-fields");
        browser.awaitText("#notice", "Fields saved");
        assertThat(browser.find("#error").isDisplayed()).isFalse();

        browser.click("#chain tr:first-child button");
        browser.awaitText("#interaction-title", "ACTIVE");
        browser.awaitText("#chain tr.current", "+33647005");
        browser.awaitVisible("#field-Custom_VarChar");
        assertThat(browser.find("#field-Custom_VarChar").getAttribute("value")).isEqualTo("Prefers calls after 9");
        browser.screenshot(Path.of(System.getProperty("web.screenshot", "target/demo-desktop.png")));

        browser.click("#hang-up");
        browser.awaitText("#interaction-title", "COMPLETED");
        new Select(browser.find("#call-result")).selectByVisibleText("OK (0)");
        browser.click("#set-call-result");
        browser.awaitText("#notice", "Call result set");

        browser.click("#mark-done");
        browser.awaitVisible("#empty");
        browser.awaitVisible("#no-interactions");
        assertThat(browser.findAll("#interactions li")).isEmpty();
        assertThat(browser.find("#error").isDisplayed()).isFalse();
        assertThat(browser.find("#event-log").getText()).contains("removed");
        assertThat(service.call(AGENT1, "interaction.getInteractions").data()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void rejectCancelDoNotCallAndRescheduleWorkFromTheDesktop() {
        browser.open(service.address() + "?token=" + AGENT2);
        browser.awaitText("#agent", "Sam Rivera");

        pullFromPreviewSales();
        browser.click("#reject");
        browser.awaitText("#notice", "Record rejected");
        browser.awaitVisible("#empty");

        pullFromPreviewSales();
        browser.click("#cancel");
        browser.awaitText("#notice", "Record cancelled");
        browser.awaitVisible("#empty");

        pullFromPreviewSales();
        browser.click("#chain tr:first-child button");
        browser.await("the call to connect or fail", d -> {
            String title = browser.find("#interaction-title").getText();
            return title.contains("ACTIVE") || title.contains("COMPLETED");
        });

        browser.click("#dnc");
        browser.await("Do Not Call pending", d -> browser.find("#dnc").isSelected());
        browser.click("#set-call-result");
        browser.awaitText("#error-text", "DO_NOT_CALL"); // the seed: no call result while Do Not Call is set
        browser.click("#dnc");
        browser.await("Do Not Call removed", d -> !browser.find("#dnc").isSelected());

        assertThat(browser.find("#reschedule-hint").getText()).contains("your time (" + Browser.AGENT_TIME_ZONE);
        browser.click("#reschedule");
        browser.awaitText("#reschedule-pending", "personal callback at");
        browser.click("#cancel-reschedule");
        browser.await("the reschedule cancelled", d -> browser.find("#reschedule-pending").getText().isEmpty());

        if (browser.find("#interaction-title").getText().contains("ACTIVE")) {
            browser.click("#hang-up");
            browser.awaitText("#interaction-title", "COMPLETED");
        }
        browser.click("#mark-done");
        browser.awaitVisible("#empty");
        assertThat(browser.find("#error").isDisplayed()).isFalse();
        assertThat(service.call(AGENT2, "interaction.getInteractions").data()).isEmpty();
    }

    private static void pullFromPreviewSales() {
        browser.click("li[data-campaign='Preview Sales'] button");
        browser.awaitText("#interaction-title", "PREVIEWING");
        browser.awaitVisible("#chain tr");
    }
}
