// What the command-line tools share: a bad use is one line on stderr and exit
// code 2; an unexpected error, its message and exit code 1.

export function commandLine(name: string) {
  const fail = (message: string): number => {
    process.stderr.write(`${name}: ${message}\n`);
    return 2;
  };
  const run = (main: () => Promise<number>) =>
    main().then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.stderr.write(`${name}: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
      },
    );
  return { fail, run };
}
