import { connectorTool } from './connector';
import { frameTool, shapeTool } from './draft';
import { handTool } from './hand';
import { penTool } from './pen';
import { noteTool, textTool } from './place';
import { selectTool } from './select';
import type { Tool, ToolId } from './types';

export * from './types';

/** Every tool by id. Adding one: a file with its machine, a line here, a toolbar label. */
export const TOOLS: Record<ToolId, Tool<unknown>> = {
  select: selectTool as Tool<unknown>,
  hand: handTool as Tool<unknown>,
  note: noteTool as Tool<unknown>,
  text: textTool as Tool<unknown>,
  shape: shapeTool as Tool<unknown>,
  connector: connectorTool as Tool<unknown>,
  frame: frameTool as Tool<unknown>,
  pen: penTool as Tool<unknown>,
};
