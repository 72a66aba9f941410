/** Call results: the OCS code table and the subset a desktop offers. */
package dev.outbound.domain.result;
