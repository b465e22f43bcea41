import { useTranslation } from 'react-i18next';

/** The words of a card form opened on an existing card. */
export function useEditWords() {
  const { t } = useTranslation();
  return {
    saved: t('cards.edit.saved'),
    save: t('cards.edit.save'),
    cancel: t('cards.edit.cancel'),
  };
}
