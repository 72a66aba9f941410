package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentNamesTest {

    @ParameterizedTest
    @CsvSource({
            "OUTBOUND_BACKEND, outbound.backend",
            "OUTBOUND_ENDPOINTS, outbound.endpoints",
            "OUTBOUND_CALL__RESULT__VALUES, outbound.call-result-values",
            "OUTBOUND_DO__NOT__CALL_SCOPE, outbound.do-not-call.scope",
            "OUTBOUND_BACKEND_MOCK_DATA, outbound.backend.mock.data",
            "OUTBOUND_BACKEND_MOCK_STALE__TIMEOUT__MS, outbound.backend.mock.stale-timeout-ms",
            "OUTBOUND_ENDPOINT_SERVICE_PORT, outbound.endpoint.service.port"})
    void mapsUpperSnakeCaseToDottedKeysWithDoubleUnderscoreForDash(String variable, String key) {
        assertThat(EnvironmentNames.keyOf(variable)).contains(key);
        assertThat(EnvironmentNames.variableOf(key)).isEqualTo(variable);
    }

    @ParameterizedTest
    @CsvSource({"PATH", "HOME", "OUTBOUNDX", "outbound_backend", "MY_OUTBOUND_BACKEND"})
    void ignoresVariablesNotStartingWithOutboundUnderscore(String variable) {
        assertThat(EnvironmentNames.keyOf(variable)).isEmpty();
    }

    @Test
    void everyApplicationKeyHasAVariableThatMapsBack() {
        for (String key : AppKeys.names()) {
            assertThat(EnvironmentNames.keyOf(EnvironmentNames.variableOf(key))).contains(key);
        }
    }
}
