"""Train the small Swedish NER pipeline used by the privacy scrubber (bot/scrub/sv_ner).

Data: Swedish NER corpus (klintan/swedish-ner-corpus), built on Språkbanken
Webbnyheter 2012, CC BY 4.0. The corpus has one "token<TAB>tag" per line (some lines use
spaces instead of a tab), tags PER, ORG, LOC, MISC and 0 (outside), and blank lines between
sentences. Consecutive tokens with the same tag form one entity (a "B-"/"I-" prefix, if
present, is honoured).

Chat text is often lower-case ("jag heter sara"), while the news corpus is not, so every
training sentence is also added lower-cased and, unless --no-fold, lower-cased with
å/ä/ö folded to a/a/o. A tenth of the training sentences is held out as the dev set that
picks the best model; the test corpus is only used for the final metrics.

Usage (from the repository root, with the gateway environment):
    python scripts/train_ner.py [CORPUS_DIR] [--out bot/scrub/sv_ner] [--work-dir /tmp/...]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

import spacy
from spacy.cli.train import train
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "data" / "swedish-ner-corpus"
DEFAULT_OUT = REPO_ROOT / "bot" / "scrub" / "sv_ner"
CONFIG = Path(__file__).resolve().parent / "ner_config.cfg"
SEED = 0
DEV_FRACTION = 0.1
CREDIT = (
    "Swedish NER corpus (klintan/swedish-ner-corpus), built on Språkbanken "
    "Webbnyheter 2012, CC BY 4.0"
)
OUTSIDE = {"0", "O"}
FOLD = str.maketrans("åäö", "aao")

# One sentence: a list of (token, tag) pairs.
Sentence = list[tuple[str, str]]


def read_corpus(path: Path) -> list[Sentence]:
    """Read a token-per-line file into sentences (blank lines separate sentences)."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
            current = []
            continue
        token = parts[0].replace("\u00ad", "")  # drop soft hyphens left from the web text
        tag = parts[-1] if len(parts) > 1 else "0"
        if token:
            current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def variant(sentence: Sentence, lower: bool = False, fold: bool = False) -> Sentence:
    """Return the sentence lower-cased and/or with å/ä/ö folded to a/a/o."""
    result = sentence
    if lower:
        result = [(token.lower(), tag) for token, tag in result]
    if fold:
        result = [(token.translate(FOLD), tag) for token, tag in result]
    return result


def to_doc(nlp: Language, sentence: Sentence) -> Doc:
    """Build a Doc with the corpus tokens and the IO/IOB tags as entity spans."""
    # spaces=None marks the spaces as unknown, so spaCy trains on these exact tokens.
    doc = Doc(nlp.vocab, words=[token for token, _ in sentence])
    spans: list[Span] = []
    start, label = 0, None
    for i, (_, tag) in enumerate([*sentence, ("", "0")]):  # sentinel closes the last entity
        begins = tag.startswith("B-")
        tag = tag[2:] if tag[:2] in ("B-", "I-") else tag
        new_label = None if tag in OUTSIDE else tag
        if label is not None and (new_label != label or begins):
            spans.append(Span(doc, start, i, label=label))
        if new_label is not None and (new_label != label or begins):
            start = i
        label = new_label
    doc.ents = spans
    return doc


def augment(sentences: list[Sentence], fold: bool) -> list[Sentence]:
    """Original, lower-cased and (optionally) lower-cased + folded copies, no duplicates."""
    result: list[Sentence] = []
    for sentence in sentences:
        copies = [sentence, variant(sentence, lower=True)]
        if fold:
            copies.append(variant(sentence, lower=True, fold=True))
        result.extend(c for i, c in enumerate(copies) if c not in copies[:i])
    return result


def write_docbin(nlp: Language, sentences: list[Sentence], path: Path) -> None:
    DocBin(docs=(to_doc(nlp, s) for s in sentences)).to_disk(path)
    print(f"wrote {len(sentences)} sentences to {path}", flush=True)


