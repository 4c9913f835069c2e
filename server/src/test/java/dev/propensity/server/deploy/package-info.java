/** Tests of the deployment files under {@code deploy/}: Dockerfile and Kubernetes manifests. */
package dev.propensity.server.deploy;
