/** Where the wss:// fixture server of web-test-runner.config.mjs listens, and what it received. */
export interface FixtureServers {
  readonly port: number;
  /** Takes TCP connections and never answers: a hung plugin. */
  readonly silentPort: number;
  /** Nothing listens there: no plugin installed. */
  readonly closedPort: number;
}

export interface FixtureLogEntry {
  readonly protocol: string;
  readonly scenario: string;
  readonly endpoint: string;
  readonly connection: number;
  readonly request?: string;
  readonly mismatch?: string;
  readonly functionID?: number;
  readonly domain?: string;
}

export async function fixtureServers(): Promise<FixtureServers> {
  return (await fetch('/__signing/servers')).json();
}

/** Entries for one scenario, in the order the server received them. */
export async function fixtureLog(protocol: string, scenario: string): Promise<FixtureLogEntry[]> {
  const log = (await (await fetch('/__signing/log')).json()) as FixtureLogEntry[];
  return log.filter((e) => e.protocol === protocol && e.scenario === scenario);
}

/** The rejection of a promise, or a failure when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    const value = await promise;
    throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
  } catch (error) {
    return error;
  }
}
