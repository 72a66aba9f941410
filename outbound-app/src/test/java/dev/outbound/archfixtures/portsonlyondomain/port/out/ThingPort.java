package dev.outbound.archfixtures.portsonlyondomain.port.out;

import dev.outbound.archfixtures.portsonlyondomain.domain.Thing;
import java.util.Optional;

/**
 * ALLOWED (control): an out-port that uses only the domain and the JDK.
 */
public interface ThingPort {
    Optional<Thing> load(String id);
}
