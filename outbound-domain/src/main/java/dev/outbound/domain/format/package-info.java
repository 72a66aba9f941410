/** The strict text forms of dates and times used by the desktop protocol. */
package dev.outbound.domain.format;
