"""Retrain the toward-target sentiment model and write ``data/sentiment/toward.yaml``.

Usage, from the repository's root: ``.venv/bin/python scripts/train_toward.py``
[``--data ../shared/corpus/newsmtsc/train.jsonl``] [``--out data/sentiment/toward.yaml``].

Trains a multinomial logistic regression (scikit-learn) on the features of
``framing.sentiment.scope`` for every target of NewsMTSC's training file whose
sentence is in the *train* fold — the fold rule of
``../shared/eval/score_target_sentiment.py`` (SHA-1 of ``primary_gid`` mod 5 ≠ 0);
the dev fold is never read. Classes are weighted to balance them (the measure is
macro-F1); the regularisation strength is chosen by 5-fold cross-validation on
the train fold, whose macro-F1 is written into the file. Only the coefficients
are saved; the scoring path never imports scikit-learn.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from framing.sentiment.scope import FEATURES, target_features  # noqa: E402
from framing.sentiment.toward import CLASSES, MODEL_FILE, _lexicon  # noqa: E402

GOLD = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
DATA = REPO.parent / "shared" / "corpus" / "newsmtsc" / "train.jsonl"
ABOUT = {
    "sentence": "VADER compound of the whole sentence",
    "clause_pos": "sum of positive valences (/4) in the target's clause",
    "clause_neg": "sum of negative valences (/4) in the target's clause",
    "before_pos": "positive valences in the clause before the target (target as patient: 'X praised Y')",
    "before_neg": "negative valences in the clause before the target ('X condemned Y')",
    "after_pos": "positive valences in the clause after the target (target as agent or subject)",
    "after_neg": "negative valences in the clause after the target",
    "passive_pos": "positive participle of a passive after the target ('Y was praised')",
    "passive_neg": "negative participle of a passive after the target ('Y was condemned')",
    "object_pos": "positive noun governing the target ('praise for Y')",
    "object_neg": "negative noun governing the target ('criticism of Y')",
    "near_pos": "positive valences within 4 words, divided by the distance",
    "near_neg": "negative valences within 4 words, divided by the distance",
    "other_pos": "positive valences outside the target's clause",
    "other_neg": "negative valences outside the target's clause",
    "negation": "number of negators in the target's clause",
    "hedge": "number of hedges in the target's clause",
    "quoted": "1 when the target stands inside quotation marks",
    "subject": "1 when the target opens its clause (subject position)",
}


def in_train_fold(gid: str) -> bool:
    """Return whether a sentence id is in the train fold (the scorer's hash rule)."""
    return int(hashlib.sha1(gid.encode()).hexdigest(), 16) % 5 != 0


def examples(path: Path) -> tuple[list[tuple[float, ...]], list[str]]:
    """Return the feature rows and gold labels of every target of the train fold."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader, lexicon = SentimentIntensityAnalyzer(), _lexicon("en")
    rows, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if not in_train_fold(item["primary_gid"]):
            continue
        sentence = item["sentence_normalized"]
        compound = vader.polarity_scores(sentence)["compound"]
        for target in item["targets"]:
            found = target_features(sentence, target["from"], target["to"], lexicon=lexicon, compound=compound)
            rows.append(found.values)
            labels.append(GOLD[target["polarity"]])
    return rows, labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    rows, labels = examples(args.data)
    best_c, best_f1 = None, -1.0
    for c in (0.01, 0.1, 1.0, 10.0):
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
        f1 = cross_val_score(model, rows, labels, cv=5, scoring="f1_macro").mean()
        if f1 > best_f1:
            best_c, best_f1 = c, f1
    model = LogisticRegression(C=best_c, class_weight="balanced", max_iter=2000).fit(rows, labels)
    order = [list(model.classes_).index(c) for c in CLASSES]
    lines = [
        "# Coefficients of the toward-target sentiment model (framing/sentiment/toward.py).",
        "# Written by scripts/train_toward.py; do not edit by hand: retrain with",
        "#   .venv/bin/python scripts/train_toward.py",
        "# Model: multinomial logistic regression (scikit-learn LogisticRegression, class_weight=balanced,",
        f"#   C={best_c} chosen by 5-fold cross-validation) over the features of framing/sentiment/scope.py.",
        "# Data: NewsMTSC training file (Hamborg & Donnay 2021, 'NewsMTSC: A Dataset for (Multi-)Target-",
        "#   dependent Sentiment Classification in Political News Articles', EACL; github.com/fhamborg/NewsMTSC,",
        "#   MIT licence), train fold only (SHA-1(primary_gid) mod 5 != 0, the rule of",
        "#   ../shared/eval/score_target_sentiment.py); the dev fold is never read. No sentence is stored here.",
        f"# Examples: {len(rows)} targets; date: {datetime.date.today().isoformat()}.",
        "# Score = P(positive) - P(negative); polarity = the likeliest class.",
        f"train_fold_cv_macro_f1: {best_f1:.4f}  # 5-fold cross-validation on the train fold, gold target spans",
        f"classes: {list(CLASSES)}",
        "intercepts: {" + ", ".join(f"{c}: {model.intercept_[k]:.6f}" for c, k in zip(CLASSES, order, strict=True)) + "}",
        "weights:",
    ]
    for j, name in enumerate(FEATURES):
        lines.append(f"  # {ABOUT[name]}")
        lines.append(f"  {name}: {{" + ", ".join(f"{c}: {model.coef_[k][j]:.6f}" for c, k in zip(CLASSES, order, strict=True)) + "}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} train-fold targets; C={best_c}; cross-validated macro-F1 {best_f1:.4f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
