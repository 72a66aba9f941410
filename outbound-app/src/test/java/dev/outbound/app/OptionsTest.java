package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private static final Set<String> KNOWN = Set.of("--config", "--port");

    @Test
    void readsValuesWrittenWithASpaceOrAnEqualsSign() {
        Options options = Options.parse(List.of("--config", "a.properties", "--port=0"), KNOWN);

        assertThat(options.value("--config")).contains("a.properties");
        assertThat(options.value("--port")).contains("0");
    }

    @Test
    void anOptionNotGivenHasNoValue() {
        assertThat(Options.parse(List.of(), KNOWN).value("--port")).isEmpty();
    }

    @Test
    void anEqualsSignMayGiveAnEmptyValue() {
        assertThat(Options.parse(List.of("--config="), KNOWN).value("--config")).contains("");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> Options.parse(List.of("--verbose"), KNOWN))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option --verbose; known: --config, --port");
    }

    @Test
    void refusesAMissingValue() {
        assertThatThrownBy(() -> Options.parse(List.of("--port"), KNOWN))
                .isInstanceOf(UsageException.class)
                .hasMessage("option --port needs a value");
    }

    @Test
    void refusesAnOptionGivenTwice() {
        assertThatThrownBy(() -> Options.parse(List.of("--port", "1", "--port=2"), KNOWN))
                .isInstanceOf(UsageException.class)
                .hasMessage("option --port is given twice");
    }

    @Test
    void refusesAStrayArgument() {
        assertThatThrownBy(() -> Options.parse(List.of("8080"), KNOWN))
                .isInstanceOf(UsageException.class)
                .hasMessage("unexpected argument \"8080\"");
    }
}
