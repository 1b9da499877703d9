import * as React from "react";

/**
 * React as local bindings. React is a platform library (an external the bundle reads as `Reactv16`), so every
 * `React.useState` or JSX element would stay a property access in the minified bundle; a local binding minifies to a
 * letter. JSX compiles to `createElement` and `Fragment` (tsconfig.json's jsxFactory and jsxFragmentFactory). `useRef` stays
 * `React.useRef`: the react-hooks lint rules know a ref only when it comes from React.
 */
export const { createElement, Fragment, memo, useCallback, useEffect, useMemo, useReducer, useState } = React;
