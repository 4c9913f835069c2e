package dev.propensity.generate;

/** How senior a contact is, derived from the job title. */
enum Seniority {
    C_LEVEL, VP, DIRECTOR, MANAGER, INDIVIDUAL, STUDENT
}
