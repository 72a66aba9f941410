package dev.outbound.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.SeedSamples;
import dev.outbound.domain.result.CallResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainTest {
    private final Chain seedChain = Chain.fromFlat(SeedSamples.chain());

    @Test
    void deliveredRecordComesFirstAndPositionsFollowTheOrder() {
        assertThat(seedChain.id()).isEqualTo(ChainId.of(3));
        assertThat(seedChain.delivered().handle()).isEqualTo(RecordHandle.of(283));
        assertThat(seedChain.handles()).containsExactly(RecordHandle.of(283), RecordHandle.of(284));
        assertThat(seedChain.toFlat().get(0)).containsEntry(GswKeys.USER_EVENT, "PreviewRecord");
        assertThat(seedChain.toFlat().get(1)).containsEntry(GswKeys.USER_EVENT, "ChainedRecord");
    }

    @Test
    void handleOutsideTheChainIsRefused() {
        assertThatThrownBy(() -> seedChain.require(RecordHandle.of(999)))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("999").hasMessageContaining("283")
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.RECORD_NOT_IN_CHAIN));
    }

    @Test
    void replaceChangesOneRecordAndKeepsTheOriginal() {
        Chain changed = seedChain.replace(RecordHandle.of(284), r -> r.afterAttempt(CallResult.BUSY));

        assertThat(changed.require(RecordHandle.of(284)).attempts()).isEqualTo(1);
        assertThat(changed.require(RecordHandle.of(284)).callResult()).isEqualTo(CallResult.BUSY);
        assertThat(seedChain.require(RecordHandle.of(284)).attempts()).isZero();
    }

    @Test
    void chainsMustBeConsistent() {
        Map<String, Object> otherChain = new HashMap<>(SeedSamples.chainedRecord());
        otherChain.put("GSW_CHAIN_ID", 4L);

        assertThatThrownBy(() -> Chain.fromFlat(List.of(SeedSamples.deliveredRecord(), otherChain)))
                .hasMessageContaining("chain 4");
        assertThatThrownBy(() -> Chain.fromFlat(List.of(SeedSamples.deliveredRecord(), SeedSamples.deliveredRecord())))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> Chain.fromFlat(List.of()))
                .isInstanceOf(OutboundException.class).hasMessageContaining("at least one record");
    }
}
