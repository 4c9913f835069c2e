#!/usr/bin/env bash
# Validates deploy/k8s/*.yaml against the Kubernetes OpenAPI schemas and lints deploy/Dockerfile, where neither
# Docker nor a cluster can run (CI). The validators come from the npm registry (deploy/validate/package.json,
# versions pinned) and are installed into a work folder, not the repository.
#   deploy/validate.sh [MANIFEST_DIR] [DOCKERFILE]     (defaults: deploy/k8s deploy/Dockerfile)
# Environment: VALIDATE_WORK (default target/deploy-validate under the repository).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifests="${1:-$root/deploy/k8s}"
dockerfile="${2:-$root/deploy/Dockerfile}"
work="${VALIDATE_WORK:-$root/target/deploy-validate}"
command -v node >/dev/null && command -v npm >/dev/null || bash "$root/.ci/ensure-tools" nodejs npm
mkdir -p "$work"
cp "$root/deploy/validate/package.json" "$root/deploy/validate/validate.mjs" "$work/"
if [ ! -d "$work/node_modules/kubernetes-models" ] || [ "$root/deploy/validate/package.json" -nt "$work/node_modules" ]; then
  (cd "$work" && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>"$work/npm.log") \
    || { cat "$work/npm.log" >&2; echo "validate.sh: npm install failed" >&2; exit 2; }
fi
exec node "$work/validate.mjs" "$manifests" "$dockerfile"
