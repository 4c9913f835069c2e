// Validates the deployment files without Docker or a cluster (issue 14); run through deploy/validate.sh.
//   node validate.mjs MANIFEST_DIR DOCKERFILE
// 1. Every document in MANIFEST_DIR/*.yaml is checked against the JSON schema of its apiVersion and kind, generated
//    from the Kubernetes OpenAPI definitions (npm kubernetes-models): unknown kinds, wrong types, missing required
//    fields and bad enum values are errors.
// 2. The rules the replicas rely on: a Deployment's containers have a readinessProbe on GET /ready and a liveness
//    probe, run as non-root, take their keys from a Secret that exists here, and mount the registry from a
//    PersistentVolumeClaim that exists here with ReadWriteMany; a Service selects the Deployment's pods.
// 3. The Dockerfile parses and has no problems dockerfile-utils reports, its last stage is FROM a JRE image,
//    runs as a non-root USER, and has a HEALTHCHECK that asks /ready.
// Prints one line per problem and exits 1 if there is any.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { validate as lintDockerfile } from "dockerfile-utils";

const [manifestDir, dockerfile] = process.argv.slice(2);
const problems = [];
const objects = [];

for (const file of readdirSync(manifestDir).filter((f) => f.endsWith(".yaml")).sort()) {
  for (const doc of parseAllDocuments(readFileSync(join(manifestDir, file), "utf8"))) {
    if (doc.errors.length) {
      problems.push(`${file}: not YAML: ${doc.errors[0].message}`);
      continue;
    }
    const object = doc.toJS();
    if (object) objects.push({ file, object });
  }
}

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
  try {
    return (await import(path))[kind];
  } catch {
    return null;
  }
}

for (const { file, object } of objects) {
  const where = `${file}: ${object.kind ?? "?"} ${object.metadata?.name ?? "?"}`;
  const Model = object.apiVersion && object.kind ? await modelFor(object.apiVersion, object.kind) : null;
  if (!Model) {
    problems.push(`${where}: unknown apiVersion/kind ${object.apiVersion}/${object.kind}`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    problems.push(`${where}: ${e.message.split("\n")[0]}`);
  }
}

const byKind = (kind) => objects.filter(({ object }) => object.kind === kind).map(({ object }) => object);
const secrets = new Set(byKind("Secret").map((s) => s.metadata.name));
const claims = new Map(byKind("PersistentVolumeClaim").map((c) => [c.metadata.name, c]));
const deployments = byKind("Deployment");
if (deployments.length === 0) problems.push("no Deployment");
for (const deployment of deployments) {
  const name = `Deployment ${deployment.metadata?.name}`;
  const pod = deployment.spec?.template?.spec ?? {};
  const labels = deployment.spec?.template?.metadata?.labels ?? {};
  const volumes = new Map((pod.volumes ?? []).map((v) => [v.name, v]));
  for (const container of pod.containers ?? []) {
    const c = `${name} container ${container.name}`;
    if (container.readinessProbe?.httpGet?.path !== "/ready") problems.push(`${c}: readinessProbe must GET /ready`);
    if (!container.livenessProbe) problems.push(`${c}: no livenessProbe`);
    const nonRoot = container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
    if (nonRoot !== true) problems.push(`${c}: must run as non-root (runAsNonRoot: true)`);
    const fromSecrets = (container.envFrom ?? []).map((e) => e.secretRef?.name).filter(Boolean);
    if (fromSecrets.length === 0) problems.push(`${c}: keys must come from a Secret (envFrom.secretRef)`);
    for (const secret of fromSecrets) {
      if (!secrets.has(secret)) problems.push(`${c}: Secret ${secret} is not among the manifests`);
    }
    const models = (container.env ?? []).find((e) => e.name === "PROPENSITY_MODELS")?.value;
    const mount = (container.volumeMounts ?? []).find((m) => m.mountPath === models);
    const claim = mount && volumes.get(mount.name)?.persistentVolumeClaim?.claimName;
    if (!claim) problems.push(`${c}: PROPENSITY_MODELS (${models}) must be a mounted PersistentVolumeClaim`);
    else if (!claims.has(claim)) problems.push(`${c}: PersistentVolumeClaim ${claim} is not among the manifests`);
    else if (!(claims.get(claim).spec?.accessModes ?? []).includes("ReadWriteMany")) {
      problems.push(`${c}: the registry claim ${claim} must be ReadWriteMany, every replica mounts it`);
    }
  }
  const selected = byKind("Service").some((s) => Object.entries(s.spec?.selector ?? {}).length > 0
    && Object.entries(s.spec.selector).every(([k, v]) => labels[k] === v));
  if (!selected) problems.push(`${name}: no Service selects its pods`);
}

const dockerText = readFileSync(dockerfile, "utf8");
for (const d of lintDockerfile(dockerText)) {
  // severity 1 is an error, 2 a warning: both count, a Dockerfile with warnings is not clean.
  problems.push(`Dockerfile line ${d.range.start.line + 1}: ${d.message}`);
}
const lines = dockerText.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
const lastFrom = lines.map((l, i) => [l, i]).filter(([l]) => /^FROM\s/i.test(l)).pop();
if (!lastFrom || !/-jre\b|jre:/i.test(lastFrom[0])) problems.push("Dockerfile: the final stage must be FROM a JRE image");
const after = lastFrom ? lines.slice(lastFrom[1]) : [];
const user = after.filter((l) => /^USER\s/i.test(l)).pop();
if (!user || /^USER\s+(root|0)(:|\s|$)/i.test(user)) problems.push("Dockerfile: the final stage must switch to a non-root USER");
if (!after.some((l) => /^HEALTHCHECK\s/i.test(l) && l.includes("/ready"))) {
  const joined = dockerText.replace(/\\\n/g, " ");
  if (!/^HEALTHCHECK[^\n]*\/ready/m.test(joined)) problems.push("Dockerfile: no HEALTHCHECK on /ready");
}

for (const p of problems) console.log(p);
console.log(problems.length === 0
  ? `valid: ${objects.length} Kubernetes objects (${objects.map((o) => o.object.kind).join(", ")}) and ${dockerfile}`
  : `${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
