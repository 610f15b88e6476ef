/**
 * Which operator-wandb chart a W&B Server version needs, kept as data with where each fact comes from.
 * The logic that uses it is in src/upgrade/chart.ts.
 *
 * Two kinds of facts:
 * - `CHART_NEEDS`: W&B's own "upgrade the chart first" notes. A row applies to its `server` version and every
 *   later one (the note in 0.69.0 says "to upgrade to v0.69.x", and nothing later lowers the bar).
 * - `CHART_DEFAULT_APP_TAGS`: the W&B Server tag each chart version pins by default. In every chart measured it
 *   is `latest`, so a chart version by itself implies no server version: the release channel (or the CR)
 *   supplies the real tag. This is why the table above, and not the charts, decides.
 *
 * A new note is one more row here. Notes worded like the ones below in the release notes of the releases the
 * upgrade considers are also found at run time (src/upgrade/chart.ts, `chartNeedsFromNotes`), so a note W&B
 * publishes after this table was written is not missed; this table is what holds when the notes are not at
 * hand (releases-file, the built-in snapshot) and what says where each fact was read.
 */

export interface ChartNeed {
  /** The first W&B Server version that needs the chart (normalised, e.g. `0.69.0`). */
  server: string;
  /** The lowest operator-wandb chart version it works with. */
  chart: string;
  /** W&B's words, quoted in the upgrade pull request. */
  note: string;
  /** Where the note was read. */
  source: string;
}

export const CHART_NEEDS: readonly ChartNeed[] = [
  {
    server: '0.69.0',
    chart: '0.31.4',
    note: 'To upgrade to W&B v0.69.x, you must use v0.31.4+ of the `operator-wandb` Helm chart. Otherwise, after the upgrade, the `weave-cache-clear` container can fail to start.',
    source:
      'W&B Server v0.69.0 release notes, section "Upgrading" (wandb/docs `release-notes/server-releases.mdx`, commit 041bf281; https://docs.wandb.ai/release-notes/server-releases); also wandb-operator-facts.md sections 2.2 and 4.2',
  },
];

export interface ChartDefaultTag {
  /** operator-wandb chart version. */
  chart: string;
  /** `app.image.tag` in the chart's values.yaml (the wandb/local image, i.e. W&B Server). */
  appTag: string;
  /** `appVersion` in the chart's Chart.yaml. */
  appVersion: string;
  source: string;
}

export const CHART_DEFAULT_APP_TAGS: readonly ChartDefaultTag[] = [
  {
    chart: '0.40.7',
    appTag: 'latest',
    appVersion: '1.0.0',
    source:
      'operator-wandb-0.40.7.tgz (wandb/helm-charts tag operator-wandb-0.40.7): values.yaml `app.image` is wandb/local:latest (console, megabinary and weave images are `latest` too); Chart.yaml appVersion 1.0.0',
  },
  {
    chart: '0.43.8',
    appTag: 'latest',
    appVersion: '1.0.0',
    source:
      'operator-wandb-0.43.8.tgz (wandb/helm-charts tag operator-wandb-0.43.8): values.yaml `app.image` is wandb/local:latest (console, megabinary and weave images are `latest` too); Chart.yaml appVersion 1.0.0; wandb-operator-facts.md section 2.2: "component images default `tag: latest` (the deployer channel supplies real tags)"',
  },
];
