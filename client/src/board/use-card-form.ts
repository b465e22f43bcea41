import { useId, useState, type FormEvent } from 'react';
import { announce } from '../workshop';

/** What the produce-phase card forms share: a main text that is required, the rest optional. */
export interface CardDraft {
  text: string;
}

/** A card form opened on an existing card (the list's "Edit"). */
export interface CardEditing<Card extends CardDraft> {
  initial: Card;
  onCancel: () => void;
}

interface CardFormOptions<Card extends CardDraft> {
  empty: Card;
  blocked: boolean;
  onAdd: (card: Card) => void;
  /** Announced to screen readers once the card is added. */
  addedMessage: string;
}

/**
 * The plumbing of a card form: field state, "text is required" (focus moves
 * to the text field), trimming, clearing and announcing after a submit.
 */
export function useCardForm<Card extends CardDraft>({
  empty,
  blocked,
  onAdd,
  addedMessage,
}: CardFormOptions<Card>) {
  const id = useId();
  const [card, setCard] = useState(empty);
  const [missingText, setMissingText] = useState(false);

  const set =
    <Key extends keyof Card>(key: Key) =>
    (value: Card[Key]) => {
      setCard({ ...card, [key]: value });
      if (key === 'text') setMissingText(false);
    };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (blocked) return;
    if (!card.text.trim()) {
      setMissingText(true);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    onAdd(trimmed(card));
    setCard(empty);
    setMissingText(false);
    announce(addedMessage);
  }

  return { id, card, set, missingText, submit };
}

/** Every string field trimmed; other fields (a kind, a date) as they are. */
function trimmed<Card extends CardDraft>(card: Card): Card {
  const copy = { ...card };
  for (const key of Object.keys(copy) as (keyof Card)[]) {
    const value = copy[key];
    if (typeof value === 'string') copy[key] = value.trim() as Card[keyof Card];
  }
  return copy;
}
