package dev.outbound.application;

import dev.outbound.domain.Require;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.result.OfferedCallResults;
import dev.outbound.port.in.UseCases;
import dev.outbound.port.out.InteractionStore;
import dev.outbound.port.out.OutboundBackend;
import java.time.Clock;

/**
 * The application core, assembled: every use case over one backend. This is the one public entry point of the
 * {@code application} package; a host on plain Java, Spring or Guice builds it the same way:
 *
 * <pre>{@code
 * OutboundBackend backend = ...;   // from a BackendProvider
 * try (OutboundApplication app = OutboundApplication.builder(backend).clock(clock).build()) {
 *     UseCases useCases = app.useCases();
 *     ...
 * }
 * }</pre>
 */
public final class OutboundApplication implements AutoCloseable {
    private final UseCases useCases;
    private final OutboundBackend.Registration registration;

    private OutboundApplication(Builder builder) {
        Interactions interactions = new Interactions(builder.store, new AgentLocks(), new AgentEventBus());
        RecordDelivery delivery = new RecordDelivery(interactions);
        OutboundBackend backend = builder.backend;
        PreviewService previews = new PreviewService(backend, interactions, delivery, builder.cancelScope,
                builder.clock);
        CallResultService callResults = new CallResultService(builder.offered, interactions);
        RecordDataService recordData = new RecordDataService(backend, interactions);
        DirectPushPreviewService pushes = new DirectPushPreviewService(backend);
        this.useCases = new UseCases(
                new CampaignService(backend),
                previews,
                previews,
                previews,
                previews,
                pushes,
                callResults,
                callResults,
                callResults,
                new DoNotCallService(interactions),
                new RescheduleService(interactions, builder.clock),
                recordData,
                recordData,
                new InteractionQueryService(interactions),
                new HangUpService(backend, interactions),
                new MarkDoneService(backend, interactions, builder.doNotCallScope, builder.clock),
                interactions.events());
        this.registration = backend.subscribe(new BackendEventHandler(interactions, delivery, pushes));
    }

    /** Starts building an application over {@code backend}. */
    public static Builder builder(OutboundBackend backend) {
        return new Builder(backend);
    }

    /** Every use case, for driving adapters. */
    public UseCases useCases() {
        return useCases;
    }

    /** Stops listening to the backend. The backend itself belongs to whoever created it and stays open. */
    @Override
    public void close() {
        registration.close();
    }

    /** Options of the application, each with the default WWE uses. */
    public static final class Builder {
        private final OutboundBackend backend;
        private Clock clock;
        private OfferedCallResults offered = OfferedCallResults.all();
        private ChainScope doNotCallScope = ChainScope.ALL_CHAIN;
        private ChainScope cancelScope = ChainScope.ALL_CHAIN;
        private InteractionStore store;

        private Builder(OutboundBackend backend) {
            this.backend = Require.present(backend, "backend");
        }

        /** The time source for rescheduling; required (the application never reads the wall clock itself). */
        public Builder clock(Clock clock) {
            this.clock = Require.present(clock, "clock");
            return this;
        }

        /** The call results agents may choose, in order (default: all, in the OCS table's order). */
        public Builder offeredCallResults(OfferedCallResults offered) {
            this.offered = Require.present(offered, "offered call results");
            return this;
        }

        /** What a Do Not Call mark finishes: the whole chain (default) or only the record. */
        public Builder doNotCallScope(ChainScope scope) {
            this.doNotCallScope = Require.present(scope, "Do Not Call scope");
            return this;
        }

        /** What cancelling a preview takes out of the campaign: the whole chain (default) or only the record. */
        public Builder cancelScope(ChainScope scope) {
            this.cancelScope = Require.present(scope, "cancel scope");
            return this;
        }

        /** Where interactions are kept (default: this process's memory). */
        public Builder interactionStore(InteractionStore store) {
            this.store = Require.present(store, "interaction store");
            return this;
        }

        /** The application; fails when no clock was given. */
        public OutboundApplication build() {
            if (clock == null) {
                throw new IllegalStateException("OutboundApplication needs a clock: call clock(Clock.systemUTC()) "
                        + "in production, a fixed or test clock in tests");
            }
            if (store == null) {
                store = new InMemoryInteractionStore();
            }
            return new OutboundApplication(this);
        }
    }
}
