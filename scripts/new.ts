// npm run new -- measure|evidence|subprocessor [options]: scaffolds a content file with a fresh id and today's date.
import { newUsage, parseNewArgs, UsageError } from '../src/authoring/cli.ts';
import { ScaffoldError } from '../src/authoring/measure-id.ts';
import { runNew } from '../src/authoring/run.ts';

async function main(): Promise<number> {
  const args = parseNewArgs(process.argv.slice(2));
  if (args.help) {
    console.log(newUsage);
    return 0;
  }
  const scaffold = await runNew(args);
  if (args.print) {
    process.stdout.write(scaffold.text);
    return 0;
  }
  console.log(`Created ${scaffold.file} (${scaffold.id})`);
  for (const note of scaffold.notes) console.log(`  - ${note}`);
  console.log('Next:');
  for (const step of scaffold.next) console.log(`  - ${step}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) console.error(`new: ${error.message}\nRun \`npm run new -- --help\` for the options.`);
  else if (error instanceof ScaffoldError) console.error(`new: ${error.message}`);
  else console.error(`new: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
}
