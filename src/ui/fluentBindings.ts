import * as Fluent from "@fluentui/react-components";

/**
 * The Fluent UI members the control uses, as local bindings. Fluent is a platform library (an external the bundle
 * reads as `FluentUIReactv940`), so every `tokens.x` or `makeStyles(…)` imported from the package would stay a
 * property access in the minified bundle; a local binding minifies to a letter.
 */
export const {
  Body1Strong,
  Button,
  Caption1,
  FluentProvider,
  Input,
  Menu,
  MenuButton,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  Spinner,
  Subtitle2,
  createFocusOutlineStyle,
  makeResetStyles,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
} = Fluent;
