/**
 * A depth-first, preorder walk over a Markdown (mdast) or HTML (hast) tree,
 * for the body pipeline's plugins and the model's heading and file lists.
 *
 * Why not unist-util-visit: a body is walked some 25 times (once per plugin),
 * and visit makes a closure per node, names it with `Object.defineProperty`
 * and copies the ancestor array for every parent; profiled on 200 documents
 * that cost more than the plugins' own work (issue 11). This walk has the
 * controls the plugins use and visit's order, without that per-node cost:
 *
 * - the visitor gets `(node, index, parent)` for each node of `type` (all
 *   nodes with `null`), the node before its children;
 * - it returns nothing to go on, {@link SKIP} to leave the node's children
 *   out, {@link EXIT} to stop the whole walk, a number to go on at that index
 *   of the parent after this node's children, or `[SKIP, index]` for both
 *   (after removing the node, `[SKIP, index]` visits what moved into its place);
 * - like visit, it reads `children` anew at each step, so a visitor may
 *   replace or remove the node it was given (then say where to go on) and
 *   the children walked are those of the node it was given.
 */
import type { Nodes as HastNodes, Parents as HastParents } from 'hast';
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast';

/** Leave this node's children out. */
export const SKIP = 'skip';
/** Stop the walk. */
export const EXIT = false;

/** What a visitor returns: see the module comment. */
export type WalkAction =
  void | undefined | typeof SKIP | typeof EXIT | number | [typeof SKIP, number];

/** The node types of the tree family `Tree` belongs to (mdast or hast). */
type Family<Tree> = Tree extends MdastNodes ? MdastNodes : HastNodes;
type ParentOf<Tree> = Tree extends MdastNodes ? MdastParents : HastParents;

/** A visitor for the nodes of type `Type` in a tree like `Tree`. */
export type Walker<Tree, Type extends string | null> = (
  node: Type extends string ? Extract<Family<Tree>, { type: Type }> : Family<Tree>,
  index: number | undefined,
  parent: ParentOf<Tree> | undefined,
) => WalkAction;

interface AnyNode {
  type: string;
  children?: AnyNode[];
}

/** Where the parent goes on: an index, the next sibling (undefined), or stop. */
type Step = number | undefined | typeof STOP;
const STOP = Symbol('stop');

/** Walks `tree` (any node of it), calling `visitor` on each node of `type` (`null`: every node). */
export function walk<Tree extends MdastNodes | HastNodes, Type extends Family<Tree>['type'] | null>(
  tree: Tree,
  type: Type,
  visitor: Walker<Tree, Type>,
): void {
  const visit = visitor as unknown as (
    node: AnyNode,
    index: number | undefined,
    parent: AnyNode | undefined,
  ) => WalkAction;
  const one = (node: AnyNode, index: number | undefined, parent: AnyNode | undefined): Step => {
    let action: WalkAction;
    if (type === null || node.type === type) {
      action = visit(node, index, parent);
      if (action === EXIT) return STOP;
    }
    let next: number | undefined;
    if (typeof action === 'number') next = action;
    else if (Array.isArray(action)) return action[1];
    else if (action === SKIP) return undefined;
    if (node.children) {
      let i = 0;
      while (i > -1 && i < node.children.length) {
        const step = one(node.children[i] as AnyNode, i, node);
        if (step === STOP) return STOP;
        i = step ?? i + 1;
      }
    }
    return next;
  };
  one(tree as AnyNode, undefined, undefined);
}
