/** The rule that decides whether a record may be dialed at an instant. */
package dev.outbound.domain.dialing;
