/** The outbound domain's shared parts: the exception family, its error codes, and construction guards. */
package dev.outbound.domain;
