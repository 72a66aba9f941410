package dev.outbound.archfixtures.everyclassinalayer.adapter;

/**
 * VIOLATION: in {@code adapter}, but in no named adapter.
 */
public abstract class AdapterBase {
}
