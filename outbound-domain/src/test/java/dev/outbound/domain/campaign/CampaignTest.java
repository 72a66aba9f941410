package dev.outbound.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignTest {
    @Test
    void campaignKeepsWhatGetCampaignsShows() {
        Campaign campaign = new Campaign("Outbound Campaign Custom", null,
                "Outbound Campaign Custom@Agent Group Outbound", DialingMode.PREVIEW, CampaignState.LOADED);

        assertThat(campaign.description()).isEmpty();
        assertThat(campaign.isStarted()).isFalse();
        assertThat(campaign.withState(CampaignState.STARTED).isStarted()).isTrue();
        assertThat(campaign.mode().wireName()).isEqualTo("Preview");
    }

    @Test
    void nameAndGroupAreRequired() {
        assertThatThrownBy(() -> new Campaign(" ", "", "g", DialingMode.PREVIEW, CampaignState.LOADED))
                .hasMessageContaining("campaign name");
        assertThatThrownBy(() -> new Campaign("c", "", "", DialingMode.PREVIEW, CampaignState.LOADED))
                .hasMessageContaining("campaign group name");
        assertThatThrownBy(() -> new Campaign("c", "", "g", null, CampaignState.LOADED))
                .hasMessageContaining("dialing mode");
    }

    @Test
    void wireNamesRoundTrip() {
        for (DialingMode mode : DialingMode.values()) {
            assertThat(DialingMode.fromWireName(mode.wireName())).isEqualTo(mode);
        }
        for (CampaignState state : CampaignState.values()) {
            assertThat(CampaignState.fromWireName(state.wireName())).isEqualTo(state);
        }
        assertThat(DialingMode.PREVIEW.isPulledByAgent()).isTrue();
        assertThat(DialingMode.DIRECT_PUSH_PREVIEW.isPushedToAgent()).isTrue();
        assertThat(DialingMode.PREDICTIVE.isPulledByAgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"preview", "Push Preview", "", "Power"})
    void unknownModesAreRefused(String name) {
        assertThatThrownBy(() -> DialingMode.fromWireName(name))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("Preview, PushPreview")
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }
}
