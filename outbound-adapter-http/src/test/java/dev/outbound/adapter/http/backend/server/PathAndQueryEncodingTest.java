package dev.outbound.adapter.http.backend.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.http.backend.ErrorNumbers;
import dev.outbound.port.contract.ContractScenario;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths and query values are percent-encoded UTF-8 and are read strictly, as the protocol says: a {@code +} is a
 * plus sign, a broken escape or bytes that are not UTF-8 are the client's mistake (400, number 901, naming what
 * was wrong), a parameter given twice or one the request does not take is refused. A body that is not UTF-8 is
 * refused the same way. What Jetty refuses before the
 * protocol handler (a broken path) is answered in the protocol's JSON error form too, never with an HTML page or
 * a stack trace.
 */
class PathAndQueryEncodingTest {
    private ServerUnderTest stack;
    private long held;

    @BeforeEach
    void start() {
        stack = new ServerUnderTest(ContractScenario.standard());
        held = stack.pull("a+b", "setup");
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void aPlusInAQueryValueIsAPlusSign() {
        WireClient.Answer raw = stack.wire.get("/records/" + held + "?req=ChainedRecordRequest&GSW_AGENT_ID=a+b");
        WireClient.Answer encoded = stack.wire.get("/records/" + held
                + "?req=ChainedRecordRequest&GSW_AGENT_ID=a%2Bb");

        assertThat(raw.status()).as("acted for agent \"a+b\", who holds the record: %s", raw).isEqualTo(200);
        assertThat(raw.json().get("GSW_RECORDS").get(0).get("GSW_RECORD_HANDLE").longValue()).isEqualTo(held);
        assertThat(encoded.status()).isEqualTo(200);
        assertThat(stack.wire.get("/records/" + held + "?req=ChainedRecordRequest&GSW_AGENT_ID=a%20b").status())
                .as("\"a b\" is another agent").isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "GSW_AGENT_ID=%C3%28|GSW_AGENT_ID",
            "GSW_AGENT_ID=%ZZ|GSW_AGENT_ID",
            "GSW_AGENT_ID=a%|GSW_AGENT_ID",
            "GSW_AGENT_ID=a%2|GSW_AGENT_ID",
            "GSW_AGENT_ID=a&GSW_AGENT_ID=b|GSW_AGENT_ID is given twice",
            "GSW_AGENT_ID=a+b&sort=asc|query parameter sort"})
    void aBadQueryIsTheClientsMistakeAndNamesTheParameter(String query, String named) {
        WireClient.Answer answer = stack.wire.get("/records/" + held + "?req=ChainedRecordRequest&" + query);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.number()).isEqualTo(ErrorNumbers.MALFORMED_REQUEST);
        assertThat(answer.code()).isEqualTo("INVALID_VALUE");
        assertThat(answer.error()).contains(named);
    }

    @Test
    void aRequestNameGivenTwiceIsRefusedAndNothingIsDone() {
        WireClient.Answer answer = stack.wire.post("/records/" + held + "?req=RecordReject&req=RecordProcessed",
                ServerUnderTest.body("a+b", "twice", ""));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.number()).isEqualTo(ErrorNumbers.MALFORMED_REQUEST);
        assertThat(answer.error()).contains("req is given twice");
        assertThat(stack.wire.get("/records/" + held + "?req=ChainedRecordRequest&GSW_AGENT_ID=a%2Bb").status())
                .as("still held").isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "POST|/campaigns/Outbound%ZZ?req=PreviewRecordRequest",
            "GET|/agents/%C3%28/campaigns",
            "GET|/agents/%/campaigns",
            "GET|/agents/%C3%28/events"})
    void aPathJettyCannotReadGetsTheProtocolsErrorBody(String method, String target) {
        WireClient.Answer answer = stack.wire.send(method, target, method.equals("POST")
                ? ServerUnderTest.body("a+b", "jetty", "") : null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(answer.text()).doesNotContain("<html", "HTTP ERROR", "org.eclipse.jetty", "\tat ");
        assertThat(answer.number()).isEqualTo(ErrorNumbers.MALFORMED_REQUEST);
        assertThat(answer.code()).isEqualTo("INVALID_VALUE");
        assertThat(answer.error()).contains("percent-encoded UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no request line|GARBAGE\\r\\n\\r\\n|400",
            "another HTTP version|GET /agents/a/campaigns HTTP/9.9\\r\\nHost: x\\r\\n\\r\\n|505",
            "a header without a colon|GET /agents/a/campaigns HTTP/1.1\\r\\nHost: x\\r\\nBad Header\\r\\n\\r\\n|400"})
    void aRequestJettyCannotReadGetsTheProtocolsErrorBody(String what, String request, int status) {
        WireClient.Answer answer = stack.wire.raw(request.replace("\\r\\n", "\r\n"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(answer.number()).isEqualTo(ErrorNumbers.MALFORMED_REQUEST);
        assertThat(answer.code()).isEqualTo("INVALID_VALUE");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedRatherThanStoredWithReplacementCharacters() {
        byte[] prefix = "{\"GSW_AGENT_ID\":\"a+b\",\"GSW_REFERENCE_ID\":\"latin-1\",\"Custom_Note\":\"caf"
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xE9; // é in ISO-8859-1, not UTF-8
        body[prefix.length + 1] = '"';
        body[prefix.length + 2] = '}';

        WireClient.Answer answer = stack.wire.sendBytes("POST", "/records/" + held + "?req=UpdateCallCompletionStats",
                body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.number()).isEqualTo(ErrorNumbers.MALFORMED_REQUEST);
        assertThat(answer.error()).contains("not valid UTF-8");
        assertThat(stack.wire.get("/records/" + held + "?req=ChainedRecordRequest&GSW_AGENT_ID=a%2Bb").json()
                .get("GSW_RECORDS").get(0).get("Custom_Note").stringValue()).as("nothing stored")
                .doesNotContain("caf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/agents/%C3%28/campaigns", "/campaigns/Outbound%ZZ", "/records/%"})
    void aPathSegmentThatCannotBeDecodedIsAMalformedRequestNotAServerFailure(String rawPath) {
        assertThatThrownBy(() -> ResourcePath.parse(rawPath)).isInstanceOf(ProtocolFailure.class)
                .satisfies(failure -> assertThat(((ProtocolFailure) failure).status()).isEqualTo(400))
                .satisfies(failure -> assertThat(((ProtocolFailure) failure).number())
                        .isEqualTo(ErrorNumbers.MALFORMED_REQUEST))
                .hasMessageContaining(rawPath);
    }
}
