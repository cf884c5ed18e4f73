import type { JourneyRow, VersionRow } from './journeys.js';
import type { Difference, Lift } from './lift.js';
import type { VersionReport } from './report.js';
import type { Run } from './runs.js';
import type { RunView, StepView } from './runs-read.js';

const iso = (date: Date | string | null) => (date === null ? null : new Date(date).toISOString());

export function presentJourney(
  row: JourneyRow,
  counts: VersionReport | Omit<VersionReport, 'version'> | null,
) {
  return {
    object: 'journey' as const,
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status,
    live_version: row.liveVersion,
    draft: row.draft as unknown as Record<string, unknown>,
    entry_segment_id: row.entrySegmentId,
    ready_made: row.readyMade,
    counts: {
      entered: counts?.entered ?? 0,
      in_progress: counts?.inProgress ?? 0,
      converted: counts?.converted ?? 0,
      exited: counts?.exited ?? 0,
      completed: counts?.completed ?? 0,
    },
    created: row.createdAt.toISOString(),
    updated: row.updatedAt.toISOString(),
  };
}

export function presentVersion(row: VersionRow) {
  return {
    object: 'journey_version' as const,
    journey_id: row.journeyId,
    version: row.version,
    graph: row.graph as unknown as Record<string, unknown>,
    in_flight: row.inFlight as Record<string, unknown>,
    published: row.publishedAt.toISOString(),
    published_by: row.publishedBy,
  };
}

function presentDifference(difference: Omit<Difference, 'low' | 'high'> & Partial<Difference>) {
  return {
    treated: difference.treated,
    held_out: difference.heldOut,
    lift: difference.lift,
    low: difference.low ?? null,
    high: difference.high ?? null,
  };
}

function presentLift(lift: Lift) {
  return {
    enough_data: lift.enough,
    reason: lift.enough ? null : lift.reason,
    conversion_rate: lift.conversionRate ? presentDifference(lift.conversionRate) : null,
    revenue_per_entry_minor: lift.revenuePerEntry ? presentDifference(lift.revenuePerEntry) : null,
  };
}

export function presentReportPart(part: Omit<VersionReport, 'version'>) {
  const side = (sums: VersionReport['treated']) => ({
    entries: sums.entries,
    conversions: sums.conversions,
    revenue_minor: sums.revenue,
  });
  return {
    entered: part.entered,
    in_progress: part.inProgress,
    converted: part.converted,
    exited: part.exited,
    completed: part.completed,
    at_nodes: part.atNodes,
    treated: side(part.treated),
    held_out: side(part.heldOut),
    lift: presentLift(part.lift),
  };
}

const presentStep = (step: StepView) => ({ ...step, at: step.at.toISOString() });

export function presentRun(run: Run | RunView, steps?: StepView[]) {
  return {
    object: 'journey_run' as const,
    id: run.id,
    journey_id: run.journeyId,
    ...('journeyName' in run
      ? { journey_name: run.journeyName, last_step: run.lastStep ? presentStep(run.lastStep) : null }
      : {}),
    version: run.version,
    customer_id: run.customerId,
    entry_key: run.entryKey,
    node: run.node,
    state: run.state,
    wake_at: iso(run.wakeAt),
    holdout: run.holdout,
    entered_at: run.enteredAt.toISOString(),
    converted_at: iso(run.convertedAt),
    outcome: run.outcome,
    outcome_reason: run.outcomeReason,
    ...(steps ? { steps: steps.map(presentStep) } : {}),
  };
}
