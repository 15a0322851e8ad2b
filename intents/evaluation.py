"""Scoring the understanding pipeline on a labelled TSV, next to a TF-IDF baseline.

The figures `chitext eval` prints: per-intent precision/recall/F1, macro-F1, emergency and
opt-out recall (the two mistakes with real-world cost) and the most frequent confusions.
The baseline (character + word TF-IDF, logistic regression, trained on the same training
split) is there so the margin the spaCy pipeline earns is visible, not assumed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from intents.dataset import Example
from intents.labels import INTENTS


@dataclass(frozen=True, slots=True)
class IntentScore:
    intent: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Report:
    name: str
    per_intent: tuple[IntentScore, ...]
    macro_f1: float
    accuracy: float
    emergency_recall: float
    opt_out_recall: float
    confusions: tuple[tuple[str, str, int], ...]  # (gold, predicted, count), most frequent first


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def per_intent_scores(gold: Sequence[str], predicted: Sequence[str]) -> list[IntentScore]:
    """Scores for every intent that occurs in the gold labels."""
    support = Counter(gold)
    guessed = Counter(predicted)
    correct = Counter(g for g, p in zip(gold, predicted, strict=True) if g == p)
    scores = []
    for intent in INTENTS:
        if not support[intent]:
            continue
        precision = correct[intent] / guessed[intent] if guessed[intent] else 0.0
        recall = correct[intent] / support[intent]
        f1 = _f1(precision, recall)
        scores.append(IntentScore(intent, precision, recall, f1, support[intent]))
    return scores


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    scores = per_intent_scores(gold, predicted)
    return sum(score.f1 for score in scores) / len(scores) if scores else 0.0


def _recall_of(intent: str, gold: Sequence[str], predicted: Sequence[str]) -> float:
    pairs = [(g, p) for g, p in zip(gold, predicted, strict=True) if g == intent]
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else 1.0


def report(name: str, gold: Sequence[str], predicted: Sequence[str], top: int = 15) -> Report:
    scores = per_intent_scores(gold, predicted)
    confusions = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    return Report(
        name=name,
        per_intent=tuple(scores),
        macro_f1=sum(score.f1 for score in scores) / len(scores) if scores else 0.0,
        accuracy=sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1),
        emergency_recall=_recall_of("emergency", gold, predicted),
        opt_out_recall=_recall_of("opt_out", gold, predicted),
        confusions=tuple((g, p, n) for (g, p), n in confusions.most_common(top)),
    )


def baseline_predictions(train: Sequence[Example], test: Sequence[Example]) -> list[str]:
    """TF-IDF (word 1-2 grams + char 2-5 grams) and logistic regression, trained on `train`."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode"),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                        strip_accents="unicode"),
    )
    classifier = make_pipeline(features, LogisticRegression(max_iter=2000, C=10.0))
    classifier.fit([example.text for example in train], [example.intent for example in train])
    return [str(label) for label in classifier.predict([example.text for example in test])]
