import { createContext, useContext } from 'react';
import type { FieldCatalogue } from './types.js';

/** What every condition editor of one builder reads: the pickers' lists, and the error at it. */
export interface BuilderContextValue {
  catalogue: FieldCatalogue;
  /** The segment being edited (a membership condition cannot name it). */
  segmentId: string | null;
  /** Minor units per major unit of the workspace currency (100 for USD, 1 for VND and JPY). */
  moneyScale: number;
  /** The refusal at this node, if the server named it: the rest of its path and the sentence. */
  errorAt: (key: string) => { rest: string; text: string } | null;
  /** The node whose first control takes the focus next: one just added, or the group of one just removed. */
  focusKey: string | null;
  setFocusKey: (key: string | null) => void;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder outside the segment builder');
  return value;
}
