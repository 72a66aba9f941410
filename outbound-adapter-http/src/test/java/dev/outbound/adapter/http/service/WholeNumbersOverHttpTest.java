package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.Envelopes.assertRefused;
import static dev.outbound.adapter.http.service.Envelopes.assertSuccess;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.SEED_CAMPAIGN;
import static dev.outbound.adapter.http.service.ServiceFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * JSON has one number type: where a whole number is expected (a record handle, a numeric call result), a number
 * whose value is whole is taken however it is written (283, 283.0, 2.83e2), and a real fraction is refused with a
 * message that shows it. Found by a reviewer: {@code 2.83e2} was refused as "must be a positive whole number such
 * as 283; was the number 283", and {@code 33e0} as "must be a number ... such as 33; was the number 33".
 */
class WholeNumbersOverHttpTest {
    ServiceFixture service;

    @BeforeEach
    void start() {
        service = new ServiceFixture();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"283", "283.0", "2.83e2", "2830e-1", "283.000"})
    void aRecordHandleIsTakenHoweverItsWholeValueIsWritten(String handle) {
        JsonNode preview = service.pullSeedHandle(AGENT1, 283);

        JsonNode call = assertSuccess(service.call(AGENT1, "outbound.callPreviewRecord", "[\"" + id(preview) + "\","
                + handle + "]"), "outbound.callPreviewRecord");

        assertThat(call.get("recordHandle").longValue()).isEqualTo(283);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"283.5", "2.835e2", "283.0000001"})
    void aRecordHandleWithAFractionIsRefusedShowingTheFraction(String handle) {
        JsonNode preview = service.pullSeedHandle(AGENT1, 283);

        String message = assertRefused(service.call(AGENT1, "outbound.callPreviewRecord", "[\"" + id(preview)
                + "\"," + handle + "]"), 400, "INVALID_PARAMETER");

        assertThat(message).contains("must be a positive whole number such as 283; was the number "
                + new java.math.BigDecimal(handle) + ", which is not a whole number");
        assertThat(message).doesNotContain("was the number 283;", "was the number 283,");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"33", "33.0", "33e0", "3.3e1", "\"33\""})
    void aCallResultIsTakenHoweverItsWholeValueIsWritten(String callResult) {
        String call = service.completedSeedCall(AGENT1, 283);

        assertSuccess(service.call(AGENT1, "outbound.setCallResult", "[\"" + call + "\"," + callResult + "]"),
                "outbound.setCallResult");

        assertThat(service.request(AGENT1, "outbound.getCallResult", call).data().intValue()).isEqualTo(33);
    }

    @Test
    void aCallResultWithAFractionIsRefusedShowingTheFraction() {
        String call = service.completedSeedCall(AGENT1, 283);

        String message = assertRefused(service.call(AGENT1, "outbound.setCallResult", "[\"" + call + "\",33.5]"),
                400, "INVALID_PARAMETER");

        assertThat(message).contains("was the number 33.5, which is not a whole number");
    }

    /** A whole number, but none of the codes: not a call result, said as the domain says it of 99. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e30", "9223372036854775808", "12345678901"})
    void aCallResultNumberFarOutsideTheCodesIsNotACallResult(String callResult) {
        String call = service.completedSeedCall(AGENT1, 283);

        String message = assertRefused(service.call(AGENT1, "outbound.setCallResult", "[\"" + call + "\","
                + callResult + "]"), 400, "INVALID_CALL_RESULT");

        assertThat(message).contains("is not a call result code").doesNotContain("must be a number");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "   ", "\t", "\n"})
    void anEmptyOrBlankCampaignNameIsAnInvalidParameterNamingIt(String campaign) {
        String message = assertRefused(service.request(AGENT1, "outbound.getPreviewRecord", campaign), 400,
                "INVALID_PARAMETER");

        assertThat(message).startsWith("outbound.getPreviewRecord parameter 1 (campaignName) must be");
    }

    @Test
    void theSeedCampaignIsStillPulledByItsName() {
        assertThat(service.pull(AGENT1, SEED_CAMPAIGN).get("campaignName").stringValue()).isEqualTo(SEED_CAMPAIGN);
    }
}
