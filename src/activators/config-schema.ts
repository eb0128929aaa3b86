// bin/activator's configuration: every environment variable (and its --flag twin) described
// once, with the proxy's builders (src/control/settings.ts), so README.md's activator tables
// are rendered the same way (`npm run config:docs`). The event mapping normally comes from an
// Activator resource (spec.ts: SPAWN_ACTIVATOR_SPEC_FILE or SPAWN_ACTIVATOR_SPEC); the
// "without a spec file" variables describe one binding for running without Kubernetes.
import {
  bool,
  describeConfig,
  duration,
  int,
  list,
  loadSchema,
  LOG_LEVELS,
  oneOf,
  optionalSecret,
  string,
  type ConfigEntry,
  type ConfigOf,
  type Env,
} from '../control';

export const ACTIVATOR_SCHEMA_FILE = 'src/activators/config-schema.ts';
export const ACTIVATOR_CONFIG_START = '<!-- activator-config:start -->';
export const ACTIVATOR_CONFIG_END = '<!-- activator-config:end -->';

export const ACTOR_KINDS = ['named', 'unnamed', 'pooled'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PAYLOAD_ENCODINGS = ['json', 'bytes', 'protobuf', 'cloudevent'] as const;
export type PayloadEncoding = (typeof PAYLOAD_ENCODINGS)[number];

export const NATS_MODES = ['jetstream', 'core'] as const;
export type NatsMode = (typeof NATS_MODES)[number];

export const CRON_CLAIMS = ['nats', 'none'] as const;

const TYPE_PATTERN = /^(amqp|rabbitmq|nats|jetstream|http|api|cron)$/i;

export const ACTIVATOR_SCHEMA = {
  specFile: string({
    env: 'SPAWN_ACTIVATOR_SPEC_FILE',
    group: 'activator',
    default: '',
    defaultText: '— (or `SPAWN_ACTIVATOR_SPEC`, or the variables of one binding below)',
    values: 'path',
    description: 'An `Activator` resource to run, YAML or JSON: the whole resource or its `spec` (see Activators).',
  }),
  specJson: string({
    env: 'SPAWN_ACTIVATOR_SPEC',
    group: 'activator',
    default: '',
    defaultText: '—',
    values: 'JSON',
    description: 'The same as JSON text; what the operator sets from the `Activator` resource.',
  }),
  name: string({
    env: 'SPAWN_ACTIVATOR_NAME',
    group: 'activator',
    default: '',
    defaultText: "the resource's `metadata.name`, else `activator`",
    values: 'name',
    description: 'Name in logs, metrics labels, the durable consumer and cron claims.',
  }),
  system: string({
    env: 'SPAWN_ACTIVATOR_SYSTEM',
    group: 'activator',
    default: '',
    defaultText: "the resource's `spawn-eigr.io/actor-system` annotation, else `spawn-system`",
    values: 'name',
    description: 'Actor system of sinks that name none.',
  }),
  proxyUrl: string({
    env: 'SPAWN_PROXY_URL',
    group: 'activator',
    default: 'http://127.0.0.1:9001',
    pattern: /^https?:\/\/[^/\s]+\/?$/,
    expects: "an http:// URL of the proxy without a path, e.g. 'http://127.0.0.1:9001'",
    values: 'URL',
    description: 'The proxy whose HTTP API the activator invokes actors through, like any client.',
  }),
  invokeTimeoutMs: duration({
    env: 'SPAWN_ACTIVATOR_INVOKE_TIMEOUT_MS',
    group: 'activator',
    min: 1,
    default: 30_000,
    description: 'Deadline of one invocation (sent as the `request-timeout` metadata; the client waits 1 s longer).',
  }),
  concurrency: int({
    env: 'SPAWN_ACTIVATOR_CONCURRENCY',
    group: 'activator',
    min: 1,
    max: 65_535,
    default: 32,
    description:
      'Messages in flight per binding: RabbitMQ prefetch, JetStream `max_ack_pending` (spec: `settings.backpressure.prefetchCount`); also connections to the proxy.',
  }),
  maxRetries: int({
    env: 'SPAWN_ACTIVATOR_MAX_RETRIES',
    group: 'activator',
    min: 0,
    max: 1000,
    default: 5,
    description: 'Retries of a message whose invocation failed with a retryable error (`src/errors.ts`) before it is dead-lettered.',
  }),
  retryBackoffMs: duration({
    env: 'SPAWN_ACTIVATOR_RETRY_BACKOFF_MS',
    group: 'activator',
    min: 1,
    default: 200,
    description: 'Wait before the first retry; doubled on each further one.',
  }),
  retryMaxBackoffMs: duration({
    env: 'SPAWN_ACTIVATOR_RETRY_MAX_BACKOFF_MS',
    group: 'activator',
    min: 1,
    default: 10_000,
    description: 'Longest wait between retries, and between attempts while the proxy cannot be reached.',
  }),
  awaitRegistrationMs: duration({
    env: 'SPAWN_ACTIVATOR_AWAIT_REGISTRATION_MS',
    group: 'activator',
    min: 0,
    default: 60_000,
    description:
      'How long a message whose actor or system is not registered (yet: a restarted proxy whose host has not registered again) is retried before it is dead-lettered.',
  }),
  reconnectMaxBackoffMs: duration({
    env: 'SPAWN_ACTIVATOR_RECONNECT_MAX_BACKOFF_MS',
    group: 'activator',
    min: 10,
    default: 5_000,
    description: 'Longest wait between attempts to reconnect to RabbitMQ or NATS (it retries forever).',
  }),
  httpPort: int({
    env: 'SPAWN_ACTIVATOR_HTTP_PORT',
    group: 'activator',
    min: 0,
    max: 65_535,
    default: 9090,
    description:
      'Port of `/metrics`, `/health` and, for an HTTP activator, its routes. `0` picks a free port (printed on stdout as `{"event":"listening","port":N}`).',
  }),
  httpBind: string({
    env: 'SPAWN_ACTIVATOR_HTTP_BIND',
    group: 'activator',
    default: '127.0.0.1',
    values: 'address',
    description: 'Address to listen on. Containers set `0.0.0.0`.',
  }),
  shutdownTimeoutMs: duration({
    env: 'SPAWN_ACTIVATOR_SHUTDOWN_TIMEOUT_MS',
    group: 'activator',
    min: 100,
    default: 25_000,
    description:
      'Longest graceful stop after SIGTERM: consuming stops at once, invocations in flight are answered and acknowledged; what is left is given back to the broker.',
  }),
  logLevel: oneOf({
    env: 'SPAWN_ACTIVATOR_LOGGER_LEVEL',
    group: 'activator',
    allowed: LOG_LEVELS,
    default: 'info',
    description: 'Least severe level logged (JSON lines on stderr).',
  }),
  metricsEnabled: bool({
    env: 'SPAWN_DISABLE_METRICS',
    group: 'activator',
    default: false,
    value: (disabled) => !disabled,
    description: '`true` turns `/metrics` off.',
  }),

  binding: {
    type: string({
      env: 'SPAWN_ACTIVATOR_TYPE',
      group: 'activatorMapping',
      default: '',
      defaultText: "— (the spec's `activator.type`)",
      pattern: TYPE_PATTERN,
      expects: 'one of amqp, nats, http, cron (also rabbitmq, jetstream, api)',
      values: '`amqp`, `nats`, `http`, `cron`',
      value: (text) => text.toLowerCase(),
      description: 'Source of the one binding described by these variables.',
    }),
    actor: string({
      env: 'SPAWN_ACTIVATOR_ACTOR',
      group: 'activatorMapping',
      default: '',
      defaultText: '—',
      values: 'name',
      description: 'Actor every event invokes (or use `SPAWN_ACTIVATOR_ACTOR_FROM`).',
    }),
    actorFrom: string({
      env: 'SPAWN_ACTIVATOR_ACTOR_FROM',
      group: 'activatorMapping',
      default: '',
      defaultText: '—',
      values: 'metadata key',
      description: 'Take the actor name from this metadata entry of the event: a header, `routing_key`, `subject`, `message_id`, a path parameter.',
    }),
    actorPrefix: string({
      env: 'SPAWN_ACTIVATOR_ACTOR_PREFIX',
      group: 'activatorMapping',
      default: '',
      defaultText: 'empty',
      values: 'text',
      description: 'Put before a name taken from metadata.',
    }),
    actorSuffix: string({
      env: 'SPAWN_ACTIVATOR_ACTOR_SUFFIX',
      group: 'activatorMapping',
      default: '',
      defaultText: 'empty',
      values: 'text',
      description: 'Put after a name taken from metadata.',
    }),
    actorKind: oneOf({
      env: 'SPAWN_ACTIVATOR_ACTOR_KIND',
      group: 'activatorMapping',
      allowed: ACTOR_KINDS,
      default: 'named',
      description: '`unnamed`: the name is an instance of `SPAWN_ACTIVATOR_ACTOR_PARENT`, spawned on first use; `pooled`: a member of the pool is picked.',
    }),
    actorParent: string({
      env: 'SPAWN_ACTIVATOR_ACTOR_PARENT',
      group: 'activatorMapping',
      default: '',
      defaultText: '—',
      values: 'name',
      description: 'Template (registered UNNAMED actor) of `unnamed` sinks.',
    }),
    action: string({
      env: 'SPAWN_ACTIVATOR_ACTION',
      group: 'activatorMapping',
      default: '',
      defaultText: "— (for `cloudevent` payloads: the event's `source`)",
      values: 'name',
      description: 'Action every event invokes.',
    }),
    async: bool({
      env: 'SPAWN_ACTIVATOR_ASYNC',
      group: 'activatorMapping',
      default: false,
      description: '`true`: a message is acknowledged once the proxy accepted the invocation, not once it ran.',
    }),
    payload: oneOf({
      env: 'SPAWN_ACTIVATOR_PAYLOAD',
      group: 'activatorMapping',
      allowed: PAYLOAD_ENCODINGS,
      default: 'json',
      description:
        'How the body becomes the payload: `json` (a JSONType, as the SDKs send JSON), `bytes` (a BytesValue), `protobuf` (the body is a message of `SPAWN_ACTIVATOR_PAYLOAD_TYPE_URL`), `cloudevent` (its `data`).',
    }),
    payloadTypeUrl: string({
      env: 'SPAWN_ACTIVATOR_PAYLOAD_TYPE_URL',
      group: 'activatorMapping',
      default: '',
      defaultText: '—',
      values: 'type URL',
      description: 'Type URL of `protobuf` payloads, e.g. `type.googleapis.com/shop.Order`.',
    }),
  },

  amqp: {
    url: string({
      env: 'SPAWN_ACTIVATOR_AMQP_URL',
      group: 'activatorAmqp',
      default: 'amqp://127.0.0.1:5672',
      pattern: /^amqps?:\/\//,
      expects: "an amqp:// or amqps:// URL, e.g. 'amqp://rabbitmq:5672/vhost'",
      values: 'URL',
      description: 'The broker (spec: `settings.host`, `port`, `vhost`, or the `url` of `externalConnectorRef`).',
    }),
    username: string({
      env: 'SPAWN_ACTIVATOR_AMQP_USERNAME',
      group: 'activatorAmqp',
      default: '',
      defaultText: "the URL's, else `guest`",
      values: 'name',
      description: 'Broker user.',
    }),
    password: optionalSecret({
      env: 'SPAWN_ACTIVATOR_AMQP_PASSWORD',
      group: 'activatorAmqp',
      verbatim: true,
      defaultText: "the URL's, else `guest`",
      description: 'Broker password.',
    }),
    queue: string({
      env: 'SPAWN_ACTIVATOR_AMQP_QUEUE',
      group: 'activatorAmqp',
      default: '',
      defaultText: '—',
      values: 'name',
      description: 'Queue to consume (spec: `source.queue`).',
    }),
    exchange: string({
      env: 'SPAWN_ACTIVATOR_AMQP_EXCHANGE',
      group: 'activatorAmqp',
      default: '',
      defaultText: 'none',
      values: 'name',
      description: 'Bind the queue to this exchange (declared durable) with `SPAWN_ACTIVATOR_AMQP_ROUTING_KEY`.',
    }),
    exchangeType: oneOf({
      env: 'SPAWN_ACTIVATOR_AMQP_EXCHANGE_TYPE',
      group: 'activatorAmqp',
      allowed: ['topic', 'direct', 'fanout', 'headers'] as const,
      default: 'topic',
      description: 'Type the exchange is declared with.',
    }),
    routingKey: string({
      env: 'SPAWN_ACTIVATOR_AMQP_ROUTING_KEY',
      group: 'activatorAmqp',
      default: '#',
      values: 'binding key',
      description: 'Binding key of the queue on the exchange.',
    }),
    deadLetterQueue: string({
      env: 'SPAWN_ACTIVATOR_AMQP_DEAD_LETTER_QUEUE',
      group: 'activatorAmqp',
      default: '',
      defaultText: '`<queue>.dead-letter`',
      values: 'name',
      description: 'Queue (declared durable) that receives messages that failed for good, with `x-spawn-error*` headers.',
    }),
    declare: bool({
      env: 'SPAWN_ACTIVATOR_AMQP_DECLARE',
      group: 'activatorAmqp',
      default: true,
      description:
        'Declare the queue (durable) and its binding; `false` only checks that the queue exists (queues declared with other arguments, e.g. quorum).',
    }),
    heartbeatMs: duration({
      env: 'SPAWN_ACTIVATOR_AMQP_HEARTBEAT_MS',
      group: 'activatorAmqp',
      min: 1000,
      default: 10_000,
      description: 'AMQP heartbeat (rounded up to seconds): a broker gone silent is noticed within about twice this.',
    }),
  },

  nats: {
    servers: list({
      env: 'SPAWN_ACTIVATOR_NATS_URL',
      group: 'activatorNats',
      default: ['nats://127.0.0.1:4222'],
      description: "NATS servers (spec: `settings.url`, or the `url` of `externalConnectorRef`); also the cron activator's claims.",
    }),
    mode: oneOf({
      env: 'SPAWN_ACTIVATOR_NATS_MODE',
      group: 'activatorNats',
      allowed: NATS_MODES,
      default: 'jetstream',
      description: '`jetstream`: a durable consumer, acknowledged after the invocation; `core`: a plain subscription, best effort (nothing is redelivered).',
    }),
    subject: string({
      env: 'SPAWN_ACTIVATOR_NATS_SUBJECT',
      group: 'activatorNats',
      default: '',
      defaultText: '—',
      values: 'subject',
      description: 'Subject (wildcards allowed) to consume.',
    }),
    stream: string({
      env: 'SPAWN_ACTIVATOR_NATS_STREAM',
      group: 'activatorNats',
      default: '',
      defaultText: '—',
      values: 'stream name',
      description: 'JetStream stream holding the subject.',
    }),
    durable: string({
      env: 'SPAWN_ACTIVATOR_NATS_DURABLE',
      group: 'activatorNats',
      default: '',
      defaultText: '`<activator name>-<binding name>`',
      values: 'consumer name',
      description: 'Durable consumer, created (or updated) on the stream; replicas of one activator share it.',
    }),
    createStream: bool({
      env: 'SPAWN_ACTIVATOR_NATS_CREATE_STREAM',
      group: 'activatorNats',
      default: false,
      description: 'Create a missing stream (and dead-letter stream) for the subject instead of refusing to start.',
    }),
    queueGroup: string({
      env: 'SPAWN_ACTIVATOR_NATS_QUEUE_GROUP',
      group: 'activatorNats',
      default: '',
      defaultText: 'none',
      values: 'name',
      description: '`core` mode: queue group, so replicas share the messages.',
    }),
    deadLetterSubject: string({
      env: 'SPAWN_ACTIVATOR_NATS_DEAD_LETTER_SUBJECT',
      group: 'activatorNats',
      default: '',
      defaultText: '`spawn-dead-letter.<activator>.<binding>`',
      values: 'subject',
      description: 'Where messages that failed for good are published (JetStream: it must belong to a stream; the original is then terminated).',
    }),
  },

  http: {
    path: string({
      env: 'SPAWN_ACTIVATOR_HTTP_PATH',
      group: 'activatorHttpCron',
      default: '/',
      pattern: /^\//,
      expects: "a path starting with '/', e.g. '/hooks/:id'",
      values: 'path',
      description: '`http`: route of the one binding (`:name` segments become metadata).',
    }),
    maxBodyBytes: int({
      env: 'SPAWN_ACTIVATOR_HTTP_MAX_BODY_BYTES',
      group: 'activatorHttpCron',
      min: 1,
      max: 1024 * 1024 * 1024,
      default: 1024 * 1024,
      description: '`http`: largest request body; larger ones get 413.',
    }),
  },
  cron: {
    expression: string({
      env: 'SPAWN_ACTIVATOR_CRON',
      group: 'activatorHttpCron',
      default: '',
      defaultText: '—',
      values: 'cron expression',
      description: '`cron`: schedule of the one binding; 5 fields, or 6 with seconds first (`*/10 * * * * *`).',
    }),
    timezone: string({
      env: 'SPAWN_ACTIVATOR_CRON_TIMEZONE',
      group: 'activatorHttpCron',
      default: 'UTC',
      values: 'IANA zone',
      description: '`cron`: time zone the schedules are read in.',
    }),
    payload: string({
      env: 'SPAWN_ACTIVATOR_CRON_PAYLOAD',
      group: 'activatorHttpCron',
      default: '',
      defaultText: 'none (Noop)',
      values: 'JSON',
      description: '`cron`: JSON payload of every tick.',
    }),
    claim: oneOf({
      env: 'SPAWN_ACTIVATOR_CRON_CLAIM',
      group: 'activatorHttpCron',
      allowed: CRON_CLAIMS,
      default: 'nats',
      description: '`nats`: each tick is claimed in a JetStream key-value bucket first, so among replicas one fires it; `none`: every replica fires.',
    }),
    claimBucket: string({
      env: 'SPAWN_ACTIVATOR_CRON_CLAIM_BUCKET',
      group: 'activatorHttpCron',
      default: 'spawn_activator_cron',
      pattern: /^[A-Za-z0-9_-]+$/,
      expects: 'a key-value bucket name (letters, digits, _ and -)',
      values: 'bucket name',
      description: 'Bucket of the claims; entries expire after a day.',
    }),
  },
} as const;

export type ActivatorConfig = ConfigOf<typeof ACTIVATOR_SCHEMA>;

/** bin/activator's configuration from `env`; a malformed value throws SPAWN_ERR_CONFIG naming it. */
export function loadActivatorConfig(env: Env = process.env): ActivatorConfig {
  return loadSchema(ACTIVATOR_SCHEMA, env);
}

/** Every variable of the activator, described (README tables, the operator). */
export function describeActivatorConfig(): ConfigEntry[] {
  return describeConfig(ACTIVATOR_SCHEMA);
}

/** The command-line flag of a variable: SPAWN_ACTIVATOR_AMQP_QUEUE -> --amqp-queue, SPAWN_PROXY_URL -> --proxy-url. */
export function flagOf(env: string): string {
  return `--${env
    .replace(/^SPAWN_ACTIVATOR_|^SPAWN_/, '')
    .toLowerCase()
    .replace(/_/g, '-')}`;
}
