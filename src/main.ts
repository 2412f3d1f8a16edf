// Starts KoDO: reads the environment, runs the bot until SIGINT/SIGTERM, then shuts down cleanly.
import { ConfigError, loadDotEnv, parseConfig, requireBotToken } from './config.ts';
import { startApp, StartupError } from './app.ts';

async function main(): Promise<void> {
  loadDotEnv();
  let config;
  let token;
  try {
    config = parseConfig(process.env);
    token = requireBotToken(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  let app;
  try {
    app = await startApp(config, token);
  } catch (error) {
    if (error instanceof StartupError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: finishing the updates in hand and stopping…`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

await main();
