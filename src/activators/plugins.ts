// The source types bin/activator knows. Kafka, SQS or Pub/Sub would be one more entry here
// (an ActivatorPlugin: activator.ts) — none ships: no broker for them runs here to test against.
import type { ActivatorPlugin } from './activator';
import { cronPlugin } from './sources/cron';
import { httpPlugin } from './sources/http';
import { natsPlugin } from './sources/nats';
import { rabbitmqPlugin } from './sources/rabbitmq';

export const PLUGINS: readonly ActivatorPlugin[] = [rabbitmqPlugin, natsPlugin, httpPlugin, cronPlugin];
