package dev.propensity.generate;

/**
 * A company several leads can belong to, with its true attributes; what the export shows of them is decided
 * per lead (missing, misspelt, mistyped).
 *
 * @param id            A00001, A00002, ...
 * @param industry      what the company does
 * @param employees     true head count
 * @param annualRevenue true yearly revenue, in dollars
 * @param country       where it is based
 */
record Account(String id, Industry industry, long employees, double annualRevenue, Country country) {
}
