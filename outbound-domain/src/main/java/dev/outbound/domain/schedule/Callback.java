package dev.outbound.domain.schedule;

import dev.outbound.domain.Require;
import java.time.Instant;

/**
 * A callback a reschedule asks OCS for: the instant the record becomes due again and who gets it back.
 *
 * @param at   when the record is due, as an instant (the customer's local time has already been read in the
 *             record's zone)
 * @param type who gets the record back
 */
public record Callback(Instant at, CallbackType type) {

    public Callback {
        Require.present(at, "callback time");
        Require.present(type, "callback type");
    }
}
