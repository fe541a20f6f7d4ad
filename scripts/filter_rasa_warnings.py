#!/usr/bin/env python3
"""Pass `rasa data validate` output through, failing on any warning that matters.

Rasa warns that responses sent only from custom actions are "not used in any
story or rule"; that is how this assistant is built (tests/test_domain.py
checks that every response is used somewhere instead). Every other warning,
such as an intent without examples or a conflicting rule, fails the build.
"""

import re
import sys

EXPECTED = re.compile(r"The utterance '\w+' is not used in any story or rule\.")
WARNING = re.compile(r"UserWarning: (.*)")


def main() -> int:
    unexpected = []
    for line in sys.stdin:
        match = WARNING.search(line)
        if match and not EXPECTED.search(match.group(1)):
            unexpected.append(match.group(1))
        if "ERROR" in line or (match and not EXPECTED.search(match.group(1))):
            sys.stdout.write(line)
        if "ERROR" in line:
            unexpected.append(line.strip())
    if unexpected:
        print(f"rasa data validate: {len(unexpected)} problem(s), see above", file=sys.stderr)
        return 1
    print("Training data and domain are consistent.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
