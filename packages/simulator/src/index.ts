export { createSimulator } from './createSimulator';
export type { Simulator } from './createSimulator';
export { startSimulator } from './startSimulator';
export type { RunningSimulator, StartSimulatorOptions } from './startSimulator';
export type { BoostedFraming, SimulatorOptions } from './SimulatorOptions';
export type { Scenario } from './Scenario';
export { boostedScenarioNames } from './boosted/boostedScenarios';
export { nvidiaCitations as boostedSampleCitations } from './boosted/scenarios/nvidiaCitations';
export type { BoostedScenarioName } from './boosted/boostedScenarios';
export type { BoostedScenario, BoostedStep } from './boosted/BoostedStep';
export type {
  BoostedArtifact,
  BoostedArtifactField,
  BoostedArtifactRow,
  BoostedChartArtifact,
  BoostedTableArtifact,
} from './boosted/BoostedArtifact';
export type {
  BoostedCitation,
  BoostedDocumentCitation,
  BoostedFiscalQuarterEarningsCitation,
  BoostedNewsArticleCitation,
  BoostedNewsDevelopmentCitation,
  BoostedVariableCitation,
  BoostedWebCitation,
} from './boosted/BoostedCitation';
