/**
 * The adapter guide's example backend plug-in {@code audit}: a decorator that logs every backend request and passes
 * it to another backend, found by name like any provider.
 */
package dev.outbound.adapter.audit;
