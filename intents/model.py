"""The spaCy text classifier: features, architectures, deterministic training, the cache.

The pipeline is deliberately minimal, a blank multilingual tokenizer and one `textcat`
(exclusive classes), because it runs on every message and must classify >10,000 texts/s on
one core. The architecture was chosen by measurement on the dev split (see MODEL.md).

A trained model is cached under `<cache dir>/intents-<hash>/`, where the hash covers the
training and dev data, the recipe below and the spaCy version: change any of them and the
next start trains a fresh model; otherwise it loads in well under a second.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import spacy
from spacy.about import __version__ as SPACY_VERSION
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example as SpacyExample
from thinc.api import fix_random_seed

from intents.dataset import DEV_PATH, TRAIN_PATH, Example, fingerprint, load_examples
from intents.entities import mask_tracking_numbers
from intents.labels import INTENTS, UNKNOWN

SEED: Final = 311
TRACKING_TOKEN: Final = " trackingnumber "
NUMBER_TOKEN: Final = "num"

ARCHITECTURES: Final[dict[str, dict[str, Any]]] = {
    "bow-unigram": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
        "ngram_size": 1, "no_output_layer": False, "length": 262144,
    },
    "bow-bigram": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
        "ngram_size": 2, "no_output_layer": False, "length": 262144,
    },
    "bow-trigram": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
        "ngram_size": 3, "no_output_layer": False, "length": 262144,
    },
    "ensemble": {
        "@architectures": "spacy.TextCatEnsemble.v2",
        "nO": None,
        "linear_model": {
            "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
            "ngram_size": 2, "no_output_layer": False, "length": 262144,
        },
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2", "width": 64,
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                "rows": [5000, 2500, 2500, 2500], "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64,
                "window_size": 1, "maxout_pieces": 3, "depth": 2,
            },
        },
    },
}
DEFAULT_ARCHITECTURE: Final = "bow-unigram"


@dataclass(frozen=True, slots=True)
class Recipe:
    """Everything besides the data that decides the trained weights."""

    architecture: str = DEFAULT_ARCHITECTURE
    char_ngrams: bool = True
    epochs: int = 5
    batch_size: int = 32
    dropout: float = 0.2
    learn_rate: float = 0.001
    seed: int = SEED

    def salt(self) -> str:
        return (f"{self.architecture}/{self.epochs}/{self.batch_size}/{self.dropout}/"
                f"{self.learn_rate}/{self.seed}/{self.char_ngrams}/spacy-{SPACY_VERSION}/features-3")


_DIGITS: Final = re.compile(r"\b\d+\b")
_HAS_DIGIT: Final = re.compile(r"\d")
_TOKENS: Final = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
CHAR_NGRAM_SIZES: Final = (3, 4)
CHAR_NGRAM_MARK: Final = "#"
_PLACEHOLDERS: Final = frozenset({TRACKING_TOKEN.strip(), NUMBER_TOKEN})


def model_text(text: str) -> str:
    """The message as the classifier reads it: case, accents and particular numbers removed.

    A tracking number becomes one shared token (so "status SR25-01234567" teaches
    `check_status`, not one number), and house numbers become "num".
    """
    masked = mask_tracking_numbers(text, TRACKING_TOKEN) if _HAS_DIGIT.search(text) else text
    if masked.isascii():  # the same result, without the Unicode normalisation
        return _DIGITS.sub(NUMBER_TOKEN, masked.lower())
    decomposed = unicodedata.normalize("NFKD", masked.casefold().replace("’", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _DIGITS.sub(NUMBER_TOKEN, plain)


def features(text: str, char_ngrams: bool = True) -> list[str]:
    """The tokens the bag-of-words model counts: words, then character n-grams of words.

    Residents misspell ("potjol", "stbbing", "grafitti"); a word-only model has never seen
    the misspelling, but most of its character 3- and 4-grams ("#pot", "#fit") it has.
    The n-grams come after all words so word bigrams stay word bigrams.
    """
    words = _TOKENS.findall(model_text(text))
    if not char_ngrams:
        return words
    grams: list[str] = []
    for word in words:
        if len(word) < 4 or not word.isalpha() or word in _PLACEHOLDERS:
            continue
        padded = f"<{word}>"
        for size in CHAR_NGRAM_SIZES:
            grams.extend(CHAR_NGRAM_MARK + padded[i : i + size]
                         for i in range(len(padded) - size + 1))
    return words + grams


def blank_pipeline(architecture: str) -> Language:
    nlp = spacy.blank("xx")
    textcat = nlp.add_pipe("textcat", config={"model": ARCHITECTURES[architecture]})
    for label in INTENTS:
        textcat.add_label(label)  # type: ignore[attr-defined]
    return nlp


def make_doc(nlp: Language, text: str, char_ngrams: bool) -> Doc:
    """A Doc built from our own tokens: no spaCy tokenizer run, which also makes it faster."""
    return Doc(nlp.vocab, words=features(text, char_ngrams) or [" "])


def _spacy_examples(
    nlp: Language, examples: Sequence[Example], char_ngrams: bool
) -> list[SpacyExample]:
    out = []
    for example in examples:
        cats = {label: float(label == example.intent) for label in INTENTS}
        doc = make_doc(nlp, example.text, char_ngrams)
        out.append(SpacyExample.from_dict(doc, {"cats": cats}))
    return out


def train(
    examples: Sequence[Example],
    recipe: Recipe = Recipe(),
    *,
    on_epoch: Callable[[int, float], None] | None = None,
) -> Language:
    """Train a fresh classifier; the same data and recipe always give the same weights."""
    fix_random_seed(recipe.seed)
    nlp = blank_pipeline(recipe.architecture)
    train_set = _spacy_examples(nlp, examples, recipe.char_ngrams)
    optimizer = nlp.initialize(lambda: train_set)
    optimizer.learn_rate = recipe.learn_rate
    shuffler = random.Random(recipe.seed)
    for epoch in range(recipe.epochs):
        order = list(train_set)
        shuffler.shuffle(order)
        losses: dict[str, float] = {}
        for start in range(0, len(order), recipe.batch_size):
            batch = order[start : start + recipe.batch_size]
            nlp.update(batch, sgd=optimizer, drop=recipe.dropout, losses=losses)
        if on_epoch is not None:
            on_epoch(epoch + 1, losses.get("textcat", 0.0))
    return nlp


def predict(
    nlp: Language, texts: Iterable[str], char_ngrams: bool = True, batch_size: int = 512
) -> list[tuple[str, float]]:
    """Top label and its probability for each text."""
    results = []
    docs = (make_doc(nlp, text, char_ngrams) for text in texts)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        label = max(doc.cats, key=doc.cats.__getitem__)
        results.append((label, doc.cats[label]))
    return results


def calibrate_threshold(
    nlp: Language, dev: Sequence[Example], candidates: Iterable[float] | None = None
) -> float:
    """The confidence below which the answer is `unknown`, chosen on the dev split.

    Every candidate threshold is scored by dev macro-F1 with low-confidence answers turned
    into `unknown`; the highest threshold within half a point of the best score wins, because
    on unseen phrasing a menu is cheaper than a wrong answer.
    """
    from intents.evaluation import macro_f1  # evaluation imports this module

    scored = predict(nlp, [example.text for example in dev])
    gold = [example.intent for example in dev]
    grid = list(candidates) if candidates is not None else [step / 100 for step in range(0, 91, 5)]
    results = []
    for threshold in grid:
        predicted = [label if score >= threshold else UNKNOWN for label, score in scored]
        results.append((threshold, macro_f1(gold, predicted)))
    best = max(score for _, score in results)
    return max(threshold for threshold, score in results if score >= best - 0.005)


@dataclass(frozen=True, slots=True)
class TrainedModel:
    nlp: Language
    threshold: float
    data_hash: str
    architecture: str


def data_hash(recipe: Recipe = Recipe()) -> str:
    return fingerprint(TRAIN_PATH, DEV_PATH, salt=recipe.salt())


def cached_model_dir(cache_dir: Path, recipe: Recipe = Recipe()) -> Path:
    return cache_dir / f"intents-{data_hash(recipe)[:16]}"


def load_or_train(
    cache_dir: Path,
    recipe: Recipe = Recipe(),
    *,
    on_epoch: Callable[[int, float], None] | None = None,
) -> TrainedModel:
    """The cached model for the current data, training (and caching) it first if needed."""
    target = cached_model_dir(cache_dir, recipe)
    meta_path = target / "chitext.json"
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return TrainedModel(spacy.load(target / "textcat"), float(meta["threshold"]),
                            str(meta["data_hash"]), str(meta["architecture"]))
    nlp = train(load_examples(TRAIN_PATH), recipe, on_epoch=on_epoch)
    threshold = calibrate_threshold(nlp, load_examples(DEV_PATH))
    digest = data_hash(recipe)
    cache_dir.mkdir(parents=True, exist_ok=True)
    # Write into a scratch folder and rename it into place, so a crash or a second process
    # starting at the same time never leaves a half-written model that later loads.
    scratch = Path(tempfile.mkdtemp(prefix=".training-", dir=cache_dir))
    try:
        nlp.to_disk(scratch / "textcat")
        (scratch / "chitext.json").write_text(json.dumps({
            "threshold": threshold, "data_hash": digest, "architecture": recipe.architecture,
        }), encoding="utf-8")
        try:
            scratch.rename(target)
        except OSError:
            if not meta_path.is_file():  # not a concurrent winner: a real failure
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return TrainedModel(nlp, threshold, digest, recipe.architecture)
