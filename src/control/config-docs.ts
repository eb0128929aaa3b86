// README.md's configuration tables, rendered from the schema. `npm run config:docs` writes
// them between the markers; `--check` (CI) and test/unit/config-docs.test.ts fail when the
// README differs from the rendering.
import { describeConfig, type ConfigEntry } from './config-schema';
import { CONFIG_GROUPS, type ConfigGroup } from './settings';

export const CONFIG_START = '<!-- config:start -->';
export const CONFIG_END = '<!-- config:end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** One Markdown table per plane (group), in schema order; `source` is the schema's file, named in the header. */
export function renderConfigTables(entries: readonly ConfigEntry[] = describeConfig(), source = 'src/control/config-schema.ts'): string {
  const lines = [`<!-- Generated from ${source} by \`npm run config:docs\`: edit the schema, not these tables. -->`];
  for (const group of Object.keys(CONFIG_GROUPS) as ConfigGroup[]) {
    const rows = entries.filter((e) => e.group === group);
    if (rows.length === 0) continue;
    lines.push('', `### ${CONFIG_GROUPS[group]}`, '', '| Variable | Default | Values | What it does |', '|---|---|---|---|');
    for (const e of rows) lines.push(`| \`${e.env}\` | ${cell(e.defaultText)} | ${cell(e.values)} | ${cell(e.description)} |`);
  }
  return lines.join('\n');
}

/** `readme` with the text between the markers (the proxy's by default) replaced by the rendered tables. */
export function withConfigTables(
  readme: string,
  tables: string = renderConfigTables(),
  markers: { start: string; end: string } = { start: CONFIG_START, end: CONFIG_END },
): string {
  const start = readme.indexOf(markers.start);
  const end = readme.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error(`README.md has no ${markers.start} ... ${markers.end} block for the configuration tables`);
  return `${readme.slice(0, start + markers.start.length)}\n${tables}\n${readme.slice(end)}`;
}
