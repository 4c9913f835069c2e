/** Work run beside the caller's on the second core ({@link dev.propensity.concurrent.SideTask}); depends on nothing else of ours. */
package dev.propensity.concurrent;
