package dev.outbound.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackTypeTest {

    @Test
    void parsesTheTwoDocumentedValues() {
        assertThat(CallbackType.parse("CAMPAIGN")).isEqualTo(CallbackType.CAMPAIGN);
        assertThat(CallbackType.parse("PERSONAL")).isEqualTo(CallbackType.PERSONAL);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"campaign", "Personal", "personal", "CALLBACK", " PERSONAL", "PERSONAL ", "   ",
        "PERSONAL\n", "CAMPAIGN,PERSONAL"})
    void refusesAnythingElseNamingTheValueAndTheValidOnes(String text) {
        assertThatThrownBy(() -> CallbackType.parse(text))
                .isInstanceOfSatisfying(OutboundException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CALLBACK_TYPE);
                    assertThat(e.getMessage()).contains("CAMPAIGN", "PERSONAL",
                            text == null ? "null" : "\"" + text + "\"");
                });
    }

    @Test
    void aCallbackNeedsATimeAndAType() {
        Instant at = Instant.parse("2031-05-27T10:55:00Z");
        assertThat(new Callback(at, CallbackType.PERSONAL).at()).isEqualTo(at);
        assertThatThrownBy(() -> new Callback(null, CallbackType.PERSONAL))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
        assertThatThrownBy(() -> new Callback(at, null))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }
}
