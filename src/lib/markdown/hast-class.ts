import type { Element } from 'hast';

/** Adds a class to an element's `className` list, once. */
export function addClass(node: Element, name: string): void {
  const current = node.properties['className'];
  const list = Array.isArray(current)
    ? current.map(String)
    : current
      ? String(current).split(/\s+/)
      : [];
  if (!list.includes(name)) list.push(name);
  node.properties['className'] = list;
}
