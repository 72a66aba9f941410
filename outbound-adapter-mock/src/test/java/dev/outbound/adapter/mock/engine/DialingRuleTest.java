package dev.outbound.adapter.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.result.CallResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The last digit of the dialed number decides how a simulated call goes. */
class DialingRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +15550000007    | BUSY
            +15550000008    | NO_ANSWER
            +15550000009    | ANSWERING_MACHINE
            +15550000000    | ANSWER
            +15550000001    | ANSWER
            +15550000002    | ANSWER
            +15550000003    | ANSWER
            +15550000004    | ANSWER
            +15550000005    | ANSWER
            +15550000006    | ANSWER
            +33647005       | ANSWER
            7               | BUSY
            555-0178        | NO_ANSWER
            +15550000079    | ANSWERING_MACHINE
            '+1 555 0100 x7'| BUSY
            ''              | ANSWER
            """)
    void theLastDigitDecidesTheOutcome(String phone, CallResult outcome) {
        assertThat(DialingRule.outcome(phone)).isEqualTo(outcome);
    }
}
