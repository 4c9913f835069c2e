/**
 * A thin Jupyter kernel for Java: JJava's {@code jjava-jupyter} speaks the Jupyter protocol, the JDK's JShell
 * compiles and runs each cell in the kernel's own JVM, with the project's jar on its class path. {@link
 * dev.propensity.notebook.kernel.KernelMain} is what {@code kernel.json} starts; {@link
 * dev.propensity.notebook.kernel.PropensityKernel} turns cells into JShell snippets and their results into display
 * data.
 */
package dev.propensity.notebook.kernel;
