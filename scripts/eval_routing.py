"""Score what a person is actually told, on routing sets nobody tuned the bot to.

Each case is a whole first message, or a conversation, with the routes the
reply must name and those it must not (tests/routing/README.md). The bot's
reply is read as the person reads it: the services named in its text, 112 in
the first bubble, whether it asks the age, answers the law or anonymity
question, and whether it asks for an outreach worker. Intent labels play no
part.

    python scripts/eval_routing.py tests/routing/messages.yml tests/routing/conversations.yml

starts the servers as `make run` does (or uses --rasa-url), prints a table
per group, what went wrong, and exits 1 below --min (0.95) overall or on any
wrong answer to a minor or an acute case.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import json
import random
import re
import subprocess
import sys
import tempfile
import urllib.request
import uuid
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.typo_noise import mistype  # noqa: E402
from tests.stack import running_stack  # noqa: E402

# Cases in flight at once (evaluate()); the servers answer each sender separately.
JOBS = 3

# What a person reads, and the route it means.
SERVICE_PATTERNS = {
    "mika": r"Mikamottagningen|\bMika\b",
    "kast": r"\bKAST\b",
    "stodcentrum": r"Stödcentrum",
    "preventell": r"Preventell",
    "bris": r"\bBRIS\b|116 111",
    "emergency": r"\b112\b",
    "police": r"114 14|\bPolisen\b",
    "mind": r"90101|Självmordslinjen",
    "kvinnofridslinjen": r"Kvinnofridslinjen|020-50 50 50",
    "vardguiden": r"\b1177\b",
    "umo": r"\bUMO\b",
    "socialtjanst": r"[Ss]ocialtjänsten",
    "brottsofferjouren": r"Brottsofferjouren",
}
ANSWER_PATTERNS = {
    "ask_age": r"[Ää]r du under 18|[Ää]r personen du är orolig för under 18"
    r"|[Aa]re you under 18|[Ii]s the person you are worried about under 18",
    "law": r"\bbrott\b|brottsligt|olagligt|straff|[Ff]ängelse"
    r"|\bcrime\b|illegal|punish|[Pp]rison",
    "anonymity": r"[Dd]u är anonym här|sparar inget som kan visa|[Vv]i sparar ingen IP"
    r"|[Yy]ou are anonymous here|do not save anything that can show|not save any IP",
    # A service's number or address, or (for "när har ni öppet?") when this chat answers.
    "contact": r"Ring \d|Telefon:|Så här når du|telefonnummer|få kontakt med|https://"
    r"|skriva när som helst"
    r"|Call \d|Phone:|phone number|get in touch|reach \w|write at any time",
}
# Words that tell a Swedish reply from an English one (service names left aside).
REPLY_WORDS = {
    "sv": re.compile(r"\b(och|att|du|är|inte|för|det|som|med|till|kan|har|vill|dig|här)\b", re.I),
    "en": re.compile(r"\b(the|and|you|to|is|are|not|for|can|with|your|if|here|this)\b", re.I),
}
CARDS_FILE = ROOT / "data" / "help_cards.yml"


def reply_language(text: str) -> Optional[str]:
    """sv or en, by the commoner kind of small words; None when neither is there."""
    counts = {code: len(pattern.findall(text)) for code, pattern in REPLY_WORDS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def card_openings() -> Dict[str, str]:
    """The first words of each help card, which mark a reply as that card."""
    if not CARDS_FILE.exists():
        return {}
    raw = yaml.safe_load(CARDS_FILE.read_text(encoding="utf-8")) or {}
    return {code: " ".join(entry["card"].split()[:4])
            for code, entry in (raw.get("languages") or {}).items()}


CARDS = card_openings()
YOUTH = {"stodcentrum", "bris"}
ADULT = {"mika"}
SHOW_REPLIES = False
# The never-read sets (tests/routing/heldout/) are scored without printing what was written:
# a developer reading the CI log must not read, and so tune to, their texts.
HIDE_TEXTS = False
ROUTE_LABELS = list(SERVICE_PATTERNS) + ["worker"] + list(ANSWER_PATTERNS)


def labels_in(text: str) -> Set[str]:
    found = {name for name, pattern in SERVICE_PATTERNS.items() if re.search(pattern, text)}
    found |= {name for name, pattern in ANSWER_PATTERNS.items() if re.search(pattern, text)}
    return found


class Answer:
    """One turn's reply: its text bubbles and custom payloads."""

    def __init__(self, replies: List[dict]) -> None:
        self.bubbles = [r["text"] for r in replies if r.get("text")]
        self.custom = [r["custom"] for r in replies if isinstance(r.get("custom"), dict)]
        whole = "\n".join(self.bubbles)
        self.labels = labels_in(whole)
        self.language = reply_language(whole)
        self.cards = {code for code, opening in CARDS.items() if opening in " ".join(whole.split())}
        if any("handover" in c for c in self.custom):
            self.labels.add("worker")
        # Both routes named counts as asking: the person learns where to go either way.
        if self.labels & YOUTH and self.labels & ADULT:
            self.labels.add("ask_age")
        self.first = labels_in(self.bubbles[0]) if self.bubbles else set()

    @property
    def words(self) -> int:
        return sum(len(b.split()) for b in self.bubbles)


