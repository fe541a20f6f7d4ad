#!/usr/bin/env python3
"""Fail the build when held-out intent macro-F1 drops below the bar.

Reads the intent_report.json that `rasa test nlu` writes and prints a short
table, weakest intents first, so a failing run says where to add data.
"""

import argparse
import json
import sys
from pathlib import Path

SUMMARY_KEYS = {"accuracy", "macro avg", "micro avg", "weighted avg"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", type=Path)
    parser.add_argument("--min-macro-f1", type=float, required=True)
    args = parser.parse_args()

    report = json.loads(args.report.read_text(encoding="utf-8"))
    intents = {k: v for k, v in report.items() if k not in SUMMARY_KEYS}
    macro_f1 = report["macro avg"]["f1-score"]
    examples = sum(v["support"] for v in intents.values())

    print(f"{'intent':32} {'f1':>6} {'support':>8}  confused with")
    for name, row in sorted(intents.items(), key=lambda kv: kv[1]["f1-score"])[:8]:
        confused = ", ".join(f"{k} ({n})" for k, n in row.get("confused_with", {}).items())
        print(f"{name:32} {row['f1-score']:6.3f} {row['support']:8}  {confused}")
    print(
        f"Held-out intent macro-F1 {macro_f1:.3f} over {len(intents)} intents and "
        f"{examples} examples (bar {args.min_macro_f1:.2f})"
    )
    if macro_f1 < args.min_macro_f1:
        print("FAILED: add training examples for the weakest intents above.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
