package dev.propensity.generate;

/**
 * What the export shows of who the lead is: the account's attributes as typed into the CRM (missing, misspelt,
 * or with a slipped digit) and the contact's title. {@code null} means the field was left empty.
 *
 * @param industry      a spelling of the account's industry
 * @param employees     head count as recorded, sometimes off by a factor of 1,000
 * @param annualRevenue revenue as recorded, sometimes entered in thousands
 * @param country       one of the country's export names
 * @param title         the contact's job title
 */
record FitRecord(String industry, Long employees, Double annualRevenue, String country, JobTitle title) {
}
