// Throwaway databases for micro benchmarks and tests: a uniquely named PostgreSQL database
// or MariaDB schema on this machine, dropped afterwards.
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import pg from 'pg';

export const PG = { host: '127.0.0.1', port: 5432, user: 'postgres', password: '' };
export const MARIADB = { host: '127.0.0.1', port: 3306, user: 'root', password: '' };

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export async function createPgDatabase(name: string): Promise<void> {
  const c = new pg.Client({ ...PG, database: 'postgres' });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE "${name}"`);
  } finally {
    await c.end();
  }
}

export async function dropPgDatabase(name: string): Promise<void> {
  const c = new pg.Client({ ...PG, database: 'postgres' });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
}

export async function createMariaDatabase(name: string): Promise<void> {
  const c = await mysql.createConnection(MARIADB);
  try {
    await c.query(`CREATE DATABASE \`${name}\``);
  } finally {
    await c.end();
  }
}

export async function dropMariaDatabase(name: string): Promise<void> {
  const c = await mysql.createConnection(MARIADB);
  try {
    await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await c.end();
  }
}
