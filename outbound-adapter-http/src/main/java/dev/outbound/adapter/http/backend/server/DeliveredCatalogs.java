package dev.outbound.adapter.http.backend.server;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.out.DeliveredRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The field catalogs of the chains this server delivered, by record handle. The backend port hands a record's
 * catalog over only with the record itself (a pull's reply, a pushed record), and both pass through this server,
 * so it keeps them while the agent holds the chain: UpdateCallCompletionStats and RecordProcessed can then refuse
 * a field the record's calling list does not have or does not let agents edit, as the agent-facing service does.
 * A chain is forgotten when it leaves its agent (rejected, cancelled, processed, withdrawn) and remembered again
 * when it is delivered again (a callback, say).
 *
 * <p>The port has no request for the catalog of a handle: for a record delivered some other way (not through this
 * server) no catalog is known, and its fields are left to the backend to judge.
 */
final class DeliveredCatalogs {
    /** One delivery: to whom, the catalog, and every handle of the chain. */
    record Delivery(AgentId agent, FieldCatalog catalog, List<RecordHandle> chain) {}

    private final Map<RecordHandle, Delivery> byHandle = new ConcurrentHashMap<>();

    /** Remembers the catalog of a delivered chain, for every record of the chain. */
    void remember(AgentId agent, DeliveredRecord record) {
        Delivery delivery = new Delivery(agent, record.fields(), record.chain().handles());
        delivery.chain().forEach(handle -> byHandle.put(handle, delivery));
    }

    /** The delivery of the chain {@code agent} holds with that handle, if this server delivered it. */
    Optional<Delivery> heldBy(AgentId agent, RecordHandle handle) {
        return Optional.ofNullable(byHandle.get(handle)).filter(delivery -> delivery.agent().equals(agent));
    }

    /** Forgets a delivery (its chain left the agent); a later delivery of the same chain is kept. */
    void forget(Delivery delivery) {
        delivery.chain().forEach(handle -> byHandle.remove(handle, delivery));
    }

    /** How many handles have a known catalog. */
    int size() {
        return byHandle.size();
    }
}
