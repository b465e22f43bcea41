import { useTranslation } from 'react-i18next';
import { indicatorCardForm } from '../kinds/indicator/card-form';
import type { NewIndicator } from './add-card';
import { CardForm, type CardFormProps } from './CardForm';
import { useEditWords } from './use-edit-words';

/** An impact indicator: its level, a baseline and a target, where the figures come from, who measures and when. */
export function IndicatorForm(props: Omit<CardFormProps<NewIndicator>, 'editWords'>) {
  const { t } = useTranslation();
  return <CardForm {...props} spec={indicatorCardForm(t)} editWords={useEditWords()} />;
}
