import { useUi } from '../../ui.js';
import { ProgramForm } from './ProgramForm.js';
import { EarnRules } from './EarnRules.js';
import { Tiers } from './Tiers.js';
import { Rewards } from './Rewards.js';
import { Coupons } from './Coupons.js';
import { Challenges } from './Challenges.js';
import { Liability } from './Liability.js';
import { PointsActivity } from './PointsActivity.js';

export function Loyalty() {
  const { t } = useUi();
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('nav_loyalty')}</h1>
      </header>
      <div className="panel-grid">
        <ProgramForm />
        <Liability />
        <EarnRules />
        <Tiers />
        <Rewards />
        <Coupons />
        <Challenges />
        <PointsActivity />
      </div>
    </div>
  );
}
