/** The agent on whose behalf requests act. */
package dev.outbound.domain.agent;
