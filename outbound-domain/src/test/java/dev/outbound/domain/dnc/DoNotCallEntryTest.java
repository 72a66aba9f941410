package dev.outbound.domain.dnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoNotCallEntryTest {

    @Test
    void anEntryNamesAPhoneACustomerOrBoth() {
        assertThat(DoNotCallEntry.ofPhone("+33647005").phone()).contains("+33647005");
        assertThat(DoNotCallEntry.ofCustomer("C-17").customerId()).contains("C-17");
        assertThat(new DoNotCallEntry(Optional.of("+1"), Optional.of("C-1")).customerId()).contains("C-1");
    }

    @Test
    void anEntryWithNeitherIsRefused() {
        assertThatThrownBy(() -> new DoNotCallEntry(Optional.empty(), Optional.empty()))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("needs a phone, a customer id, or both")
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }

    @Test
    void blankValuesAreRefused() {
        assertThatThrownBy(() -> DoNotCallEntry.ofPhone(" ")).hasMessageContaining("Do Not Call phone");
        assertThatThrownBy(() -> DoNotCallEntry.ofCustomer("")).hasMessageContaining("Do Not Call customer id");
    }
}
