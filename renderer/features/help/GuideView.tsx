import { Code, List, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import type { Guide } from './guide';
import { parseInline, type Block } from './markdown';

/** A guide's # is the drawer's second level: the app's page title is the first. */
const TITLE_ORDER = { 1: 2, 2: 4, 3: 5 } as const;

/** Text with its bold and code spans, as React elements (never as HTML). */
function InlineText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, i) => {
        if (part.kind === 'bold') return <strong key={i}>{part.text}</strong>;
        if (part.kind === 'code') return <Code key={i}>{part.text}</Code>;
        return <Fragment key={i}>{part.text}</Fragment>;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }): ReactNode {
  switch (block.kind) {
    case 'heading':
      return (
        <Title order={TITLE_ORDER[block.level]} mt={block.level === 1 ? 0 : 'xs'}>
          <InlineText text={block.text} />
        </Title>
      );
    case 'paragraph':
      return (
        <Text>
          <InlineText text={block.text} />
        </Text>
      );
    case 'list':
      return (
        <List type={block.ordered ? 'ordered' : 'unordered'} spacing={4} withPadding>
          {block.items.map((item, i) => (
            <List.Item key={i}>
              <InlineText text={item} />
            </List.Item>
          ))}
        </List>
      );
    case 'table':
      return (
        <Table withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              {block.header.map((cell, i) => (
                <Table.Th key={i}>
                  <InlineText text={cell} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {block.rows.map((row, r) => (
              <Table.Tr key={r}>
                {row.map((cell, i) => (
                  <Table.Td key={i}>
                    <InlineText text={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
  }
}

/** A guide as it reads on screen; its title is shown by the drawer or list holding it. */
export function GuideView({ guide }: { guide: Guide }) {
  const first = guide.blocks[0];
  const body =
    first?.kind === 'heading' && first.level === 1 ? guide.blocks.slice(1) : guide.blocks;
  return (
    <Stack gap="sm" data-guide={guide.id}>
      {body.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </Stack>
  );
}
