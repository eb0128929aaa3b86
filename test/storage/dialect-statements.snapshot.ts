// Captured once from the dialects as main (a183476) wrote them, before they were rebuilt on one
// base (sql-dialect.ts defineDialect); test/storage/dialect-snapshot.test.ts compares every
// dialect against it. MSSQL and CockroachDB cannot run here: this is their safety net.
// Change it only together with a deliberate change of SQL, and say so in the commit.
export const CAPTURED_STATEMENTS: Record<string, unknown> = {
  "sqlite": {
    "param": [
      "?",
      "?",
      "?"
    ],
    "migrationLock": {
      "mode": "transaction"
    },
    "bootstrap": "CREATE TABLE IF NOT EXISTS spawn_schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
    "migrations": [
      {
        "version": 1,
        "description": "actor state and history tables",
        "statements": [
          "CREATE TABLE IF NOT EXISTS spawn_actor_state (system_name TEXT NOT NULL, actor_name TEXT NOT NULL, revision INTEGER NOT NULL, tags TEXT NOT NULL, type_url TEXT NOT NULL, data BLOB NOT NULL, node TEXT NOT NULL, inserted_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (system_name, actor_name))",
          "CREATE TABLE IF NOT EXISTS spawn_actor_state_history (system_name TEXT NOT NULL, actor_name TEXT NOT NULL, revision INTEGER NOT NULL, tags TEXT NOT NULL, type_url TEXT NOT NULL, data BLOB NOT NULL, node TEXT NOT NULL, written_at INTEGER NOT NULL, PRIMARY KEY (system_name, actor_name, revision))"
        ]
      },
      {
        "version": 2,
        "description": "scheduled invocations",
        "statements": [
          "CREATE TABLE IF NOT EXISTS spawn_scheduled_invocations (due_at INTEGER NOT NULL, id TEXT NOT NULL, system_name TEXT NOT NULL, actor_name TEXT NOT NULL, request BLOB NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (due_at, id))"
        ]
      }
    ],
    "insertFirstConflict": "ignore",
    "recordMigration": "INSERT INTO spawn_schema_migrations (version, applied_at) VALUES (?, ?) ON CONFLICT (version) DO NOTHING",
    "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_name, actor_name) DO NOTHING",
    "updateCas": "UPDATE spawn_actor_state SET revision = ?, tags = ?, type_url = ?, data = ?, node = ?, updated_at = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_name, actor_name, revision) DO NOTHING",
    "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision <= ?",
    "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = ? AND actor_name = ?",
    "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ?",
    "updateData": "UPDATE spawn_actor_state SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "updateHistoryData": "UPDATE spawn_actor_state_history SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "ping": "SELECT 1",
    "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = ? AND id = ?",
    "selectDue(100)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 100",
    "selectDue(1)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 1",
    "selectPage(200)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 200",
    "selectPage(7)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 7",
    "executed": {
      "recordMigration": "INSERT INTO spawn_schema_migrations (version, applied_at) VALUES (?, ?) ON CONFLICT (version) DO NOTHING",
      "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_name, actor_name) DO NOTHING",
      "updateCas": "UPDATE spawn_actor_state SET revision = ?, tags = ?, type_url = ?, data = ?, node = ?, updated_at = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
      "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_name, actor_name, revision) DO NOTHING",
      "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision <= ?",
      "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = ? AND actor_name = ?",
      "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision = ?",
      "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ?",
      "updateData": "UPDATE spawn_actor_state SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
      "updateHistoryData": "UPDATE spawn_actor_state_history SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
      "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = ? AND id = ?",
      "selectDue(100)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 100",
      "selectPage(200)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 200"
    },
    "isDuplicateKey": [
      false,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false
    ]
  },
  "postgres": {
    "param": [
      "$1",
      "$2",
      "$10"
    ],
    "migrationLock": {
      "mode": "transaction",
      "acquire": "SELECT pg_advisory_xact_lock(1936744823)"
    },
    "bootstrap": "CREATE TABLE IF NOT EXISTS spawn_schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
    "migrations": [
      {
        "version": 1,
        "description": "actor state and history tables",
        "statements": [
          "CREATE TABLE IF NOT EXISTS spawn_actor_state (system_name TEXT NOT NULL, actor_name TEXT NOT NULL, revision BIGINT NOT NULL, tags TEXT NOT NULL, type_url TEXT NOT NULL, data BYTEA NOT NULL, node TEXT NOT NULL, inserted_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (system_name, actor_name))",
          "CREATE TABLE IF NOT EXISTS spawn_actor_state_history (system_name TEXT NOT NULL, actor_name TEXT NOT NULL, revision BIGINT NOT NULL, tags TEXT NOT NULL, type_url TEXT NOT NULL, data BYTEA NOT NULL, node TEXT NOT NULL, written_at BIGINT NOT NULL, PRIMARY KEY (system_name, actor_name, revision))"
        ]
      },
      {
        "version": 2,
        "description": "scheduled invocations",
        "statements": [
          "CREATE TABLE IF NOT EXISTS spawn_scheduled_invocations (due_at BIGINT NOT NULL, id TEXT NOT NULL, system_name TEXT NOT NULL, actor_name TEXT NOT NULL, request BYTEA NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (due_at, id))"
        ]
      }
    ],
    "insertFirstConflict": "ignore",
    "recordMigration": "INSERT INTO spawn_schema_migrations (version, applied_at) VALUES (?, ?) ON CONFLICT (version) DO NOTHING",
    "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_name, actor_name) DO NOTHING",
    "updateCas": "UPDATE spawn_actor_state SET revision = ?, tags = ?, type_url = ?, data = ?, node = ?, updated_at = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_name, actor_name, revision) DO NOTHING",
    "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision <= ?",
    "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = ? AND actor_name = ?",
    "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ?",
    "updateData": "UPDATE spawn_actor_state SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "updateHistoryData": "UPDATE spawn_actor_state_history SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "ping": "SELECT 1",
    "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = ? AND id = ?",
    "selectDue(100)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 100",
    "selectDue(1)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 1",
    "selectPage(200)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 200",
    "selectPage(7)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 7",
    "executed": {
      "recordMigration": "INSERT INTO spawn_schema_migrations (version, applied_at) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING",
      "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (system_name, actor_name) DO NOTHING",
      "updateCas": "UPDATE spawn_actor_state SET revision = $1, tags = $2, type_url = $3, data = $4, node = $5, updated_at = $6 WHERE system_name = $7 AND actor_name = $8 AND revision = $9",
      "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (system_name, actor_name, revision) DO NOTHING",
      "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = $1 AND actor_name = $2 AND revision <= $3",
      "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = $1 AND actor_name = $2",
      "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = $1 AND actor_name = $2 AND revision = $3",
      "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = $1 AND actor_name = $2",
      "updateData": "UPDATE spawn_actor_state SET data = $1 WHERE system_name = $2 AND actor_name = $3 AND revision = $4",
      "updateHistoryData": "UPDATE spawn_actor_state_history SET data = $1 WHERE system_name = $2 AND actor_name = $3 AND revision = $4",
      "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = $1 AND id = $2",
      "selectDue(100)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= $1 ORDER BY due_at, id LIMIT 100",
      "selectPage(200)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > $1 OR (system_name = $2 AND actor_name > $3) ORDER BY system_name, actor_name LIMIT 200"
    },
    "isDuplicateKey": [
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false
    ]
  },
  "cockroachdb": {
    "param": [
      "$1",
      "$2",
      "$10"
    ],
    "migrationLock": {
      "mode": "none"
    },
    "bootstrap": "CREATE TABLE IF NOT EXISTS spawn_schema_migrations (version INT8 PRIMARY KEY, applied_at INT8 NOT NULL)",
    "migrations": [
      {
        "version": 1,
        "description": "actor state and history tables",
        "statements": [
          "CREATE TABLE IF NOT EXISTS spawn_actor_state (system_name STRING NOT NULL, actor_name STRING NOT NULL, revision INT8 NOT NULL, tags STRING NOT NULL, type_url STRING NOT NULL, data BYTES NOT NULL, node STRING NOT NULL, inserted_at INT8 NOT NULL, updated_at INT8 NOT NULL, PRIMARY KEY (system_name, actor_name))",
          "CREATE TABLE IF NOT EXISTS spawn_actor_state_history (system_name STRING NOT NULL, actor_name STRING NOT NULL, revision INT8 NOT NULL, tags STRING NOT NULL, type_url STRING NOT NULL, data BYTES NOT NULL, node STRING NOT NULL, written_at INT8 NOT NULL, PRIMARY KEY (system_name, actor_name, revision))"
        ]
      },
      {
        "version": 2,
        "description": "scheduled invocations",
        "statements": [
          "CREATE TABLE IF NOT EXISTS spawn_scheduled_invocations (due_at INT8 NOT NULL, id STRING NOT NULL, system_name STRING NOT NULL, actor_name STRING NOT NULL, request BYTES NOT NULL, created_at INT8 NOT NULL, PRIMARY KEY (due_at, id))"
        ]
      }
    ],
    "insertFirstConflict": "ignore",
    "recordMigration": "INSERT INTO spawn_schema_migrations (version, applied_at) VALUES (?, ?) ON CONFLICT (version) DO NOTHING",
    "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_name, actor_name) DO NOTHING",
    "updateCas": "UPDATE spawn_actor_state SET revision = ?, tags = ?, type_url = ?, data = ?, node = ?, updated_at = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_name, actor_name, revision) DO NOTHING",
    "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision <= ?",
    "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = ? AND actor_name = ?",
    "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ?",
    "updateData": "UPDATE spawn_actor_state SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "updateHistoryData": "UPDATE spawn_actor_state_history SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "ping": "SELECT 1",
    "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = ? AND id = ?",
    "selectDue(100)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 100",
    "selectDue(1)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 1",
    "selectPage(200)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 200",
    "selectPage(7)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 7",
    "executed": {
      "recordMigration": "INSERT INTO spawn_schema_migrations (version, applied_at) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING",
      "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (system_name, actor_name) DO NOTHING",
      "updateCas": "UPDATE spawn_actor_state SET revision = $1, tags = $2, type_url = $3, data = $4, node = $5, updated_at = $6 WHERE system_name = $7 AND actor_name = $8 AND revision = $9",
      "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (system_name, actor_name, revision) DO NOTHING",
      "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = $1 AND actor_name = $2 AND revision <= $3",
      "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = $1 AND actor_name = $2",
      "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = $1 AND actor_name = $2 AND revision = $3",
      "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = $1 AND actor_name = $2",
      "updateData": "UPDATE spawn_actor_state SET data = $1 WHERE system_name = $2 AND actor_name = $3 AND revision = $4",
      "updateHistoryData": "UPDATE spawn_actor_state_history SET data = $1 WHERE system_name = $2 AND actor_name = $3 AND revision = $4",
      "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = $1 AND id = $2",
      "selectDue(100)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= $1 ORDER BY due_at, id LIMIT 100",
      "selectPage(200)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > $1 OR (system_name = $2 AND actor_name > $3) ORDER BY system_name, actor_name LIMIT 200"
    },
    "isDuplicateKey": [
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false
    ]
  },
  "mysql": {
    "param": [
      "?",
      "?",
      "?"
    ],
    "migrationLock": {
      "mode": "session",
      "acquire": "SELECT GET_LOCK('spawn_proxy_migrations', 60) AS got",
      "release": "SELECT RELEASE_LOCK('spawn_proxy_migrations') AS released"
    },
    "bootstrap": "CREATE TABLE IF NOT EXISTS spawn_schema_migrations (version INT PRIMARY KEY, applied_at BIGINT NOT NULL) ENGINE=InnoDB",
    "migrations": [
      {
        "version": 1,
        "description": "actor state and history tables",
        "statements": [
          "CREATE TABLE IF NOT EXISTS spawn_actor_state (system_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, actor_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, revision BIGINT NOT NULL, tags LONGTEXT NOT NULL, type_url VARCHAR(1024) NOT NULL, data LONGBLOB NOT NULL, node VARCHAR(1024) NOT NULL, inserted_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (system_name, actor_name)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
          "CREATE TABLE IF NOT EXISTS spawn_actor_state_history (system_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, actor_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, revision BIGINT NOT NULL, tags LONGTEXT NOT NULL, type_url VARCHAR(1024) NOT NULL, data LONGBLOB NOT NULL, node VARCHAR(1024) NOT NULL, written_at BIGINT NOT NULL, PRIMARY KEY (system_name, actor_name, revision)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
        ]
      },
      {
        "version": 2,
        "description": "scheduled invocations",
        "statements": [
          "CREATE TABLE IF NOT EXISTS spawn_scheduled_invocations (due_at BIGINT NOT NULL, id VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, system_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, actor_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, request LONGBLOB NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (due_at, id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
        ]
      }
    ],
    "insertFirstConflict": "error",
    "recordMigration": "INSERT IGNORE INTO spawn_schema_migrations (version, applied_at) VALUES (?, ?)",
    "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "updateCas": "UPDATE spawn_actor_state SET revision = ?, tags = ?, type_url = ?, data = ?, node = ?, updated_at = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision <= ?",
    "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = ? AND actor_name = ?",
    "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ?",
    "updateData": "UPDATE spawn_actor_state SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "updateHistoryData": "UPDATE spawn_actor_state_history SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "ping": "SELECT 1",
    "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = ? AND id = ?",
    "selectDue(100)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 100",
    "selectDue(1)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 1",
    "selectPage(200)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 200",
    "selectPage(7)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 7",
    "executed": {
      "recordMigration": "INSERT IGNORE INTO spawn_schema_migrations (version, applied_at) VALUES (?, ?)",
      "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      "updateCas": "UPDATE spawn_actor_state SET revision = ?, tags = ?, type_url = ?, data = ?, node = ?, updated_at = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
      "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision <= ?",
      "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = ? AND actor_name = ?",
      "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision = ?",
      "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ?",
      "updateData": "UPDATE spawn_actor_state SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
      "updateHistoryData": "UPDATE spawn_actor_state_history SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
      "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = ? AND id = ?",
      "selectDue(100)": "SELECT due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id LIMIT 100",
      "selectPage(200)": "SELECT system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name LIMIT 200"
    },
    "isDuplicateKey": [
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false
    ]
  },
  "mssql": {
    "param": [
      "@p1",
      "@p2",
      "@p10"
    ],
    "migrationLock": {
      "mode": "transaction",
      "acquire": "EXEC sp_getapplock @Resource = 'spawn_proxy_migrations', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000"
    },
    "bootstrap": "IF OBJECT_ID(N'spawn_schema_migrations', N'U') IS NULL CREATE TABLE spawn_schema_migrations (version INT PRIMARY KEY, applied_at BIGINT NOT NULL)",
    "migrations": [
      {
        "version": 1,
        "description": "actor state and history tables",
        "statements": [
          "IF OBJECT_ID(N'spawn_actor_state', N'U') IS NULL CREATE TABLE spawn_actor_state (system_name NVARCHAR(200) NOT NULL, actor_name NVARCHAR(200) NOT NULL, revision BIGINT NOT NULL, tags NVARCHAR(MAX) NOT NULL, type_url NVARCHAR(1024) NOT NULL, data VARBINARY(MAX) NOT NULL, node NVARCHAR(1024) NOT NULL, inserted_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (system_name, actor_name))",
          "IF OBJECT_ID(N'spawn_actor_state_history', N'U') IS NULL CREATE TABLE spawn_actor_state_history (system_name NVARCHAR(200) NOT NULL, actor_name NVARCHAR(200) NOT NULL, revision BIGINT NOT NULL, tags NVARCHAR(MAX) NOT NULL, type_url NVARCHAR(1024) NOT NULL, data VARBINARY(MAX) NOT NULL, node NVARCHAR(1024) NOT NULL, written_at BIGINT NOT NULL, PRIMARY KEY (system_name, actor_name, revision))"
        ]
      },
      {
        "version": 2,
        "description": "scheduled invocations",
        "statements": [
          "IF OBJECT_ID(N'spawn_scheduled_invocations', N'U') IS NULL CREATE TABLE spawn_scheduled_invocations (due_at BIGINT NOT NULL, id NVARCHAR(200) NOT NULL, system_name NVARCHAR(200) NOT NULL, actor_name NVARCHAR(200) NOT NULL, request VARBINARY(MAX) NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (due_at, id))"
        ]
      }
    ],
    "insertFirstConflict": "error",
    "recordMigration": "INSERT INTO spawn_schema_migrations (version, applied_at) VALUES (?, ?)",
    "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "updateCas": "UPDATE spawn_actor_state SET revision = ?, tags = ?, type_url = ?, data = ?, node = ?, updated_at = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision <= ?",
    "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = ? AND actor_name = ?",
    "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = ? AND actor_name = ?",
    "updateData": "UPDATE spawn_actor_state SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "updateHistoryData": "UPDATE spawn_actor_state_history SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?",
    "ping": "SELECT 1 AS ok",
    "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = ? AND id = ?",
    "selectDue(100)": "SELECT TOP (100) due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id",
    "selectDue(1)": "SELECT TOP (1) due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= ? ORDER BY due_at, id",
    "selectPage(200)": "SELECT TOP (200) system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name",
    "selectPage(7)": "SELECT TOP (7) system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name",
    "executed": {
      "recordMigration": "INSERT INTO spawn_schema_migrations (version, applied_at) VALUES (@p1, @p2)",
      "insertFirst": "INSERT INTO spawn_actor_state (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES (@p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)",
      "updateCas": "UPDATE spawn_actor_state SET revision = @p1, tags = @p2, type_url = @p3, data = @p4, node = @p5, updated_at = @p6 WHERE system_name = @p7 AND actor_name = @p8 AND revision = @p9",
      "insertHistory": "INSERT INTO spawn_actor_state_history (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES (@p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)",
      "pruneHistory": "DELETE FROM spawn_actor_state_history WHERE system_name = @p1 AND actor_name = @p2 AND revision <= @p3",
      "selectCurrent": "SELECT revision, tags, type_url, data, node FROM spawn_actor_state WHERE system_name = @p1 AND actor_name = @p2",
      "selectHistory": "SELECT revision, tags, type_url, data FROM spawn_actor_state_history WHERE system_name = @p1 AND actor_name = @p2 AND revision = @p3",
      "selectHistoryOfActor": "SELECT revision, data FROM spawn_actor_state_history WHERE system_name = @p1 AND actor_name = @p2",
      "updateData": "UPDATE spawn_actor_state SET data = @p1 WHERE system_name = @p2 AND actor_name = @p3 AND revision = @p4",
      "updateHistoryData": "UPDATE spawn_actor_state_history SET data = @p1 WHERE system_name = @p2 AND actor_name = @p3 AND revision = @p4",
      "insertSchedule": "INSERT INTO spawn_scheduled_invocations (due_at, id, system_name, actor_name, request, created_at) VALUES (@p1, @p2, @p3, @p4, @p5, @p6)",
      "claimSchedule": "DELETE FROM spawn_scheduled_invocations WHERE due_at = @p1 AND id = @p2",
      "selectDue(100)": "SELECT TOP (100) due_at, id, system_name, actor_name, request FROM spawn_scheduled_invocations WHERE due_at <= @p1 ORDER BY due_at, id",
      "selectPage(200)": "SELECT TOP (200) system_name, actor_name, revision, data FROM spawn_actor_state WHERE system_name > @p1 OR (system_name = @p2 AND actor_name > @p3) ORDER BY system_name, actor_name"
    },
    "isDuplicateKey": [
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      false,
      false
    ]
  }
};
