/** Thrown out of a scripted run's paced wait when the run was cancelled or the simulator closed. */
export class RunInterrupted extends Error {
  constructor(readonly outcome: 'aborted' | 'closed') {
    super(`Run ${outcome}`);
    this.name = 'RunInterrupted';
  }
}
