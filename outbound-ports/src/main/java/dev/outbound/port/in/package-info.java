/** Inbound ports: one use-case interface per request an agent's desktop sends, with its command record. */
package dev.outbound.port.in;
