package dev.outbound.archfixtures.applicationdependencies.application;

import dev.outbound.archfixtures.applicationdependencies.domain.Thing;
import dev.outbound.archfixtures.applicationdependencies.port.in.GetThingUseCase;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ALLOWED (control): a use case using the domain, the ports, SLF4J and the JDK.
 */
public final class LoggingService implements GetThingUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingService.class);
    private final ConcurrentMap<String, Thing> things = new ConcurrentHashMap<>();

    @Override
    public Thing get(String id) {
        LOG.debug("get {}", id);
        return things.computeIfAbsent(id, Thing::new);
    }
}
