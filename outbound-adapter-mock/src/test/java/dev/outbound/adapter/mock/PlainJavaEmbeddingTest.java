package dev.outbound.adapter.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.application.OutboundApplication;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.field.FieldValue;
import dev.outbound.domain.interaction.InteractionState;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.in.CallPreviewRecordUseCase;
import dev.outbound.port.in.GetPreviewRecordUseCase;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.RecordFieldsUseCase;
import dev.outbound.port.in.SetCallResultUseCase;
import dev.outbound.port.in.UseCases;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * A host that wants no DI container embeds domain + ports + the mock backend in plain Java, and works a record
 * from pull to mark done. Guice is not even on this module's class path.
 */
class PlainJavaEmbeddingTest {
    static final AgentId AGENT = AgentId.of("embedded-agent");

    @Test
    void guiceIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("com.google.inject.Injector"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aHostWorksARecordCycleWithPlainJava() throws InterruptedException {
        BackendProvider provider = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("mock")).findFirst().orElseThrow();
        Settings settings = Settings.resolve("outbound.backend.mock.", provider.settings(),
                Map.of("dial-delay-ms", "0"));
        Clock clock = Clock.systemUTC();
        try (OutboundBackend backend = provider.create(settings, clock);
             OutboundApplication app = OutboundApplication.builder(backend).clock(clock).build()) {
            UseCases useCases = app.useCases();

            assertThat(useCases.getCampaigns().getCampaigns(AGENT)).extracting(c -> c.name())
                    .contains("Outbound Campaign Custom");
            OutboundInteraction preview = useCases.getPreviewRecord().getPreviewRecord(
                    new GetPreviewRecordUseCase.Command(AGENT, "Outbound Campaign Custom"));
            InteractionRef previewRef = new InteractionRef(AGENT, preview.id());
            assertThat(useCases.getChainedRecords().getChainedRecords(previewRef).handles())
                    .contains(preview.currentHandle());

            RecordHandle handle = preview.currentHandle();
            OutboundInteraction call = useCases.callPreviewRecord().callPreviewRecord(
                    new CallPreviewRecordUseCase.Command(previewRef, handle));
            InteractionRef callRef = new InteractionRef(AGENT, call.id());
            // The seed's update, on the call: made on the preview, its window (10:15 to 23:45 in Darwin) would
            // have to be open to dial, which depends on the time of day this test runs at.
            Map<String, FieldValue> seedUpdate = new LinkedHashMap<>();
            seedUpdate.put("GSW_FROM", FieldValue.of("10.15"));
            seedUpdate.put("GSW_UNTIL", FieldValue.of("23:45"));
            seedUpdate.put("GSW_PHONE_TYPE", FieldValue.of(9));
            seedUpdate.put("GSW_CUSTOM_STRING", FieldValue.of("Custom message"));
            useCases.recordFields().updateRecordFields(new RecordFieldsUseCase.UpdateCommand(callRef, seedUpdate));
            awaitState(useCases, callRef, InteractionState.ACTIVE, InteractionState.COMPLETED);
            if (useCases.interactions().getByInteractionId(callRef).state() == InteractionState.ACTIVE) {
                useCases.hangUp().hangUp(callRef);
            }
            useCases.setCallResult().setCallResult(new SetCallResultUseCase.Command(callRef, "33"));
            assertThat(useCases.getCallResult().getCallResult(callRef)).isEqualTo(CallResult.ANSWER);
            useCases.markDone().markDone(callRef);

            assertThat(useCases.interactions().getInteractions(AGENT)).isEmpty();
        }
    }

    private static void awaitState(UseCases useCases, InteractionRef ref, InteractionState... states)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!java.util.List.of(states).contains(useCases.interactions().getByInteractionId(ref).state())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the call never left " + useCases.interactions().getByInteractionId(ref)
                        .state());
            }
            Thread.sleep(5);
        }
    }
}
