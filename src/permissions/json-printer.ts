// Prints a positioned JSON tree as pretty JSON with two-space indentation.
import type { JsonNode } from './types.ts';

function printString(value: string): string {
  return JSON.stringify(value);
}

function printNode(node: JsonNode, indent: string): string {
  switch (node.type) {
    case 'string':
      return printString(node.value);
    case 'number':
      return node.raw;
    case 'boolean':
      return node.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'array': {
      if (node.items.length === 0) return '[]';
      const inner = indent + '  ';
      return `[\n${node.items.map((item) => inner + printNode(item, inner)).join(',\n')}\n${indent}]`;
    }
    case 'object': {
      if (node.members.length === 0) return '{}';
      const inner = indent + '  ';
      const lines = node.members.map(
        (member) => `${inner}${printString(member.key.value)}: ${printNode(member.value, inner)}`,
      );
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
  }
}

export function printJson(node: JsonNode): string {
  return printNode(node, '');
}
