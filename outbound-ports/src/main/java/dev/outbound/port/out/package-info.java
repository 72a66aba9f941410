/**
 * Outbound ports: what the application needs from a campaign backend, shaped after the Outbound Contact Server's
 * desktop-protocol requests, plus the store of interactions and the exceptions backends report.
 */
package dev.outbound.port.out;
