/** Outbound campaigns as agents see them: name, group, dialing mode and state. */
package dev.outbound.domain.campaign;
