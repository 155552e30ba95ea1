import { runAdminCommand } from './administration/admin-command';

// `npm run admin -- <command>` / in the container `node dist/apps/api/admin.js <command>`
// (docs/operations.md#the-admin-command).
runAdminCommand(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `admin command failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
