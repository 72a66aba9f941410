/**
 * The fields of a calling-list record as an agent desktop sees them: {@code getRecordFields} and
 * {@code updateRecordFields} of the WWE Service Client API.
 *
 * <p>A {@link dev.outbound.domain.field.FieldCatalog} holds the configured {@link
 * dev.outbound.domain.field.FieldDefinition}s of one calling list (the four editable {@link
 * dev.outbound.domain.field.SystemFields} first). It describes a record as a list of {@link
 * dev.outbound.domain.field.Field}s, and checks an update all or nothing: either every named field gets a valid
 * new value, or a {@link dev.outbound.domain.field.FieldUpdateRejectedException} lists every {@link
 * dev.outbound.domain.field.FieldViolation} and nothing changes.
 */
package dev.outbound.domain.field;
