import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionKey, actionStates } from '../../../src/lib/status/current.ts';
import { loadStatusUpdates } from '../../../src/lib/status/load.ts';
import { parseStatusFile } from '../../../src/lib/status/parse.ts';
import { documents, plan } from '../../fixtures/data/documents.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures/data');

describe('status update files', () => {
  it('reads nb/nn/ASCII keys, file-level document and date, both reference forms', async () => {
    const { updates, problems } = await loadStatusUpdates({
      root,
      defaultMalform: 'nb',
      documents,
    });
    expect(problems).toEqual([]);
    expect(updates.map((u) => [u.actionId, u.date, u.status, u.malform])).toEqual([
      ['sak-arkiv', '2021-10-15', 'pagar', 'nn'],
      ['minside', '2021-11-01', 'utsatt', 'nn'],
      ['sak-arkiv', '2022-03-01', 'fullfort', 'nn'],
    ]);
    expect(updates[0]).toMatchObject({
      docId: plan.id,
      sourcePath: 'content/statusoppdateringar/2021-haust.yaml',
      line: 5,
    });
  });

  it('reports every problem with file, line, field and a fix, in the file målform', async () => {
    const { updates, problems } = await loadStatusUpdates({
      root,
      contentDir: 'content-bad',
      defaultMalform: 'nn',
      documents,
    });
    expect(updates).toEqual([]);
    expect(
      problems.map((p) => `${p.file}:${p.line} ${p.field} [${p.ruleId}] ${p.message}`),
    ).toMatchSnapshot();
    expect(problems.every((p) => p.malform === 'nb')).toBe(true);
    expect(problems.find((p) => p.ruleId === 'oppdatering-tiltak-ukjent')?.fix).toBe(
      `${plan.id}#sak-arkiv`,
    );
    expect(problems.find((p) => p.ruleId === 'oppdatering-status-ugyldig')?.fix).toBe('fullført');
  });

  it('reports YAML syntax errors and a missing list in nynorsk by default', () => {
    const broken = parseStatusFile(
      'oppdateringar:\n  - tiltak: a\n   status: [',
      'content/statusoppdateringar/x.yaml',
      'nn',
    );
    expect(broken.problems[0]?.ruleId).toBe('oppdatering-yaml');
    const empty = parseStatusFile('dato: 2021-01-01\n', 'x.yaml', 'nn');
    expect(empty.problems.map((p) => p.message)).toEqual([
      '«oppdateringar» manglar. Skriv til dømes «oppdateringar: - tiltak: …».',
    ]);
  });

  it('drops updates of unpublished documents instead of reporting them', async () => {
    const { updates, problems } = await loadStatusUpdates({
      root,
      defaultMalform: 'nn',
      documents: documents.filter((d) => d.id !== plan.id),
      unpublished: (id) => id === plan.id,
    });
    expect([updates, problems]).toEqual([[], []]);
  });
});

describe('current status', () => {
  it('lets the newest update win and keeps the history, oldest first', async () => {
    const { updates } = await loadStatusUpdates({ root, defaultMalform: 'nb', documents });
    const states = actionStates(documents, updates);
    const sakArkiv = states.get(actionKey(plan.id, 'sak-arkiv'));
    expect(sakArkiv?.status).toBe('fullfort');
    expect(sakArkiv?.since).toBe('2022-03-01');
    expect(sakArkiv?.history.map((e) => [e.date, e.status, e.source])).toEqual([
      ['2021-01-15', 'planlagt', 'document'],
      ['2021-10-15', 'pagar', 'update'],
      ['2022-03-01', 'fullfort', 'update'],
    ]);
    expect(states.get(actionKey(plan.id, 'opplaering'))).toMatchObject({
      status: 'fullfort',
      since: '2021-01-15',
    });
  });
});
