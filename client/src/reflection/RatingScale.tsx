import { useTranslation } from 'react-i18next';

const VALUES = [1, 2, 3, 4, 5] as const;

interface RatingScaleProps {
  /** The radio group's name, unique on the page. */
  name: string;
  legend: string;
  statement: string | null;
  value: number | null;
  invalid: boolean;
  onChange: (value: number) => void;
}

/**
 * One field's 1–5 as a native radio group (arrow keys move, a screen reader
 * says "3 – neither agree nor disagree, 3 of 5"), drawn as five big targets
 * with the scale's ends written under them.
 */
export function RatingScale({
  name,
  legend,
  statement,
  value,
  invalid,
  onChange,
}: RatingScaleProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="rating" aria-invalid={invalid || undefined}>
      <legend>{legend}</legend>
      {statement && <p className="rating-statement">{statement}</p>}
      <div className="rating-options">
        {VALUES.map((option) => (
          <label key={option} className="rating-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span aria-hidden="true">{option}</span>
            <span className="visually-hidden">
              {`${option} – ${t(`reflection.scale.rating${option}`)}`}
            </span>
          </label>
        ))}
      </div>
      <div className="rating-ends" aria-hidden="true">
        <span>{t('reflection.scale.rating1')}</span>
        <span>{t('reflection.scale.rating5')}</span>
      </div>
    </fieldset>
  );
}
