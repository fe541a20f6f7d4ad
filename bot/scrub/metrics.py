"""Recall, precision and speed of the scrubber on a table of annotated messages.

recall    = identifiers removed / identifiers present (removed: every character
            of the identifier lies inside some placeholder, whatever its label)
precision = placeholders of a kind that cover an identifier of that kind /
            all placeholders of that kind inserted, in every message: a
            placeholder in a negative (a message with no identifier) counts
            against its kind, so over-redaction lowers precision
Negatives count as changed if anything in them was replaced. Times are per
message, measured after a warm-up.

Usage, from the repository root with the gateway environment (`make bench`
runs it):
    PYTHONPATH=. python -m bot.scrub.metrics [--model PATH] [--rounds N]
The table is tests/gateway/scrub_cases.py: its Swedish cases first, its
English and other-language cases last; its blind sets were written after the
recognizers and are measured, never tuned against.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from bot.scrub.scrubber import DEFAULT_MODEL_PATH, Finding, Scrubber, normalise


class AnnotatedCase(Protocol):
    """What a table row must offer (tests.gateway.scrub_cases.Case does)."""

    text: str
    identifiers: tuple[tuple[str, str], ...]


@dataclass
class KindStats:
    """Counts for one placeholder kind."""

    present: int = 0
    removed: int = 0
    inserted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float | None:
        return self.removed / self.present if self.present else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.inserted if self.inserted else None


@dataclass
class Report:
    """Per-kind statistics, negatives changed, and per-message times."""

    kinds: dict[str, KindStats] = field(default_factory=lambda: defaultdict(KindStats))
    negatives: int = 0
    negatives_changed: list[str] = field(default_factory=list)
    missed: list[tuple[str, str]] = field(default_factory=list)
    times_ms: list[float] = field(default_factory=list)


def _spans(text: str, identifiers: Sequence[tuple[str, str]]) -> list[tuple[str, int, int]]:
    """Locate each annotated identifier in the (normalised) text, left to right."""
    spans = []
    cursor: dict[str, int] = {}
    for label, raw in identifiers:
        needle = normalise(raw)
        start = text.find(needle, cursor.get(needle, 0))
        if start < 0:
            raise ValueError(f"identifier {raw!r} not found in {text!r}")
        cursor[needle] = start + len(needle)
        spans.append((label, start, start + len(needle)))
    return spans


def _overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.start < end and start < finding.end


def evaluate(scrubber: Scrubber, cases: Sequence[AnnotatedCase]) -> Report:
    """Run the scrubber over `cases` and count per kind."""
    report = Report()
    for case in cases:
        text = normalise(case.text)
        findings = scrubber.analyze(text)
        if not case.identifiers:
            report.negatives += 1
            if findings:
                report.negatives_changed.append(case.text)
        spans = _spans(text, case.identifiers)
        for label, start, end in spans:
            stats = report.kinds[label]
            stats.present += 1
            covered = all(
                any(f.start <= i < f.end for f in findings)
                for i in range(start, end)
                if not text[i].isspace()
            )
            if covered:
                stats.removed += 1
            else:
                report.missed.append((label, text[start:end]))
        for finding in findings:
            stats = report.kinds[finding.label]
            stats.inserted += 1
            if any(
                label == finding.label and _overlaps(finding, start, end)
                for label, start, end in spans
            ):
                stats.correct += 1
    return report


def time_scrub(scrubber: Scrubber, texts: Sequence[str], rounds: int = 5) -> list[float]:
    """Milliseconds per `scrub` call over `rounds` passes, after one warm-up pass."""
    for text in texts:
        scrubber.scrub(text)
    times = []
    for _ in range(rounds):
        for text in texts:
            began = time.perf_counter()
            scrubber.scrub(text)
            times.append((time.perf_counter() - began) * 1000)
    return times


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def format_report(report: Report) -> str:
    """The report as a plain-text table."""
    lines = [
        f"{'kind':<20} {'present':>7} {'removed':>7} {'recall':>6}  "
        f"{'inserted':>8} {'correct':>7} {'precision':>9}"
    ]
    total = KindStats()
    for label in sorted(report.kinds):
        s = report.kinds[label]
        total.present += s.present
        total.removed += s.removed
        total.inserted += s.inserted
        total.correct += s.correct
        lines.append(
            f"{label:<20} {s.present:>7} {s.removed:>7} {_fmt(s.recall)}  "
            f"{s.inserted:>8} {s.correct:>7} {_fmt(s.precision):>9}"
        )
    lines.append(
        f"{'ALL':<20} {total.present:>7} {total.removed:>7} {_fmt(total.recall)}  "
        f"{total.inserted:>8} {total.correct:>7} {_fmt(total.precision):>9}"
    )
    lines.append(
        f"negatives changed: {len(report.negatives_changed)} of {report.negatives}"
        + "".join(f"\n  {t!r}" for t in report.negatives_changed)
    )
    if report.missed:
        lines.append("missed: " + ", ".join(f"{label} {raw!r}" for label, raw in report.missed))
    if report.times_ms:
        lines.append(
            f"scrub time per message: p50 {_percentile(report.times_ms, 0.5):.2f} ms, "
            f"p95 {_percentile(report.times_ms, 0.95):.2f} ms "
            f"({len(report.times_ms)} calls)"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the tables for tests/gateway/scrub_cases.py."""
    from tests.gateway.scrub_cases import (
        BLIND_FREE_TEXT_NAMES,
        BLIND_ISSUE_11,
        BLIND_OTHER_LANGUAGES,
        FREE_TEXT_NAMES,
        OTHER_LANGUAGE_CASES,
        SWEDISH_CASES,
    )

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL_PATH)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--no-capitalised",
        action="store_true",
        help="without the recognizer for unexplained capitalised words",
    )
    args = parser.parse_args(argv)

    model: Path = args.model
    with tempfile.TemporaryDirectory() as scratch:
        if not (model / "config.cfg").is_file():
            import spacy

            print(f"no pipeline at {model}: using a blank Swedish one (no NER)")
            model = Path(scratch) / "blank_sv"
            spacy.blank("sv").to_disk(model)
            cases = [c for c in SWEDISH_CASES if not getattr(c, "needs_ner", False)]
        else:
            cases = list(SWEDISH_CASES)
        scrubber = Scrubber(model, capitalised_names=not args.no_capitalised)
        report = evaluate(scrubber, cases)
        report.times_ms = time_scrub(scrubber, [c.text for c in cases], args.rounds)
        free = evaluate(scrubber, FREE_TEXT_NAMES)
        blind = evaluate(scrubber, BLIND_FREE_TEXT_NAMES)
        blind_classes = evaluate(scrubber, BLIND_ISSUE_11)
        other = evaluate(scrubber, OTHER_LANGUAGE_CASES)
        blind_other = evaluate(scrubber, BLIND_OTHER_LANGUAGES)
    print(f"model: {model}  table cases: {len(cases)}")
    print(format_report(report))
    print(f"mean {statistics.fmean(report.times_ms):.2f} ms")
    print(f"\nnames in free text, written with the name list ({len(FREE_TEXT_NAMES)} messages):")
    print(format_report(free))
    print(f"\nblind set: free-text names and capitalised non-names ({len(BLIND_FREE_TEXT_NAMES)}):")
    print(format_report(blind))
    print(f"\nblind set: issue 11's classes in new wording ({len(BLIND_ISSUE_11)}):")
    print(format_report(blind_classes))
    print(f"\nEnglish and the help cards' other languages ({len(OTHER_LANGUAGE_CASES)}):")
    print(format_report(other))
    print(f"\nblind set: English and other languages ({len(BLIND_OTHER_LANGUAGES)}):")
    print(format_report(blind_other))


if __name__ == "__main__":
    main()
