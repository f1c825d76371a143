import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** Thrown at start-up when the environment is wrong; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(
    readonly variables: string[],
    details: string[],
  ) {
    super(`Invalid configuration: ${details.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds a typed config from the environment. Each property of the class is named after its
 * environment variable and carries its default; class-validator decorators say what is valid.
 */
export function loadConfig<T extends object>(type: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const defaults = new type() as Record<string, unknown>;
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    const value = env[key];
    raw[key] = value === undefined || value === '' ? defaults[key] : coerce(value, defaults[key]);
  }
  const config = plainToInstance(type, raw);
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => e.property),
      errors.map(describe),
    );
  }
  const checked = config as T & { check?: () => void };
  checked.check?.();
  return config;
}

/** Environment values are strings; the default's type says what the variable holds. */
function coerce(value: string, fallback: unknown): unknown {
  if (typeof fallback === 'number') return value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value);
  if (typeof fallback === 'boolean') {
    const v = value.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
  }
  return value;
}

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {}).join(', ');
  return `${error.property}: ${reasons}`;
}
