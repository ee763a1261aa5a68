import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useSearchKeys } from './useRegisterKeys';

/** Quiet time after the last key before the register is searched. */
const SEARCH_PAUSE_MS = 120;

/**
 * The register's "Cari" field. What is typed lives here, so a key re-renders this field
 * alone, not the page with its 50,000-row list; the page hears the text once typing
 * pauses. When the page clears the search (Reset), the field follows.
 */
export function RegisterSearch({
  value,
  onSearch,
}: {
  /** The search the register shows now. */
  value: string;
  onSearch: (query: string) => void;
}) {
  const [text, setText] = useState(value);
  const [paused] = useDebouncedValue(text, SEARCH_PAUSE_MS);
  const inputRef = useRef<HTMLInputElement>(null);
  useSearchKeys(inputRef);
  const latest = useRef({ value, onSearch, paused });
  useEffect(() => {
    latest.current = { value, onSearch, paused };
  });
  useEffect(() => {
    if (paused !== latest.current.value) latest.current.onSearch(paused);
  }, [paused]);
  // A change that did not come from this field (Reset) replaces what is typed.
  useEffect(() => {
    if (value !== latest.current.paused) setText(value);
  }, [value]);
  return (
    <TextInput
      ref={inputRef}
      label="Cari"
      placeholder="Nomor, pemohon… (Ctrl+F)"
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      w={240}
    />
  );
}
