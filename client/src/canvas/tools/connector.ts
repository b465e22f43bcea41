import { stay, type Tool } from './types';

export type ConnectorState = { mode: 'idle' } | { mode: 'linking'; from: string };

/** Connector: drag from one item to another; released anywhere else, nothing is made. */
export const connectorTool: Tool<ConnectorState> = {
  id: 'connector',
  initial: { mode: 'idle' },
  transition(state, event, ctx) {
    if (event.type === 'cancel')
      return { state: { mode: 'idle' }, effects: [{ type: 'preview', preview: null }] };
    if (event.type === 'down') {
      if (ctx.readOnly || !event.hit || !ctx.connectable(event.hit)) return stay(state);
      return stay({ mode: 'linking', from: event.hit });
    }
    if (state.mode !== 'linking') return stay(state);
    const target =
      event.hit && event.hit !== state.from && ctx.connectable(event.hit) ? event.hit : null;
    if (event.type === 'move')
      return {
        state,
        effects: [
          { type: 'preview', preview: { kind: 'link', from: state.from, to: event.world, target } },
        ],
      };
    return {
      state: { mode: 'idle' },
      effects: [
        { type: 'preview', preview: null },
        ...(target
          ? [
              {
                type: 'create' as const,
                spec: { kind: 'connector' as const, from: state.from, to: target },
              },
            ]
          : []),
      ],
    };
  },
};
