import { ArgumentMetadata, Injectable, PipeTransform, ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { DomainException, ErrorCode, FieldError } from '../errors';

/**
 * Validates every GraphQL input class with class-validator and answers BAD_USER_INPUT naming each
 * field at fault, before any service runs (so nothing is written).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (!type || !needsValidation(type) || value === null || value === undefined) return value;
    return validateInput(type, value);
  }
}

/**
 * The same validation for an argument whose TypeScript type is a union (`Filter | null`): swc
 * records such a parameter's type as Object, so the global pipe cannot see its class. Name it:
 * `@Args('filter', { type: () => Filter, nullable: true }, new ValidateAs(Filter))`.
 */
export class ValidateAs implements PipeTransform {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  constructor(private readonly type: Function) {}

  async transform(value: unknown): Promise<unknown> {
    if (value === null || value === undefined) return value;
    return validateInput(this.type, value);
  }
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
async function validateInput(type: Function, value: unknown): Promise<object> {
  const instance = plainToInstance(type as new () => object, value) as object;
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length === 0) return instance;
  const fields = flatten(errors);
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  throw new DomainException(ErrorCode.BAD_USER_INPUT, `Invalid input: ${summary}`, fields);
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const validated = new WeakMap<Function, boolean>();

/**
 * Input classes carry class-validator rules; context objects (request, loaders, a field's parent)
 * do not. Rules are declared once per class, so the answer is kept per class: this runs for every
 * parameter of every field resolver.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function needsValidation(type: Function): boolean {
  let answer = validated.get(type);
  if (answer === undefined) {
    answer =
      ![String, Boolean, Number, Array, Object, Date].includes(type as never) &&
      getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    validated.set(type, answer);
  }
  return answer;
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
