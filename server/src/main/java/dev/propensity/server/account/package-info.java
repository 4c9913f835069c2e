/**
 * Accounts: the contacts of one company combined into an account score (noisy-OR over distinct people), the
 * contacts that drive it, and the buying roles (seniority, department) nobody engaged yet.
 */
package dev.propensity.server.account;
