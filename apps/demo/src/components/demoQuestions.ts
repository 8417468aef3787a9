/** One question per simulator scenario (the simulator picks the scenario from keywords). */
export const demoQuestions: readonly { label: string; question: string }[] = [
  { label: 'Citations and artifacts', question: 'Show NVIDIA data-center revenue with sources' },
  { label: 'Plain answer', question: "plain: summarize Apple's quarter" },
  { label: 'Progress log', question: 'progress: screen for net-cash companies' },
  { label: 'Cancel mid-answer', question: 'long answer I can cancel' },
  { label: 'Dropped connection', question: 'drop the connection mid-answer' },
];
