package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FieldViolationTest {

    @Test
    void messagesNameTheFieldTheValueAndWhatWasExpected() {
        FieldViolation violation = FieldViolation.of(ErrorCode.INVALID_FIELD_VALUE, "GSW_FROM",
                FieldValue.text("25:00"), "is not a time of day", "HH:MM from 00:00 to 23:59");

        assertThat(violation.message())
                .isEqualTo("GSW_FROM: \"25:00\" is not a time of day; expected HH:MM from 00:00 to 23:59");
    }

    @Test
    void longValuesAreShortenedInMessages() {
        FieldViolation violation = FieldViolation.of(ErrorCode.FIELD_VALUE_TOO_LONG, "NOTE",
                FieldValue.text("x".repeat(10_000)), "is 10000 characters long", "at most 10 characters");

        assertThat(violation.message()).hasSizeLessThan(150).contains("xxx...");
    }

    @Test
    void anEmptyFieldNameIsShownQuoted() {
        assertThat(FieldViolation.of(ErrorCode.UNKNOWN_FIELD, "", FieldValue.number(1), "is unknown", "a name")
                .message()).startsWith("\"\": 1 is unknown");
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class, names = {"UNKNOWN_FIELD", "FIELD_NOT_EDITABLE", "WRONG_VALUE_TYPE",
        "INVALID_FIELD_VALUE", "FIELD_VALUE_TOO_LONG", "FIELD_OPTION_NOT_OFFERED", "MANDATORY_FIELD_EMPTY"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyFieldViolationCodesAreAllowed(ErrorCode code) {
        assertThatThrownBy(() -> new FieldViolation(code, "F", "message"))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }

    @Test
    void theRejectionSummarisesEveryViolationInOneSentence() {
        FieldUpdateRejectedException rejected = new FieldUpdateRejectedException(List.of(
                new FieldViolation(ErrorCode.UNKNOWN_FIELD, "GSW_FOO", "GSW_FOO: unknown"),
                new FieldViolation(ErrorCode.MANDATORY_FIELD_EMPTY, "GSW_PHONE", "GSW_PHONE: empty")));

        assertThat(rejected.code()).isEqualTo(ErrorCode.FIELD_UPDATE_REJECTED);
        assertThat(rejected.violations()).extracting(FieldViolation::field).containsExactly("GSW_FOO", "GSW_PHONE");
        assertThat(rejected).hasMessage("The field update was refused and nothing was changed (2 problems): "
                + "GSW_FOO: unknown | GSW_PHONE: empty");
    }

    @Test
    void aRejectionOfManyFieldsSpellsOutTheFirstTenAndCountsTheRest() {
        List<FieldViolation> violations = IntStream.range(0, 25)
                .mapToObj(i -> new FieldViolation(ErrorCode.UNKNOWN_FIELD, "F" + i, "F" + i + ": unknown"))
                .toList();

        FieldUpdateRejectedException rejected = new FieldUpdateRejectedException(violations);

        assertThat(rejected.violations()).hasSize(25);
        assertThat(rejected.getMessage()).contains("(25 problems)", "F9: unknown", "and 15 more")
                .doesNotContain("F10: unknown");
    }

    @Test
    void aRejectionNeedsAtLeastOneViolation() {
        assertThatThrownBy(() -> new FieldUpdateRejectedException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
