package dev.outbound.port.spi;

import dev.outbound.domain.Require;
import dev.outbound.port.in.UseCases;
import dev.outbound.port.out.OutboundBackend;
import java.time.Clock;

/**
 * What a driving adapter is given to work with: the use cases (for agent-facing endpoints), the backend itself
 * (for an endpoint that exposes the backend to other processes), and the clock.
 */
public record EndpointContext(UseCases useCases, OutboundBackend backend, Clock clock) {
    public EndpointContext {
        Require.present(useCases, "use cases");
        Require.present(backend, "backend");
        Require.present(clock, "clock");
    }
}
