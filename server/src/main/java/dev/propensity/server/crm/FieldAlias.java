package dev.propensity.server.crm;

/**
 * One CRM property name for a schema field, with the line of the aliases file it was written on.
 *
 * @param alias the CRM's name, such as {@code company_size}
 * @param field the schema's name, such as {@code employees}
 * @param line  the line number in the aliases file, from 1
 */
public record FieldAlias(String alias, String field, int line) {
}
