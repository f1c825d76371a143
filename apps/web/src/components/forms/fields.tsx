import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  type ButtonProps as AriaButtonProps,
  Checkbox as AriaCheckbox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup as AriaRadioGroup,
  Select as AriaSelect,
  SelectValue,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
} from 'react-aria-components';

/**
 * Form fields in the GOV.UK pattern, on React Aria Components: a label, an optional hint, and the
 * error (from the api's extensions.fields, via describeError) beside the field. `id` is the input's
 * id, which the ErrorSummary links to. Validation is the server's: `error` set = invalid.
 */
interface FieldBase {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

export interface TextFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'url';
  autoComplete?: string;
  isRequired?: boolean;
  dir?: 'ltr' | 'rtl' | 'auto';
}

export function TextField({ id, label, hint, error, dir, ...props }: TextFieldProps): ReactNode {
  return (
    <AriaTextField className="field" isInvalid={!!error} validationBehavior="aria" {...props}>
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <Input id={id} className="field__input" dir={dir} />
    </AriaTextField>
  );
}

export interface TextAreaProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  dir?: 'ltr' | 'rtl' | 'auto';
}

export function TextArea({ id, label, hint, error, rows = 6, dir, ...props }: TextAreaProps): ReactNode {
  return (
    <AriaTextField className="field" isInvalid={!!error} validationBehavior="aria" {...props}>
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <AriaTextArea id={id} className="field__input field__input--area" rows={rows} dir={dir} />
    </AriaTextField>
  );
}

export interface Option {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface SelectProps extends FieldBase {
  options: Option[];
  value: string | null;
  onChange: (value: string) => void;
}

export function Select({ id, label, hint, error, options, value, onChange }: SelectProps): ReactNode {
  return (
    <AriaSelect
      className="field"
      id={id}
      isInvalid={!!error}
      validationBehavior="aria"
      value={value}
      onChange={(key) => onChange(String(key))}
    >
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <AriaButton className="field__input field__select">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <Popover className="popover">
        <ListBox className="listbox">
          {options.map((o) => (
            <ListBoxItem key={o.value} id={o.value} className="listbox__item">
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}

export interface RadioGroupProps extends FieldBase {
  options: Option[];
  value: string | null;
  onChange: (value: string) => void;
}

export function RadioGroup({ id, label, hint, error, options, value, onChange }: RadioGroupProps): ReactNode {
  return (
    <AriaRadioGroup
      className="field field--group"
      id={id}
      isInvalid={!!error}
      validationBehavior="aria"
      value={value}
      onChange={onChange}
    >
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      {options.map((o) => (
        <Radio key={o.value} value={o.value} className="choice">
          <span className="choice__mark" aria-hidden="true" />
          <span>
            <span className="choice__label">{o.label}</span>
            {o.hint && <span className="field__hint">{o.hint}</span>}
          </span>
        </Radio>
      ))}
    </AriaRadioGroup>
  );
}

export interface CheckboxProps {
  id: string;
  children: ReactNode;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
}

export function Checkbox({ id, children, ...props }: CheckboxProps): ReactNode {
  return (
    <AriaCheckbox id={id} className="choice" {...props}>
      <span className="choice__mark choice__mark--box" aria-hidden="true" />
      <span className="choice__label">{children}</span>
    </AriaCheckbox>
  );
}

export interface ButtonProps extends AriaButtonProps {
  variant?: 'primary' | 'secondary' | 'link';
}

export function Button({ variant = 'primary', className, ...props }: ButtonProps): ReactNode {
  return (
    <AriaButton {...props} className={`button button--${variant} ${typeof className === 'string' ? className : ''}`} />
  );
}
