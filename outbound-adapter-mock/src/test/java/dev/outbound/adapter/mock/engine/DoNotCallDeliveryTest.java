package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_B;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.assertFails;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.chain;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.chainIds;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.data;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.handle;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.preview;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.record;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.dnc.DoNotCallEntry;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Do Not Call list: loaded with the data, grown by DoNotCall requests, checked before every delivery. */
class DoNotCallDeliveryTest {
    private static final String CAMPAIGN = "Do Not Call";

    @Nested
    class TheInitialList {
        private static final String LISTED_PHONE = "+15550000099";
        private static final String LISTED_CUSTOMER = "C-13";

        private SimulatorFixture simulator() {
            return new SimulatorFixture(data(List.of(preview(CAMPAIGN,
                            chain(record(1, 1, LISTED_PHONE)),
                            chain(with(record(2, 2, "+15550000200"), "GSW_CUSTOMER_ID", LISTED_CUSTOMER),
                                    with(record(3, 2, "+15550000201"), "GSW_CUSTOMER_ID", LISTED_CUSTOMER)),
                            chain(record(4, 3, LISTED_PHONE), record(5, 3, "+15550000301")),
                            chain(record(6, 4, "+15550000400")))),
                    List.of(DoNotCallEntry.ofPhone(LISTED_PHONE), DoNotCallEntry.ofCustomer(LISTED_CUSTOMER)),
                    List.of()));
        }

        @Test
        void aListedPhoneIsNeverDelivered() {
            try (SimulatorFixture sim = simulator()) {
                List<DeliveredRecord> first = sim.drain(AGENT_A, CAMPAIGN);
                sim.rejectAll(AGENT_A, first);
                sim.clock.advance(Duration.ofDays(1));
                List<DeliveredRecord> again = sim.drain(AGENT_B, CAMPAIGN);

                assertThat(first).noneMatch(d -> d.chain().delivered().phone().equals(LISTED_PHONE));
                assertThat(again).noneMatch(d -> d.chain().delivered().phone().equals(LISTED_PHONE));
                assertThat(chainIds(first)).doesNotContain(ChainId.of(1));
            }
        }

        @Test
        void aListedPhoneWrittenAnotherWayInTheCallingListIsNeverDelivered() {
            try (SimulatorFixture sim = new SimulatorFixture(data(List.of(preview(CAMPAIGN,
                            chain(record(1, 1, "+1 (555) 000-0099")),
                            chain(record(2, 2, "+15550000200")))),
                    List.of(DoNotCallEntry.ofPhone(LISTED_PHONE)), List.of()))) {
                assertThat(chainIds(sim.drain(AGENT_A, CAMPAIGN))).containsExactly(ChainId.of(2));
            }
        }

        @Test
        void aListedCustomerIdBlocksItsWholeChain() {
            try (SimulatorFixture sim = simulator()) {
                assertThat(chainIds(sim.drain(AGENT_A, CAMPAIGN))).doesNotContain(ChainId.of(2));
            }
        }

        @Test
        void aChainIsDeliveredThroughItsNumberThatIsNotListed() {
            try (SimulatorFixture sim = simulator()) {
                DeliveredRecord third = sim.drain(AGENT_A, CAMPAIGN).stream()
                        .filter(d -> d.chain().id().equals(ChainId.of(3))).findFirst().orElseThrow();

                assertThat(third.chain().delivered().handle()).isEqualTo(RecordHandle.of(5));
            }
        }

        @Test
        void unlistedChainsAreDeliveredAsUsual() {
            try (SimulatorFixture sim = simulator()) {
                assertThat(chainIds(sim.drain(AGENT_A, CAMPAIGN))).containsExactly(ChainId.of(3), ChainId.of(4));
            }
        }
    }

    @Nested
    class DoNotCallRequests {
        private static final RecordHandle HOME = RecordHandle.of(10);
        private static final RecordHandle MOBILE = RecordHandle.of(11);

        private SimulatorFixture simulator(Map<String, Object> home, Map<String, Object> mobile) {
            return new SimulatorFixture(data(preview(CAMPAIGN, chain(home, mobile))));
        }

        private SimulatorFixture simulator() {
            return simulator(record(10, 7, "+15550001000"), record(11, 7, "+15550001001"));
        }

