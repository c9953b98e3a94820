import { Command } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { serve } from './serve.ts';
import { registerWorldCommands } from './world-commands.ts';

const program = new Command();
program
  .name('lantern')
  .description('Lantern: the counter-trafficking platform. Settings come from the environment (see README).')
  .showHelpAfterError();

program
  .command('serve')
  .description('Start the server and browser app (PORT, LANTERN_DATA_DIR, DATABASE_URL)')
  .option('--no-demo', 'do not load the demo agencies and users on the first start')
  .action((opts: { demo: boolean }) => serve({ demo: opts.demo }));

registerAdminCommands(program);
registerWorldCommands(program);

await program.parseAsync(process.argv);