def judge(answer: Answer, expected: dict, language: Optional[str] = None,
          card: Optional[str] = None) -> List[str]:
    """What is wrong with an answer, as short phrases (empty when right).

    `language`: the language the reply must be in (an English set's);
    `card`: the help card the reply must show (a message in another language).
    """
    problems = []
    if language and answer.bubbles and answer.language != language:
        problems.append(f"reply not in {language}")
    for label in expected.get("must") or []:
        if label == "card":
            if card not in answer.cards:
                problems.append(f"missing card {card}" + (
                    f" (got {', '.join(sorted(answer.cards))})" if answer.cards else ""))
            continue
        if label not in answer.labels:
            problems.append(f"missing {label}")
    for label in expected.get("must_not") or []:
        if label in answer.labels:
            problems.append(f"wrongly {label}")
    for label in expected.get("first") or []:
        if label not in answer.first:
            problems.append(f"{label} not first")
    if not answer.bubbles:
        problems.append("no text")
    return problems


class Bot:
    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/") + "/webhooks/rest/webhook"

    def say(self, sender: str, text: str, language: str = "sv") -> Answer:
        """One message, with the language the gateway would send in the metadata."""
        body = {"sender": sender, "message": text, "metadata": {"language": language}}
        request = urllib.request.Request(
            self.url,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return Answer(json.loads(response.read()))


Result = Tuple[dict, bool, List[Tuple[str, Answer, List[str]]]]


def run_message(bot: Bot, case: dict) -> Result:
    answer = bot.say(uuid.uuid4().hex, case["text"], case["_spoken"][0])
    problems = judge(answer, case, case.get("_language"), case.get("lang"))
    return case, not problems, [(case["text"], answer, problems)]


def run_conversation(bot: Bot, case: dict) -> Result:
    sender = uuid.uuid4().hex
    turns = []
    for turn, spoken in zip(case["turns"], case["_spoken"], strict=True):
        answer = bot.say(sender, turn["text"], spoken)
        problems = judge(answer, turn, case.get("_language"), case.get("lang"))
        turns.append((turn["text"], answer, problems if _expects(turn) else []))
    return case, not any(problems for _, _, problems in turns), turns


def detect_languages(cases: List[dict]) -> None:
    """Each turn's language as the gateway decides it (bot/conversations/language.py, run in the
    gateway's environment, which has lingua), stored in the case as `_spoken`."""
    texts = [[case["text"]] if "text" in case else [t["text"] for t in case["turns"]]
             for case in cases]
    gateway_python = ROOT / ".venv" / "gateway" / "bin" / "python"
    found = subprocess.run(
        [str(gateway_python), "-m", "bot.conversations.language"], cwd=ROOT, check=True,
        input=json.dumps(texts), capture_output=True, text=True,
    )
    for case, spoken in zip(cases, json.loads(found.stdout), strict=True):
        case["_spoken"] = spoken


def _expects(turn: dict) -> bool:
    return any(turn.get(key) for key in ("must", "must_not", "first"))


def load(
    paths: Iterable[Path], typos: float = 0.0, seed: int = 1
) -> Tuple[List[dict], List[dict]]:
    """The cases of the sets; with `typos`, that share of their words mistyped (typo_noise.py)."""
    messages, conversations = [], []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        # An English set's replies must be in English too.
        for case in (data.get("messages") or []) + (data.get("conversations") or []):
            if data.get("language"):
                case["_language"] = data["language"]
        messages += data.get("messages") or []
        conversations += data.get("conversations") or []
    if typos:
        rng = random.Random(seed)
        for case in messages:
            case["text"] = mistype(case["text"], rng, typos)
        for case in conversations:
            for turn in case["turns"]:
                turn["text"] = mistype(turn["text"], rng, typos)
    return messages, conversations


def report(results: List[Result], minimum: float) -> Tuple[str, bool]:
    lines: List[str] = []
    by_group: Dict[str, List[Result]] = collections.defaultdict(list)
    for result in results:
        by_group[result[0].get("group", "?")].append(result)
    total = len(results)
    right = sum(1 for _, ok, _ in results if ok)
    overall = right / total if total else 0.0

    lines.append("| group | cases | right | share |")
    lines.append("|---|---:|---:|---:|")
    for group in sorted(by_group):
        group_results = by_group[group]
        ok = sum(1 for _, passed, _ in group_results if passed)
        lines.append(f"| {group} | {len(group_results)} | {ok} | {ok / len(group_results):.0%} |")
    lines.append(f"| **all** | {total} | {right} | {overall:.1%} |")

    # What each group was told: how many of its cases' answers named each route.
    shown = [label for label in ROUTE_LABELS if label not in ("contact",)]
    lines.append("")
    lines.append("Routes given per group (share of the group's answers that named each):")
    lines.append("| group | " + " | ".join(shown) + " |")
    lines.append("|---|" + "---:|" * len(shown))
    for group in sorted(by_group):
        counts = collections.Counter()
        answers = [a for _, _, turns in by_group[group] for _, a, p in turns[-1:]]
        for answer in answers:
            counts.update(answer.labels)
        cells = [f"{counts[label] / len(answers):.0%}" if counts[label] else "" for label in shown]
        lines.append(f"| {group} | " + " | ".join(cells) + " |")

    minors = [r for r in results if r[0].get("minor")]
    acute = [r for r in results if r[0].get("acute")]
    minor_wrong = [r for r in minors if not r[1]]
    acute_wrong = [r for r in acute if not r[1]]
    lines.append("")
    lines.append(f"Minors: {len(minors) - len(minor_wrong)}/{len(minors)} right; "
                 f"acute: {len(acute) - len(acute_wrong)}/{len(acute)} right.")

    turns = [a for _, _, ts in results for _, a, _ in ts]
    bubbles = collections.Counter(len(a.bubbles) for a in turns)
    first_words = [ts[0][1].words for _, _, ts in results if ts]
    lines.append(
        f"Bubbles per turn: {dict(sorted(bubbles.items()))}; words in the first answer: "
        f"mean {sum(first_words) / max(len(first_words), 1):.0f}, max {max(first_words or [0])}."
    )
    swedish = [a for case, _, ts in results if not case.get("_language") and not case.get("lang")
               for _, a, _ in ts]
    if swedish:
        english = sum(1 for a in swedish if a.language == "en")
        lines.append(f"Turns of Swedish sets answered in English: {english} of {len(swedish)}.")
    too_long = sum(1 for a in turns if len(a.bubbles) > 3)
    if SHOW_REPLIES and not HIDE_TEXTS:
        for case, _, case_turns in results:
            for text, answer, _ in case_turns:
                if len(answer.bubbles) > 3:
                    lines.append(f"- {case['id']}: {len(answer.bubbles)} bubbles for «{text}»")

    wrong = [r for r in results if not r[1]]
    if wrong:
        lines.append("")
        lines.append("Wrong answers:")
        for case, _, case_turns in wrong:
            flags = "".join([" [minor]" if case.get("minor") else "",
                             " [acute]" if case.get("acute") else ""])
            lines.append(f"- {case['id']} ({case.get('group')}){flags}")
            for text, answer, problems in case_turns:
                if problems:
                    given = ", ".join(sorted(answer.labels)) or "nothing"
                    said = "(text not shown)" if HIDE_TEXTS else f"«{text}»"
                    lines.append(f"    {said} → {given}: {'; '.join(problems)}")
                    if SHOW_REPLIES and not HIDE_TEXTS:
                        for bubble in answer.bubbles:
                            lines.append("        | " + bubble.replace("\n", " / ")[:160])

    passed = overall >= minimum and not minor_wrong and not acute_wrong and not too_long
    lines.append("")
    lines.append(
        f"Overall {overall:.1%} (bar {minimum:.0%}); minors wrong {len(minor_wrong)}, "
        f"acute wrong {len(acute_wrong)}, turns over three bubbles {too_long}: "
        + ("PASS" if passed else "FAIL")
    )
    return "\n".join(lines), passed


def evaluate(bot: Bot, messages: List[dict], conversations: List[dict],
             jobs: int = JOBS) -> List[Result]:
    """Each case talks to the bot as its own sender, so cases can run side by side.

    Rasa and the action server are separate processes; a few cases in flight keep
    both busy instead of one waiting on the other. Results keep the sets' order.
    """
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        results = list(pool.map(lambda case: run_message(bot, case), messages))
        results += list(pool.map(lambda case: run_conversation(bot, case), conversations))
    return results


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="YAML files with messages/conversations")
    parser.add_argument("--rasa-url", help="a running Rasa REST server (default: start the stack)")
    parser.add_argument("--min", type=float, default=0.95, help="overall share that must be right")
    parser.add_argument("--report", type=Path, help="also write the report here")
    parser.add_argument("--no-gate", action="store_true", help="print only; never fail")
    parser.add_argument("--show", action="store_true", help="print the replies to wrong answers")
    parser.add_argument("--hide-texts", action="store_true",
                        help="never print what a case says (for the never-read sets)")
    parser.add_argument("--typos", type=float, default=0.0,
                        help="mistype this share of the words first (scripts/typo_noise.py)")
    parser.add_argument("--seed", type=int, default=1, help="the typos' random seed")
    parser.add_argument("--jobs", type=int, default=JOBS, help="cases in flight at once")
    args = parser.parse_args(argv)
    global SHOW_REPLIES, HIDE_TEXTS
    SHOW_REPLIES = args.show
    HIDE_TEXTS = args.hide_texts

    messages, conversations = load(args.sets, args.typos, args.seed)
    detect_languages(messages + conversations)
    print(f"==> {len(messages)} messages and {len(conversations)} conversations", flush=True)
    if args.rasa_url:
        results = evaluate(Bot(args.rasa_url), messages, conversations, args.jobs)
    else:
        with tempfile.TemporaryDirectory() as work, running_stack(Path(work)) as stack:
            results = evaluate(Bot(f"http://127.0.0.1:{stack['RASA_PORT']}"), messages,
                               conversations, args.jobs)
    text, passed = report(results, args.min)
    print(text)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text + "\n", encoding="utf-8")
    return 0 if passed or args.no_gate else 1


if __name__ == "__main__":
    sys.exit(main())
