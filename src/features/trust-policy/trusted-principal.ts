// The "Add trusted user" form's step: add an allow statement naming an SRN to a trust policy, keeping what is there.
import { parseJson, printJson, principalSrn, type JsonNode } from '../../permissions/index.ts';

export interface TrustedPrincipalInput {
  operatorId: string;
  /** Absent: the operator's root user. */
  userName?: string;
  condition?: string;
}

export type AddOutcome =
  { kind: 'added'; text: string; srn: string } | { kind: 'present'; srn: string } | { kind: 'unreadable' };

function toPlain(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.members.map((member) => [member.key.value, toPlain(member.value)]));
    case 'array':
      return node.items.map(toPlain);
    default:
      return node.value;
  }
}

/**
 * Adds `{"effect":"allow","principal":{"soracom":[srn]}}` (with the condition, if any) to the
 * policy, or starts one. An unconditional allow already naming the SRN is left as it is.
 */
export function addTrustedPrincipal(policy: string, input: TrustedPrincipalInput): AddOutcome {
  const srn = principalSrn(input.operatorId.trim(), input.userName?.trim() || undefined);
  const condition = input.condition?.trim() ?? '';
  let statements: unknown[] = [];
  if (policy.trim() !== '') {
    const parsed = parseJson(policy);
    const root = parsed.root ? toPlain(parsed.root) : null;
    if (!root || typeof root !== 'object' || !Array.isArray((root as { statements?: unknown }).statements))
      return { kind: 'unreadable' };
    statements = [...(root as { statements: unknown[] }).statements];
  }
  const present = statements.some((statement) => {
    if (!statement || typeof statement !== 'object') return false;
    const s = statement as { effect?: unknown; principal?: { soracom?: unknown }; condition?: unknown };
    const list = s.principal?.soracom;
    return (
      s.effect === 'allow' &&
      s.condition === undefined &&
      condition === '' &&
      (Array.isArray(list) ? list.includes(srn) : list === srn)
    );
  });
  if (present) return { kind: 'present', srn };
  statements.push({
    effect: 'allow',
    principal: { soracom: [srn] },
    ...(condition !== '' ? { condition } : {}),
  });
  const parsed = parseJson(JSON.stringify({ statements }));
  const text = parsed.root ? printJson(parsed.root) : JSON.stringify({ statements }, null, 2);
  return { kind: 'added', text, srn };
}
