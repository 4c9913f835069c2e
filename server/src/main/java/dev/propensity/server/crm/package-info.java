/**
 * The CRM's spelling of things: its property names for the schema's fields ({@link FieldAliases}), its deal
 * stages for won and lost ({@link StageMap}), and the flat answer it writes back into lead properties
 * ({@link WriteBack}). Each is read or built once and checked where it is loaded, so that a mistake in a
 * mapping is reported naming its line or entry rather than found later in a request.
 */
package dev.propensity.server.crm;
