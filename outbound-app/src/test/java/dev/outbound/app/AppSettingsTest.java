package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.result.OfferedCallResults;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

    @Test
    void defaultsAreTheMockBackendTheServiceEndpointEveryCallResultAndWholeChains() {
        AppSettings settings = AppSettings.read(Configuration.empty());

        assertThat(settings.backend()).isEqualTo("mock");
        assertThat(settings.endpoints()).containsExactly("service");
        assertThat(settings.callResults()).isEqualTo(OfferedCallResults.all());
        assertThat(settings.doNotCallScope()).isEqualTo(ChainScope.ALL_CHAIN);
        assertThat(settings.cancelScope()).isEqualTo(ChainScope.ALL_CHAIN);
    }

    @Test
    void readsEveryKey() {
        AppSettings settings = AppSettings.read(Configurations.of(
                "outbound.backend", "http",
                "outbound.endpoints", " service , backend-server ",
                "outbound.call-result-values", "ANSWER, BUSY",
                "outbound.do-not-call.scope", "RecordOnly",
                "outbound.cancel.scope", "RecordOnly"));

        assertThat(settings.backend()).isEqualTo("http");
        assertThat(settings.endpoints()).containsExactly("service", "backend-server");
        assertThat(settings.callResults().results()).containsExactly(CallResult.ANSWER, CallResult.BUSY);
        assertThat(settings.doNotCallScope()).isEqualTo(ChainScope.RECORD_ONLY);
        assertThat(settings.cancelScope()).isEqualTo(ChainScope.RECORD_ONLY);
    }

    @Test
    void anEmptyEndpointListStartsNoEndpoint() {
        assertThat(AppSettings.read(Configurations.of("outbound.endpoints", "")).endpoints()).isEmpty();
    }

    @Test
    void acceptsProviderSettingsForLaterChecking() {
        AppSettings settings = AppSettings.read(Configurations.of(
                "outbound.backend.mock.data", "x", "outbound.endpoint.service.port", "0"));

        assertThat(settings.backend()).isEqualTo("mock");
    }

    @Test
    void anUnknownKeyNamesItsOriginAndTheKnownKeys() {
        assertThatThrownBy(() -> AppSettings.read(Configurations.of("outbound.backnd", "mock")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("Unknown configuration key outbound.backnd (from the test)")
                .hasMessageContaining("Known keys: outbound.backend, outbound.call-result-values, "
                        + "outbound.cancel.scope, outbound.do-not-call.scope, outbound.endpoints")
                .hasMessageContaining("outbound.backend.<name>.<setting> and outbound.endpoint.<name>.<setting>");
    }

    @Test
    void aProviderNameWithoutASettingIsAnUnknownKey() {
        assertThatThrownBy(() -> AppSettings.read(Configurations.of("outbound.backend.mock", "x",
                "outbound.endpoint.service.", "y")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("Unknown configuration keys outbound.backend.mock (from the test), "
                        + "outbound.endpoint.service. (from the test)");
    }

    @Test
    void anInvalidScopeNamesTheKeyTheValueAndTheAllowedValues() {
        assertThatThrownBy(() -> AppSettings.read(Configurations.of("outbound.do-not-call.scope", "Chain")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("outbound.do-not-call.scope=\"Chain\" is invalid: "
                        + "expected one of AllChain, RecordOnly")
                .hasMessageContaining("Given: outbound.do-not-call.scope from the test");
    }

    @Test
    void anInvalidCancelScopeNamesTheKey() {
        assertThatThrownBy(() -> AppSettings.read(Configurations.of("outbound.cancel.scope", "allchain")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("outbound.cancel.scope=\"allchain\" is invalid: "
                        + "expected one of AllChain, RecordOnly");
    }

    @Test
    void anInvalidCallResultNamesTheEntryAndWhatIsAllowed() {
        assertThatThrownBy(() -> AppSettings.read(Configurations.of("outbound.call-result-values", "ANSWER,NOPE")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("outbound.call-result-values=\"ANSWER,NOPE\" is invalid")
                .hasMessageContaining("\"NOPE\"")
                .hasMessageContaining("expected all or call result names or codes separated by commas");
    }

    @Test
    void anEndpointNamedTwiceIsRefused() {
        assertThatThrownBy(() -> AppSettings.read(Configurations.of("outbound.endpoints", "service,service")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("outbound.endpoints=\"service,service\" is invalid: names \"service\" twice");
    }

    @Test
    void anEmptyNameInTheEndpointListIsRefused() {
        assertThatThrownBy(() -> AppSettings.read(Configurations.of("outbound.endpoints", "service,")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("outbound.endpoints=\"service,\" is invalid: expected provider names "
                        + "separated by commas, found an empty name");
    }

    @Test
    void aBlankBackendIsRefused() {
        assertThatThrownBy(() -> AppSettings.read(Configurations.of("outbound.backend", " ")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("outbound.backend=\" \" is invalid: expected the name of a backend provider");
    }

    @Test
    void everyInvalidValueIsListedAtOnce() {
        assertThatThrownBy(() -> AppSettings.read(Configurations.of(
                "outbound.do-not-call.scope", "x", "outbound.cancel.scope", "y")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("outbound.do-not-call.scope=\"x\"")
                .hasMessageContaining("outbound.cancel.scope=\"y\"");
    }

    @Test
    void theKnownKeysAreTheDocumentedOnes() {
        assertThat(AppKeys.names()).isEqualTo(List.of("outbound.backend", "outbound.call-result-values",
                "outbound.cancel.scope", "outbound.do-not-call.scope", "outbound.endpoints"));
    }
}
