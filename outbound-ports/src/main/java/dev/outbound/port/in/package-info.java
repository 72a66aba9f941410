/**
 * Inbound ports: the use cases an agent's desktop drives. One interface per request, or per pair of requests that
 * undo each other or read and write the same thing (set and remove Do Not Call, reschedule and cancel it, read and
 * update fields, start and stop direct push). A request that carries more than the interaction it names takes a
 * command record that checks its own shape; the others take an {@link dev.outbound.port.in.InteractionRef} or the
 * agent's id.
 */
package dev.outbound.port.in;
