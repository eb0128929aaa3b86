#!/usr/bin/env node
// spawn-operator: reconciles ActorSystem and ActorHost resources (README.md, "Deploy on Kubernetes").
import { runOperator } from '../src/operator';

runOperator(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`spawn-operator: ${(err as Error).message}\n`);
  process.exit(1);
});
