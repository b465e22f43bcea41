import { WORKSHOP_TEMPLATES, type WorkshopTemplate } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The four phase frames with their prompts (most meetups), or an empty board. */
export function TemplateChoice({
  value,
  onChange,
}: {
  value: WorkshopTemplate;
  onChange: (template: WorkshopTemplate) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="radio-group">
      <legend>{t('start.template')}</legend>
      {WORKSHOP_TEMPLATES.map((template) => (
        <div key={template} className="radio-field">
          <input
            id={`${id}-${template}`}
            type="radio"
            name={`${id}-template`}
            value={template}
            checked={value === template}
            aria-describedby={`${id}-${template}-hint`}
            onChange={() => onChange(template)}
          />
          <label htmlFor={`${id}-${template}`}>{t(`start.templates.${template}`)}</label>
          <p id={`${id}-${template}-hint`} className="hint">
            {t(`start.templateHints.${template}`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
