/** The agent-side outbound interaction: its states, pending changes, and what mark done sends. */
package dev.outbound.domain.interaction;
