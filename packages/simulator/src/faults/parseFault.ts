import type { Fault, FaultName, FaultParameter } from './Fault';
import { faultHeader, faultNames, faultParameters, parametersByFault } from './Fault';

/** What {@link parseFault} found: a fault, or why the text names none. */
export type FaultParseResult = { fault: Fault } | { invalid: string };

function isFaultName(name: string): name is FaultName {
  return (faultNames as readonly string[]).includes(name);
}

/**
 * Parses a fault as the {@link faultHeader} header writes it: a name, then `name=value`
 * parameters separated by `;` (or `,`), e.g. `drop-mid-frame; after=5; times=1`. Every
 * parameter is an integer; an unknown name, parameter or value is invalid, with a message that
 * lists what is accepted.
 */
export function parseFault(text: string): FaultParseResult {
  const [name = '', ...fields] = text.split(/[;,]/).map((part) => part.trim());
  if (!isFaultName(name)) return { invalid: `${faultHeader}: unknown fault "${name}"; known faults: ${faultNames.join(', ')}` };
  const accepted = parametersByFault[name];
  const fault: { name: FaultName } & Partial<Record<FaultParameter['field'], number>> = { name };
  for (const field of fields) {
    if (field === '') continue;
    const [parameterName = '', value, ...extra] = field.split('=').map((part) => part.trim());
    const parameter = accepted.includes(parameterName) ? faultParameters[parameterName] : undefined;
    if (!parameter) {
      const takes = accepted.length > 0 ? `takes ${accepted.join(', ')}` : 'takes no parameters';
      return { invalid: `${faultHeader}: ${name} ${takes}, not "${parameterName}"` };
    }
    const number = Number(value);
    if (value === undefined || value === '' || extra.length > 0 || !Number.isInteger(number) || number < parameter.min || number > parameter.max) {
      return { invalid: `${faultHeader}: ${parameterName} must be an integer from ${parameter.min} to ${parameter.max}, not "${value ?? ''}"` };
    }
    fault[parameter.field] = number;
  }
  return { fault: fault as Fault };
}