        private void markAndProcess(SimulatorFixture sim, ChainScope scope) {
            DeliveredRecord delivered = sim.pull(AGENT_A, CAMPAIGN);
            assertThat(handle(delivered)).isEqualTo(HOME);
            sim.server.doNotCall(AGENT_A, HOME, scope);
            sim.server.recordProcessed(AGENT_A, HOME, CallResult.DO_NOT_CALL, Map.of());
        }

        @Test
        void recordOnlyFinishesTheMarkedRecordAndTheChainsOtherNumberIsDeliveredLater() {
            try (SimulatorFixture sim = simulator()) {
                markAndProcess(sim, ChainScope.RECORD_ONLY);

                DeliveredRecord again = sim.pull(AGENT_B, CAMPAIGN);

                assertThat(handle(again)).isEqualTo(MOBILE);
                assertThat(again.chain().find(HOME).orElseThrow().callResult()).isEqualTo(CallResult.DO_NOT_CALL);
            }
        }

        @Test
        void recordOnlyNeverDeliversTheMarkedRecordAgain() {
            try (SimulatorFixture sim = simulator()) {
                markAndProcess(sim, ChainScope.RECORD_ONLY);
                sim.server.recordReject(AGENT_B, handle(sim.pull(AGENT_B, CAMPAIGN)));

                List<DeliveredRecord> later = sim.drain(AGENT_A, CAMPAIGN);

                assertThat(later).extracting(SimulatorFixture::handle).containsExactly(MOBILE);
            }
        }

        @Test
        void allChainFinishesEveryRecordOfTheChain() {
            try (SimulatorFixture sim = simulator()) {
                markAndProcess(sim, ChainScope.ALL_CHAIN);

                assertFails(ErrorCode.NO_RECORDS_AVAILABLE, () -> sim.pull(AGENT_B, CAMPAIGN));
            }
        }

        @Test
        void aMarkedCustomerIdBlocksTheCustomersOtherChains() {
            try (SimulatorFixture sim = new SimulatorFixture(data(preview(CAMPAIGN,
                    chain(with(record(20, 20, "+15550002000"), "GSW_CUSTOMER_ID", "C-20")),
                    chain(with(record(21, 21, "+15550002100"), "GSW_CUSTOMER_ID", "C-20")),
                    chain(record(22, 22, "+15550002200")))))) {
                DeliveredRecord first = sim.pull(AGENT_A, CAMPAIGN);
                sim.server.doNotCall(AGENT_A, handle(first), ChainScope.ALL_CHAIN);
                sim.server.recordProcessed(AGENT_A, handle(first), CallResult.DO_NOT_CALL, Map.of());

                assertThat(chainIds(sim.drain(AGENT_B, CAMPAIGN))).containsExactly(ChainId.of(22));
            }
        }

        /**
         * RecordOnly finishes only the named record. When the records of the chain carry the customer's id, the
         * chain's other number must still be delivered: marking one number must not act as AllChain.
         */
        @Test
        void recordOnlyOnARecordWithACustomerIdStillDeliversTheChainsOtherNumber() {
            try (SimulatorFixture sim = simulator(
                    with(record(10, 7, "+15550001000"), "GSW_CUSTOMER_ID", "C-7"),
                    with(record(11, 7, "+15550001001"), "GSW_CUSTOMER_ID", "C-7"))) {
                markAndProcess(sim, ChainScope.RECORD_ONLY);

                assertThat(handle(sim.pull(AGENT_B, CAMPAIGN))).isEqualTo(MOBILE);
            }
        }

        @Test
        void doNotCallOnAnotherAgentsRecordIsRefusedAndListsNothing() {
            try (SimulatorFixture sim = simulator()) {
                sim.pull(AGENT_A, CAMPAIGN);

                assertFails(ErrorCode.RECORD_NOT_FOUND,
                        () -> sim.server.doNotCall(AGENT_B, HOME, ChainScope.ALL_CHAIN));
                sim.server.recordReject(AGENT_A, HOME);
                assertThat(handle(sim.pull(AGENT_B, CAMPAIGN))).isEqualTo(HOME);
            }
        }
    }
}
