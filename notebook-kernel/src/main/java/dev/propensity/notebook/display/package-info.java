/**
 * What a notebook cell shows besides text: HTML tables and PNG charts drawn offline with Java2D, and {@link
 * dev.propensity.notebook.display.Show} to display one in the middle of a cell. A cell's last expression is shown
 * through the same renderer.
 */
package dev.propensity.notebook.display;
