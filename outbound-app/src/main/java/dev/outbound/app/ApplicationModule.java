package dev.outbound.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.outbound.application.OutboundApplication;
import dev.outbound.port.in.UseCases;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.EndpointContext;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Provides the application core through its public factory, {@link OutboundApplication#builder}, and what driving
 * adapters are given: the {@link UseCases} and the {@link EndpointContext}.
 */
final class ApplicationModule extends AbstractModule {

    @Provides
    @Singleton
    OutboundApplication application(OutboundBackend backend, AppSettings settings, Clock clock) {
        return OutboundApplication.builder(backend)
                .clock(clock)
                .offeredCallResults(settings.callResults())
                .doNotCallScope(settings.doNotCallScope())
                .cancelScope(settings.cancelScope())
                .build();
    }

    @Provides
    @Singleton
    UseCases useCases(OutboundApplication application) {
        return application.useCases();
    }

    @Provides
    @Singleton
    EndpointContext endpointContext(UseCases useCases, OutboundBackend backend, Clock clock) {
        return new EndpointContext(useCases, backend, clock);
    }
}
