import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Checkbox as AriaCheckbox,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup as AriaRadioGroup,
  Select as AriaSelect,
  SelectValue,
} from 'react-aria-components';
import { FieldParts, type FieldBase } from './fields';

/**
 * Choice fields (select, radio group, checkbox) in the same GOV.UK pattern as ./fields. A module of
 * their own, imported directly (not through ./index), so the account pages, which only need text
 * fields, do not load the popover and list box code.
 */
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
      <FieldParts label={label} hint={hint} error={error} />
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
      <FieldParts label={label} hint={hint} error={error} />
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
