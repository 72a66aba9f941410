/**
 * The use cases, implemented: package-private services that load interactions, apply the domain's rules and talk
 * to the backend through the out-ports. {@link dev.outbound.application.OutboundApplication} is the only public
 * type: it assembles them over a backend.
 */
package dev.outbound.application;
