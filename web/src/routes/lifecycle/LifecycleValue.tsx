import { useUi } from '../../ui.js';
import { StageCounts } from '../overview/StageCounts.js';
import { StageFlows } from './StageFlows.js';
import { StagesOverTime } from './StagesOverTime.js';
import { RfmGrid } from './RfmGrid.js';
import { CohortHeatmap } from './CohortHeatmap.js';
import { ClvDistribution } from './ClvDistribution.js';
import { ParetoCurve } from './ParetoCurve.js';

export function LifecycleValue() {
  const { t } = useUi();
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('nav_lifecycle')}</h1>
      </header>
      <div className="panel-grid">
        <StageCounts />
        <StageFlows />
        <StagesOverTime />
        <RfmGrid />
        <CohortHeatmap />
        <ClvDistribution />
        <ParetoCurve />
      </div>
    </div>
  );
}
