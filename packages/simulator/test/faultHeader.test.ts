import { describe, expect, it } from 'vitest';
import type { Fault } from '../src/index';
import { faultNames, faultsByDialect, formatFaultHeader, parseFault, readFaultHeader } from '../src/index';

describe('the fault header', () => {
  it('reads a name and integer parameters separated by semicolons', () => {
    expect(parseFault('drop-mid-frame; after=5; times=1')).toEqual({ fault: { name: 'drop-mid-frame', after: 5, times: 1 } });
    expect(parseFault('stall;after=0;duration-ms=2000')).toEqual({ fault: { name: 'stall', after: 0, durationMs: 2000 } });
    expect(parseFault(' status-429 , retry-after=7 ')).toEqual({ fault: { name: 'status-429', retryAfterSeconds: 7 } });
    expect(parseFault('html-error')).toEqual({ fault: { name: 'html-error' } });
  });

  it('formats every fault so that parsing gives it back', () => {
    const faults: Fault[] = [
      { name: 'drop-mid-frame', after: 5, times: 1 },
      { name: 'drop-mid-utf8', after: 0 },
      { name: 'stall', after: 3, durationMs: 250, times: 2 },
      { name: 'status-5xx', status: 502, retryAfterSeconds: 3 },
      { name: 'status-429', retryAfterSeconds: 1, times: 1 },
      { name: 'status-401' },
      { name: 'html-error', times: 1 },
      { name: 'wrong-content-type' },
      { name: 'garbage', after: 2 },
      { name: 'invalid-utf8', after: 4 },
      { name: 'oversize-frame', after: 1, bytes: 4096 },
      { name: 'duplicate-after-reconnect', count: 2, times: 1 },
      { name: 'out-of-order', after: 6 },
    ];
    expect(faults.map((fault) => fault.name)).toEqual(faultNames);
    for (const fault of faults) expect(parseFault(formatFaultHeader(fault))).toEqual({ fault });
    expect(formatFaultHeader({ name: 'drop-mid-frame', after: 5, times: 1 })).toBe('drop-mid-frame; after=5; times=1');
  });

  it('rejects an unknown fault name, listing the known ones', () => {
    const result = parseFault('explode; after=1');
    expect(result).toEqual({ invalid: `x-simulator-fault: unknown fault "explode"; known faults: ${faultNames.join(', ')}` });
  });

  it('rejects a parameter the fault does not take, naming those it does', () => {
    expect(parseFault('drop-mid-frame; count=2')).toEqual({ invalid: 'x-simulator-fault: drop-mid-frame takes after, times, not "count"' });
    expect(parseFault('status-401; after=1')).toEqual({ invalid: 'x-simulator-fault: status-401 takes times, not "after"' });
  });

  it('rejects a value that is not an integer in range', () => {
    expect(parseFault('drop-mid-frame; after=-1')).toEqual({ invalid: `x-simulator-fault: after must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}, not "-1"` });
    expect(parseFault('stall; duration-ms=1.5')).toEqual({ invalid: 'x-simulator-fault: duration-ms must be an integer from 1 to 600000, not "1.5"' });
    expect(parseFault('status-5xx; status=404')).toEqual({ invalid: 'x-simulator-fault: status must be an integer from 500 to 599, not "404"' });
    expect(parseFault('garbage; times=0')).toMatchObject({ invalid: expect.stringContaining('times must be an integer from 1') });
    expect(parseFault('garbage; after')).toMatchObject({ invalid: expect.stringContaining('not ""') });
  });

  it('prefers the header to the query parameter and ignores a blank one', () => {
    const query = new URLSearchParams({ fault: 'stall; after=1' });
    expect(readFaultHeader({ headers: { 'x-simulator-fault': 'garbage' } }, query)).toEqual({ fault: { name: 'garbage' } });
    expect(readFaultHeader({ headers: { 'x-simulator-fault': '  ' } }, query)).toEqual({ fault: { name: 'stall', after: 1 } });
    expect(readFaultHeader({ headers: {} }, new URLSearchParams())).toEqual({ fault: undefined });
  });
});

describe('faultsByDialect', () => {
  it('gives every dialect every fault but a duplicate after reconnect where streams cannot be re-joined', () => {
    const everyFaultBut = (name: string) => faultNames.filter((fault) => fault !== name);
    expect(faultsByDialect).toEqual({
      boosted: faultNames,
      assistants: everyFaultBut('duplicate-after-reconnect'),
      teammate: faultNames,
      chatkit: everyFaultBut('duplicate-after-reconnect'),
    });
  });
});
