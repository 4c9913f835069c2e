package dev.propensity.generate;

import java.time.LocalDate;

/**
 * Everything generated about one lead before its outcome: the hidden persona and the traces it left.
 *
 * @param id         L0000001, L0000002, ... in order of creation
 * @param created    the day the lead was created
 * @param account    the company, with its true attributes
 * @param persona    hidden; drives the rest
 * @param fit        the company and contact as recorded
 * @param intent     channel, form, product, call and demo
 * @param engagement activity counts and recency
 * @param survey     survey and qualification answers, {@code null} when the lead never answered
 * @param attitudes  the psychographic battery, {@code null} when the lead never answered
 */
record Lead(String id, LocalDate created, Account account, Persona persona, FitRecord fit, Intent intent,
            Engagement engagement, Survey survey, Attitudes attitudes) {
}
