import { useTranslation } from 'react-i18next';
import { actionCardForm } from '../kinds/action/card-form';
import type { NewActionCard } from './add-card';
import { CardForm, type CardFormProps } from './CardForm';
import { useEditWords } from './use-edit-words';

/** "Who does what, with which resources, by when" — the produce phase's action card. */
export function ActionCardForm(props: Omit<CardFormProps<NewActionCard>, 'editWords'>) {
  const { t } = useTranslation();
  return <CardForm {...props} spec={actionCardForm(t)} editWords={useEditWords()} />;
}
