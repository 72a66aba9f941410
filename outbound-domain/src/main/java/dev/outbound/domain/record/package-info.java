/** Calling-list records and chains, and their flat {@code GSW_*} key-value form. */
package dev.outbound.domain.record;
