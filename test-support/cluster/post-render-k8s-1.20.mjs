#!/usr/bin/env node
// TEST-ONLY bridge between W&B's real charts and the test plane's Kubernetes 1.20 API server. Nothing in src/
// uses it; a real cluster (1.23 and newer) serves the API versions the charts render.
//
// A Helm post-renderer (`helm upgrade --install ... --post-renderer <this file>`): Helm writes the rendered
// manifests to stdin and applies what this prints. operator-wandb 0.43.8 renders three API versions that
// Kubernetes 1.20 does not serve yet; each is mapped to the beta version 1.20 serves with the same fields:
//   autoscaling/v2 (HorizontalPodAutoscaler, 1.23)  -> autoscaling/v2beta2
//   policy/v1 (PodDisruptionBudget, 1.21)           -> policy/v1beta1
//   batch/v1 CronJob (1.21; batch/v1 Job is served) -> batch/v1beta1
// Only a document's top-level `apiVersion:` line is touched; everything else passes through byte for byte.
// The two other adaptations (values that avoid a live `lookup` of autoscaling/v2, --disable-openapi-validation)
// are in test-support/cluster/real-charts.ts.
import { readFileSync } from 'node:fs';

const MAP = { 'autoscaling/v2': 'autoscaling/v2beta2', 'policy/v1': 'policy/v1beta1' };

function bridge(text) {
  return text
    .split(/^(?=---\s*$)/m)
    .map((doc) => {
      const isCronJob = /^kind:\s*CronJob\s*$/m.test(doc);
      return doc.replace(/^apiVersion:\s*(\S+)\s*$/m, (line, version) => {
        if (MAP[version]) return `apiVersion: ${MAP[version]}`;
        if (version === 'batch/v1' && isCronJob) return 'apiVersion: batch/v1beta1';
        return line;
      });
    })
    .join('');
}

process.stdout.write(bridge(readFileSync(0, 'utf8')));
