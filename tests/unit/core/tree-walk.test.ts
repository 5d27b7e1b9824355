import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP as VISIT_SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { EXIT, SKIP, walk } from '../../../src/lib/core/tree-walk.ts';
import { parseBody } from '../../../src/lib/model/body.ts';

const markdown = [
  '# Plan',
  '',
  'Tekst med *vekt*, [lenkje](a.md) og `kode`.',
  '',
  '> Sitat med **feitt**',
  '>',
  '> - punkt ein',
  '> - punkt to',
  '',
  '| A | B |',
  '| - | - |',
  '| 1 | 2 |',
  '',
  '## Meir',
  '',
  '1. ein',
  '   1. inni',
].join('\n');

/** Each visit as type, index and parent type, to compare the two walks. */
function trace(
  run: (
    record: (node: { type: string }, index?: number, parent?: { type: string }) => void,
  ) => void,
): string[] {
  const seen: string[] = [];
  run((node, index, parent) => {
    seen.push(`${node.type}@${index}<${parent?.type ?? '-'}`);
  });
  return seen;
}

describe('walk', () => {
  it('visits the nodes in the order unist-util-visit does, with the same index and parent', () => {
    const tree: MdastRoot = parseBody(markdown);
    const ours = trace((record) =>
      walk(tree, null, (node, index, parent) => record(node, index, parent)),
    );
    const theirs = trace((record) =>
      visit(tree, (node, index, parent) => record(node, index, parent)),
    );
    expect(ours).toEqual(theirs);
    expect(ours.length).toBeGreaterThan(30);
    const headings = trace((record) => walk(tree, 'heading', (node) => record(node)));
    expect(headings).toEqual(['heading@undefined<-', 'heading@undefined<-']);
    // A number goes on at that index (after the node's children), as in visit.
    const jump = (node: { type: string }, index?: number) =>
      node.type === 'paragraph' && index === 1 ? 3 : undefined;
    const oursJump = trace((record) =>
      walk(tree, null, (node, index, parent) => (record(node, index, parent), jump(node, index))),
    );
    const theirsJump = trace((record) =>
      visit(tree, (node, index, parent) => (record(node, index, parent), jump(node, index))),
    );
    expect(oursJump).toEqual(theirsJump);
    expect(oursJump.length).toBeLessThan(ours.length);
  });

  it('leaves out the children after SKIP, as visit does', () => {
    const tree: MdastRoot = parseBody(markdown);
    const skipQuote = (node: { type: string }) => (node.type === 'blockquote' ? SKIP : undefined);
    const ours = trace((record) =>
      walk(tree, null, (node, index, parent) => (record(node, index, parent), skipQuote(node))),
    );
    const theirs = trace((record) =>
      visit(tree, (node, index, parent) => {
        record(node, index, parent);
        return node.type === 'blockquote' ? VISIT_SKIP : undefined;
      }),
    );
    expect(ours).toEqual(theirs);
    expect(ours.some((s) => s.startsWith('listItem') && s.includes('<list'))).toBe(true);
    expect(ours.filter((s) => s.startsWith('strong'))).toEqual([]);
  });

  it('stops at EXIT', () => {
    const tree: MdastRoot = parseBody(markdown);
    const seen: string[] = [];
    walk(tree, null, (node) => {
      seen.push(node.type);
      return node.type === 'emphasis' ? EXIT : undefined;
    });
    expect(seen).toEqual(['root', 'heading', 'text', 'paragraph', 'text', 'emphasis']);
  });

  it('goes on at the index returned after removing a node, so its next sibling is not missed', () => {
    const tree = fromHtml('<p></p><p></p><p>x</p><p></p><div><p></p><span>y</span></div>', {
      fragment: true,
    }) as HastRoot;
    walk(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || node.children.length > 0 || !parent || index === undefined)
        return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    const tags: string[] = [];
    walk(tree, 'element', (node: Element) => {
      tags.push(node.tagName);
    });
    expect(tags).toEqual(['p', 'div', 'span']);
  });

  it('walks the children of the node it was given when the visitor replaces that node', () => {
    const tree = fromHtml('<p><img src="a.png"></p><p>b</p>', { fragment: true }) as HastRoot;
    const seen: string[] = [];
    walk(tree, 'element', (node, index, parent) => {
      seen.push(node.tagName);
      if (node.tagName === 'p' && parent && index === 0)
        parent.children[index] = {
          type: 'element',
          tagName: 'figure',
          properties: {},
          children: [],
        };
    });
    expect(seen).toEqual(['p', 'img', 'p']);
    expect((tree.children[0] as Element).tagName).toBe('figure');
  });
});
