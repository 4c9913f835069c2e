package dev.propensity.generate;

/** The contact's function, derived from the job title. */
enum Department {
    EXECUTIVE, MARKETING, SALES, ENGINEERING, OPERATIONS, FINANCE, PEOPLE, OTHER
}