def scores(nlp: Language, sentences: list[Sentence]) -> dict:
    """Entity precision/recall/F1, overall and per label, on the gold tokenisation."""
    examples = [Example(Doc(nlp.vocab, words=[t for t, _ in s]), to_doc(nlp, s)) for s in sentences]
    result = nlp.evaluate(examples)
    per_label = {
        label: {k: round(v[k], 4) for k in ("p", "r", "f")}
        for label, v in sorted(result["ents_per_type"].items())
    }
    overall = {k: round(result[f"ents_{k}"], 4) for k in ("p", "r", "f")}
    return {"overall": overall, "per_label": per_label}


def print_table(name: str, result: dict) -> None:
    print(f"\n{name}:  label      P      R      F", flush=True)
    rows = {**result["per_label"], "ALL": result["overall"]}
    for label, v in rows.items():
        print(f"{'':{len(name) + 3}}{label:<6} {v['p']:.3f}  {v['r']:.3f}  {v['f']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "sv_ner")
    parser.add_argument("--no-fold", action="store_true", help="skip the å/ä/ö-folded copy")
    args = parser.parse_args()
    fold = not args.no_fold

    train_all = read_corpus(args.corpus / "train_corpus.txt")
    test = read_corpus(args.corpus / "test_corpus.txt")
    random.Random(SEED).shuffle(train_all)
    n_dev = int(len(train_all) * DEV_FRACTION)
    dev, train_part = train_all[:n_dev], train_all[n_dev:]
    print(f"corpus: {len(train_part)} train, {len(dev)} dev, {len(test)} test sentences")

    nlp = spacy.blank("sv")
    args.work_dir.mkdir(parents=True, exist_ok=True)
    write_docbin(nlp, augment(train_part, fold), args.work_dir / "train.spacy")
    write_docbin(nlp, augment(dev, fold), args.work_dir / "dev.spacy")

    started = time.perf_counter()
    train(
        CONFIG,
        args.work_dir / "output",
        overrides={
            "paths.train": str(args.work_dir / "train.spacy"),
            "paths.dev": str(args.work_dir / "dev.spacy"),
        },
    )
    seconds = round(time.perf_counter() - started)
    print(f"training took {seconds} s", flush=True)

    # Re-save the best model alone (no training folders), with credit in meta.json.
    best = spacy.load(args.work_dir / "output" / "model-best")
    best.meta.update(
        name="sv_scrub_ner",
        version="0.1.0",
        description="Small Swedish NER (PER, LOC, ORG, MISC) for the privacy scrubber. "
        f"Trained on {CREDIT}.",
        license="CC BY 4.0",
        sources=[
            {
                "name": "Swedish NER corpus (klintan/swedish-ner-corpus)",
                "url": "https://github.com/klintan/swedish-ner-corpus",
                "license": "CC BY 4.0",
            }
        ],
    )
    best.config["paths"].update(train=None, dev=None)  # no scratch paths in the saved config
    if args.out.exists():
        shutil.rmtree(args.out)
    best.to_disk(args.out)

    metrics = {
        "data": CREDIT,
        "seed": SEED,
        "train_sentences": len(train_part),
        "dev_sentences": len(dev),
        "test_sentences": len(test),
        "augmentation": ["lower"] + (["lower+fold"] if fold else []),
        "training_seconds": seconds,
        "test": {
            "original": scores(best, test),
            "lowercase": scores(best, [variant(s, lower=True) for s in test]),
        },
    }
    if fold:
        folded = [variant(s, lower=True, fold=True) for s in test]
        metrics["test"]["lowercase_folded"] = scores(best, folded)
    for name, result in metrics["test"].items():
        print_table(name, result)
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    print(f"\nsaved pipeline and metrics.json to {args.out}")


if __name__ == "__main__":
    main()
