import type { Finding } from './finding.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { lookup } from './lookup.ts';
import { translate, type FieldIndex } from './translate.ts';
import type { Malform } from './types.ts';
import { DOCUMENT_KEYS, MALFORMER } from './vocabulary.ts';
import { parseYaml, type Located } from './yaml-tree.ts';

/** A file's frontmatter translated to internal keys, or the reason it could not be read. */
export interface ReadFrontmatter {
  malform: Malform;
  findings: Finding[];
  /** Present when the frontmatter could be read as a mapping. */
  data?: Record<string, unknown>;
  index: FieldIndex;
  /** The parsed YAML with positions, when it could be parsed. */
  tree?: Located;
  body: string;
  bodyLine: number;
}

const START = { line: 1, column: 1 };

/** The målform the document declares, if it declares a valid one. */
function declaredMalform(tree: Located): Malform | undefined {
  if (tree.kind !== 'map') return undefined;
  const entry = tree.entries.find((e) => lookup(DOCUMENT_KEYS, e.key)?.name === 'malform');
  return entry?.value.kind === 'scalar' ? lookup(MALFORMER, entry.value.value)?.name : undefined;
}

/**
 * Reads a source's frontmatter: splits it off, parses the YAML with
 * positions, learns the målform (for the messages) and translates the keys.
 * Never throws for bad content; every problem becomes a finding.
 */
export function readFrontmatter(text: string, defaultMalform: Malform): ReadFrontmatter {
  const split = splitFrontmatter(text);
  const empty = { malform: defaultMalform, index: new Map(), body: '', bodyLine: 1 };
  if (split.kind === 'empty') return { ...empty, findings: [{ ruleId: 'tom-fil', pos: START }] };
  if (split.kind === 'none')
    return { ...empty, findings: [{ ruleId: 'ingen-frontmatter', pos: START }] };
  if (split.kind === 'toml')
    return { ...empty, findings: [{ ruleId: 'frontmatter-toml', pos: START }] };
  if (split.kind === 'unclosed')
    return { ...empty, findings: [{ ruleId: 'frontmatter-open', pos: START }] };
  const { body, bodyLine } = split;
  const { tree, errors } = parseYaml(split.yaml, split.yamlLine);
  if (errors.length > 0) {
    const findings: Finding[] = errors.map((e) => ({
      ruleId: 'yaml-syntaks',
      pos: e.pos,
      args: { code: e.code },
    }));
    return { ...empty, body, bodyLine, findings };
  }
  const root: Located = tree ?? { kind: 'map', entries: [], pos: START };
  if (root.kind !== 'map') {
    const findings: Finding[] = [{ ruleId: 'frontmatter-form', pos: root.pos }];
    return { ...empty, body, bodyLine, tree: root, findings };
  }
  const malform = declaredMalform(root) ?? defaultMalform;
  const { data, index, findings } = translate(root, DOCUMENT_KEYS, malform);
  const out = { malform, findings, data: data as Record<string, unknown>, index, body, bodyLine };
  return { ...out, tree: root };
}
