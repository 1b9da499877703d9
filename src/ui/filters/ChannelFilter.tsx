import type * as React from "react";
import type { Formatter } from "../../platform/formatting";
import type { Strings } from "../../platform/strings";
import { createElement } from "../reactBindings";
import { Menu, MenuButton, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger } from "../fluentBindings";

export interface ChannelFilterOption {
  /** The msdyn_channel value. */
  value: number;
  label: string;
  /** Null while unknown. */
  count: number | null;
}

export interface ChannelFilterProps {
  options: readonly ChannelFilterOption[];
  /** Empty: every channel. */
  selected: readonly number[];
  onChange(selected: number[]): void;
  strings: Strings;
  formatter: Formatter;
}

/** What the trigger says: every channel, the one chosen, or how many are. */
function describeChoice({ options, selected, strings, formatter }: ChannelFilterProps): string {
  if (selected.length === 0) return strings.get("ChannelFilter_All");
  const only = selected.length === 1 ? options.find((option) => option.value === selected[0]) : undefined;
  return only?.label ?? strings.plural("ChannelFilter_Some", selected.length, formatter.integer(selected.length));
}

/**
 * A menu of the channels with a check box each; several may be chosen. Its popover is a portal: Fluent gives it the
 * theme and direction of the FluentProvider around the control.
 */
export function ChannelFilter(props: ChannelFilterProps): React.ReactElement {
  const { options, selected, onChange, strings, formatter } = props;
  const choice = describeChoice(props);
  return (
    <Menu
      checkedValues={{ channels: selected.map(String) }}
      onCheckedValueChange={(_event, { checkedItems }) => onChange(checkedItems.map(Number))}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton aria-label={strings.format("ChannelFilter_Label", choice)}>{choice}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {options.map((option) => (
            <MenuItemCheckbox
              key={option.value}
              name="channels"
              value={String(option.value)}
              secondaryContent={option.count !== null ? formatter.integer(option.count) : undefined}
            >
              {option.label}
            </MenuItemCheckbox>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
