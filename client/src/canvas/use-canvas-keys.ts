import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasController } from './controller';
import { describeFocus } from './describe';
import { keyCommand } from './keyboard';

/** The canvas's keyboard: what a key means (keyboard.ts), carried out on the controller. */
export function useCanvasKeys(controller: CanvasController) {
  const { t } = useTranslation();

  const announceFocus = () => {
    const id = controller.state.focused;
    const text = id
      ? describeFocus(
          t,
          controller.model.items,
          id,
          controller.tabOrder(),
          controller.tallies.current,
        )
      : null;
    if (text) controller.announce(text);
  };

  return (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === ' ') {
      controller.store.setState({ spaceHeld: true });
      e.preventDefault();
      return;
    }
    const command = keyCommand({
      key: e.key,
      code: e.code,
      shift: e.shiftKey,
      mod: e.ctrlKey || e.metaKey,
      alt: e.altKey,
    });
    if (!command) return;
    switch (command.type) {
      case 'focusNext':
        // At either end Tab leaves the canvas: no keyboard trap.
        if (!controller.focusNext(command.backwards)) return;
        announceFocus();
        break;
      case 'undo':
        controller.undo();
        break;
      case 'redo':
        controller.redo();
        break;
      case 'delete': {
        const count = controller.deleteSelection();
        if (count > 0) controller.announce(t('canvas.deleted', { count }));
        break;
      }
      case 'duplicate':
        controller.duplicateSelection();
        break;
      case 'selectAll':
        controller.selectAll();
        break;
      case 'restack':
        controller.restack(command.direction);
        break;
      case 'nudge': {
        const result = controller.nudge(command.dx, command.dy);
        if (result === 'nothing') return;
        // Arrows on a connector stay on the canvas (no page scroll) and say why nothing moved.
        if (result === 'connector') controller.announce(t('canvas.connectorFollows'));
        break;
      }
      case 'edit': {
        const id = controller.state.focused ?? controller.state.selection[0];
        if (!id) return;
        controller.startEditing(id);
        break;
      }
      case 'escape':
        controller.dispatch({ type: 'cancel' });
        controller.store.setState({ selection: [], focused: null, tool: 'select', preview: null });
        break;
      case 'tool':
        controller.setTool(command.tool);
        break;
      case 'zoom':
        controller.zoomBy(command.factor);
        break;
      case 'zoomFit':
        controller.zoomToFit();
        break;
      case 'zoomPhase':
        controller.zoomToSelectionOrPhase();
        break;
      case 'zoomReset':
        controller.zoomReset();
        break;
    }
    e.preventDefault();
  };
}
