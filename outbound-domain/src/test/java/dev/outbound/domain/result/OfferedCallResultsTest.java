package dev.outbound.domain.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class OfferedCallResultsTest {

    /** The seed's getListOfCallResults sample, in its order (without its trailing comma). */
    private static Map<String, Integer> seedTable() {
        Map<String, Integer> t = new LinkedHashMap<>();
        String[] names = {"OK", "GENERAL_ERROR", "SYSTEM_ERROR", "BUSY", "NO_ANSWER", "SIT_DETECTED",
            "ANSWERING_MACHINE", "ALL_TRUNKS_BUSY", "SIT_INVALID_NUM", "SIT_VACANT", "SIT_OPERINTERCEPT",
            "SIT_UNKNOWN", "SIT_NO_CIRCUIT", "SIT_REORDER", "FAXDETECTED", "ABANDONED", "DROPPED",
            "DROPPED_NO_ANSWER", "UNKNOWN", "SILENCE", "ANSWER", "NUTONE", "NO_DIAL_TONE", "NO_PROGRESS",
            "NO_RINGBACK", "NO_ESTABLISHED", "PAGER_DETECTED", "WRONG_PARTY", "DIAL_ERROR", "CALL_DROP_ERROR",
            "SWITCH_ERROR", "NO_FREE_PORT_ERROR", "TRANSFER_ERROR", "STALE", "AGENT_CALLBACK_ERROR",
            "GROUP_CALLBACK_ERROR", "DO_NOT_CALL", "CANCEL_RECORD", "WRONG_NUMBER"};
        int[] codes = {0, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 21, 26, 27, 28, 32, 33, 34, 35, 36, 37,
            38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 51, 52, 53};
        for (int i = 0; i < names.length; i++) {
            t.put(names[i], codes[i]);
        }
        return t;
    }

    @Test
    void allResultsAreTheSeedTableInItsOrder() {
        assertThat(OfferedCallResults.all().asNameToCode()).containsExactlyEntriesOf(seedTable());
    }

    @Test
    void configuredSubsetKeepsTheConfiguredOrder() {
        OfferedCallResults offered = OfferedCallResults.parseConfiguration("ANSWER, BUSY,7 ,WRONG_PARTY");

        assertThat(offered.results()).containsExactly(CallResult.ANSWER, CallResult.BUSY, CallResult.NO_ANSWER,
                CallResult.WRONG_PARTY);
        assertThat(offered.asNameToCode().keySet()).containsExactly("ANSWER", "BUSY", "NO_ANSWER", "WRONG_PARTY");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ANSWER,,BUSY", "ANSWER,NOPE", "ANSWER,99", "ANSWER,ANSWER", "'  '"})
    void badConfigurationIsRefused(String text) {
        assertThatThrownBy(() -> OfferedCallResults.parseConfiguration(text))
                .isInstanceOf(OutboundException.class)
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }

    @ParameterizedTest
    @CsvSource({"33, ANSWER", "6, BUSY", "' 7 ', NO_ANSWER", "0, OK", "0000000000000000000033, ANSWER"})
    void numericTextOfAnOfferedResultIsAccepted(String text, CallResult expected) {
        assertThat(OfferedCallResults.all().parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"BUSY", "''", "6.5", "1e3", "+6", "0x06", "six", "3 3", "-", "--5", "5-"})
    void textThatIsNotAWholeNumberIsInvalid(String text) {
        assertThatThrownBy(() -> OfferedCallResults.all().parse(text))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("must be a whole number in digits")
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_CALL_RESULT));
    }

    @ParameterizedTest
    @NullSource
    void missingResultIsInvalid(String text) {
        assertThatThrownBy(() -> OfferedCallResults.all().parse(text))
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_CALL_RESULT));
    }

    @ParameterizedTest
    @CsvSource({"99999999999999999999999", "-99999999999999999999999"})
    void aNumberWithMoreDigitsThanAnyCodeIsNoResultCode(String text) {
        assertThatThrownBy(() -> OfferedCallResults.all().parse(text))
                .hasMessageStartingWith("call result " + text + " is not a call result code; offered: OK 0, ")
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_CALL_RESULT));
    }

    @Test
    void numberThatIsNoResultCodeIsInvalid() {
        assertThatThrownBy(() -> OfferedCallResults.all().parse("99"))
                .hasMessageContaining("99 is not a call result code")
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_CALL_RESULT));
        assertThatThrownBy(() -> OfferedCallResults.all().parse(-1))
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_CALL_RESULT));
    }

    @Test
    void resultThatIsNotOfferedIsRefusedListingTheOffer() {
        OfferedCallResults offered = OfferedCallResults.of(List.of(CallResult.ANSWER, CallResult.BUSY));

        assertThatThrownBy(() -> offered.parse("7"))
                .hasMessageContaining("NO_ANSWER").hasMessageContaining("ANSWER 33, BUSY 6")
                .satisfies(e -> assertThat(((OutboundException) e).code())
                        .isEqualTo(ErrorCode.CALL_RESULT_NOT_OFFERED));
    }

    @Test
    void codesRoundTrip() {
        for (CallResult result : CallResult.values()) {
            assertThat(CallResult.ofCode(result.code())).isEqualTo(result);
        }
        assertThat(CallResult.find(Long.MAX_VALUE)).isEmpty();
    }
}
