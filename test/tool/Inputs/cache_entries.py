#!/usr/bin/env python3
"""Looks at and damages the entries of serialscope's result cache, for the cache's tests.

Usage: cache_entries.py count <cache dir>       prints "entries: N"
       cache_entries.py bound <cache dir>       prints --cache-size=N, N a bound that holds the
                                                largest entry but not two entries of its size
       cache_entries.py truncate <cache dir>    cuts every entry to half its length
       cache_entries.py garbage <cache dir>     replaces every entry by bytes that are no JSON
       cache_entries.py wrong-type <cache dir>  keeps every entry JSON, with a field mistyped
       cache_entries.py together <N> <command...>
                                                runs the command N times at once; prints each
                                                exit status, sorted
"""
import json
import os
import subprocess
import sys


def entries(cache):
    found = []
    for shard in sorted(os.listdir(cache)):
        path = os.path.join(cache, shard)
        if len(shard) == 2 and os.path.isdir(path):
            found += [os.path.join(path, name) for name in sorted(os.listdir(path))
                      if '.tmp-' not in name]
    return found


if sys.argv[1] == 'together':
    runs = [subprocess.Popen(sys.argv[3:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(int(sys.argv[2]))]
    print('statuses: %s' % ' '.join(str(s) for s in sorted(run.wait() for run in runs)))
    sys.exit(0)
command, cache = sys.argv[1], sys.argv[2]
files = entries(cache)
if command == 'count':
    print('entries: %d' % len(files))
elif command == 'bound':
    print('--cache-size=%d' % (max(os.path.getsize(f) for f in files) * 6 // 5))
else:
    for name in files:
        with open(name, 'rb') as f:
            data = f.read()
        if command == 'truncate':
            data = data[:len(data) // 2]
        elif command == 'garbage':
            data = b'\x00\xff[[[[{"key": ' + b'[' * 100000
        elif command == 'wrong-type':
            entry = json.loads(data)
            entry['result']['reports'] = 'not a list'
            data = json.dumps(entry).encode()
        with open(name, 'wb') as f:
            f.write(data)
    print('%s: %d' % (command, len(files)))
