/**
 * Time in the customer's world: the record's own time zone as OCS carries it, the calling window in which a record
 * may be dialed, and rescheduling a record for a callback at a date read on the customer's clock.
 *
 * <p>Everything here is pure: the current time is always passed in, never read from the system clock. The rules
 * (zone table, fallback to a fixed offset, daylight-saving gaps and overlaps, callback type spelling) are
 * described for users in {@code docs/time-zones.md}.
 */
package dev.outbound.domain.schedule;
