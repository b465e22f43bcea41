import type { CreateWorkshopReply } from '@moteplass/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinWithCodeForm } from '../join';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { RememberedWorkshops } from './RememberedWorkshops';
import { WorkshopCreated } from './WorkshopCreated';

/** `/` — join with a code (most visitors), or create a workshop (the facilitator). */
export function StartPage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreateWorkshopReply | null>(null);

  return (
    <>
      <title>{`${t('app.name')} – ${t('app.tagline')}`}</title>
      <div className="intro">
        <h1>{t('app.name')}</h1>
        <p className="lead">{t('app.tagline')}</p>
        <p>{t('start.intro')}</p>
      </div>
      <div className="start-columns">
        <div className="start-stack">
          <section className="panel" aria-labelledby="join-heading">
            <h2 id="join-heading">{t('start.joinHeading')}</h2>
            <JoinWithCodeForm />
          </section>
          <RememberedWorkshops />
        </div>
        {created ? (
          <WorkshopCreated workshop={created} />
        ) : (
          <section className="panel" aria-labelledby="create-heading">
            <h2 id="create-heading">{t('start.createHeading')}</h2>
            <CreateWorkshopForm onCreated={setCreated} />
          </section>
        )}
      </div>
    </>
  );
}
