// A node:test reporter that writes the counts run-all.mjs reads: { passed, failed, names }.
// Use it next to a readable one: node --test --test-reporter=spec --test-reporter-destination=stdout
//   --test-reporter=./tools/test/node-test-counts.mjs --test-reporter-destination=<file.json> …
export default async function* counts(source) {
  let passed = 0;
  let failed = 0;
  const names = [];
  for await (const event of source) {
    // Tests only: suites and the per-file wrapper have their own events.
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) passed += 1;
    if (event.type === 'test:fail') {
      failed += 1;
      names.push(`${event.data.file ?? ''} › ${event.data.name}`);
    }
  }
  yield JSON.stringify({ passed, failed, names }) + '\n';
}
