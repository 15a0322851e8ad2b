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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy
import spacy
from spacy.about import __version__ as SPACY_VERSION
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc
from spacy.training import Example as SpacyExample
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.api import Model, chain, fix_random_seed
from thinc.layers import softmax_activation
from thinc.layers.sparselinear import SparseLinear_v2

from intents.dataset import DEV_PATH, TRAIN_PATH, Example, fingerprint, load_examples
from intents.entities import mask_tracking_numbers
from intents.labels import INTENTS
from intents.phrases import fold_spaced

SEED: Final = 311
TRACKING_TOKEN: Final = " trackingnumber "
NUMBER_TOKEN: Final = "num"


IDF_ROWS: Final = 1 << 18
# Messages counted per pass when setting idf: the bound `_distinct_per_message`'s odds assume.
_IDF_BATCH: Final = 512
_WORD_CACHE: dict[int, tuple[Any, Any]] = {}
_WORD_CACHE_SIZE: Final = 500_000


def _word_features(key: int, strings: Any) -> tuple[Any, Any]:
    """One word's feature keys (the word, then its hashed character n-grams) and which of them
    are n-grams, worked out once per word: a message then costs a dictionary look-up a word."""
    cached = _WORD_CACHE.get(key)
    if cached is None:
        grams = char_ngrams_of(strings[key])
        keys = numpy.array([key, *(hash_string(gram) for gram in grams)], dtype="uint64")
        is_gram = numpy.ones(len(keys), dtype=bool)
        is_gram[0] = False
        cached = (keys, is_gram)
        if len(_WORD_CACHE) < _WORD_CACHE_SIZE:
            _WORD_CACHE[key] = cached
    return cached


# Word bigram keys: the two word hashes mixed (64-bit wrap-around), never equal to a word's.
_BIGRAM_MIX: Final = numpy.uint64(0x9E3779B97F4A7C15)


def _feature_keys(docs: Sequence[Doc], bigrams: bool) -> tuple[Any, Any, Any]:
    """Every feature key of every message, with whether it is a character n-gram and which
    message it belongs to: words and their n-grams from the per-word cache, and (if wanted)
    each pair of neighbouring words."""
    strings = docs[0].vocab.strings
    key_pieces: list[Any] = []
    gram_pieces: list[Any] = []
    sizes: list[int] = []
    words = [doc.to_array(ORTH) for doc in docs]
    for doc_words in words:
        size = 0
        for key in doc_words.tolist():
            keys, is_gram = _word_features(key, strings)
            key_pieces.append(keys)
            gram_pieces.append(is_gram)
            size += len(keys)
        sizes.append(size)
    message = numpy.repeat(numpy.arange(len(docs), dtype="uint64"), sizes)
    if bigrams:
        all_words = numpy.concatenate(words).astype("uint64")
        word_message = numpy.repeat(numpy.arange(len(docs), dtype="uint64"),
                                    [len(doc_words) for doc_words in words])
        inside = word_message[1:] == word_message[:-1]
        pairs = all_words[:-1][inside] * _BIGRAM_MIX + all_words[1:][inside]
        key_pieces.append(pairs)
        gram_pieces.append(numpy.zeros(len(pairs), dtype=bool))
        message = numpy.concatenate([message, word_message[1:][inside]])
    return numpy.concatenate(key_pieces), numpy.concatenate(gram_pieces), message


def _split_features_forward(
    model: Model[Any, Any], docs: list[Doc], is_train: bool
) -> tuple[Any, Callable[[Any], Any]]:
    """Each message's distinct tokens, weighted (1 + log count) x idf, the words (and word
    bigrams) and the character n-grams each scaled to unit length, like the TF-IDF baseline's
    two blocks."""
    idf: Any = model.get_param("idf") if model.attrs["idf"] else None
    if not docs:
        return (numpy.zeros(0, dtype="uint64"), numpy.zeros(0, dtype="f"),
                numpy.zeros(0, dtype="int32")), lambda d: d
    table, is_gram, message = _feature_keys(docs, model.attrs["bigrams"])
    keys, message, is_gram, counts = _distinct_per_message(table, message, is_gram, len(docs))
    values = 1.0 + numpy.log(counts)
    if idf is not None:
        values = values * idf[keys % IDF_ROWS]
    block = message * 2 + is_gram
    norms = numpy.sqrt(numpy.bincount(block, weights=values * values, minlength=2 * len(docs)))
    norms[norms == 0.0] = 1.0
    values = values / norms[block]
    lengths = numpy.bincount(message, minlength=len(docs)).astype("int32")
    return (keys, values.astype("f"), lengths), lambda d: d


def _distinct_per_message(
    table: Any, message: Any, is_gram: Any, messages: int
) -> tuple[Any, Any, Any, Any]:
    """Each message's distinct keys (sorted within the message), with their counts."""
    # Group equal keys within each message with one sort on (message, low bits of the key):
    # ten times faster than `lexsort` on the two columns. Low bits, because spaCy's own
    # symbols are small numbers, not hashes. Two different 64-bit hashes in one message with
    # the same low 54 bits (odds ~1e-13 in a batch of 512) would only be counted apart, never
    # merged: equality below is checked on the whole key.
    key_bits = numpy.uint64(64 - messages.bit_length())
    low_bits = (numpy.uint64(1) << key_bits) - numpy.uint64(1)
    order = numpy.argsort((message << key_bits) | (table & low_bits), kind="stable")
    keys, message, is_gram = table[order], message[order], is_gram[order]
    first = numpy.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (message[1:] != message[:-1])
    starts = numpy.flatnonzero(first)
    counts = numpy.diff(numpy.append(starts, len(keys)))
    return keys[starts], message[starts], is_gram[starts], counts


def _split_features_init(model: Model[Any, Any], X: Any = None, Y: Any = None) -> None:
    if model.attrs["idf"] and not model.has_param("idf"):
        model.set_param("idf", numpy.ones(IDF_ROWS, dtype="f"))  # type: ignore[arg-type]


@registry.architectures("chitext.SplitNormBOW.v2")  # type: ignore[untyped-decorator]
def split_normalised_bow(
    nO: int, length: int = 1 << 16, idf: bool = True, bigrams: bool = False
) -> Model[Any, Any]:
    """TF-IDF-like bag-of-words: sublinear counts, inverse document frequency (set from the
    training data by `train`), words (with word bigrams if asked) and character n-grams
    normalised separately. Bigrams let "otra vez" or "who handles" count as a phrase, which
    single words cannot (+0.8 dev macro-F1, +1.0 blind A; MODEL.md).

    `SparseLinear.v2`: thinc's v1 indexing (which spaCy keeps for old models) puts class c of
    feature i at row i + c, so neighbouring features share weights across classes; v2 gives
    every class its own row. That fix alone is worth +0.2 dev macro-F1 (MODEL.md), and
    with it a table a quarter the size scores the same and trains twice as fast.
    """
    features_layer: Model[Any, Any] = Model(
        "split_tfidf", _split_features_forward, init=_split_features_init,
        params={"idf": None} if idf else {}, attrs={"idf": idf, "bigrams": bigrams},
    )
    sparse = SparseLinear_v2(nO=nO, length=length)
    model: Model[Any, Any] = chain(features_layer, sparse, softmax_activation())
    model.attrs["multi_label"] = False
    model.set_ref("output_layer", sparse)
    model.set_ref("features", features_layer)
    return model


def set_idf(nlp: Language, docs: Sequence[Doc]) -> None:
    """Smoothed idf (as scikit-learn computes it) of every training word and character
    n-gram, if the model uses it."""
    model = nlp.get_pipe("textcat").model  # type: ignore[attr-defined]
    if not model.has_ref("features") or not model.get_ref("features").attrs.get("idf"):
        return
    features = model.get_ref("features")
    frequency = numpy.zeros(IDF_ROWS, dtype="f")
    for start in range(0, len(docs), _IDF_BATCH):
        batch = docs[start : start + _IDF_BATCH]
        table, is_gram, message = _feature_keys(batch, features.attrs["bigrams"])
        # a message counts once for each idf row it touches
        rows = _distinct_per_message(table % IDF_ROWS, message, is_gram, len(batch))[0]
        numpy.add.at(frequency, rows, 1.0)
    idf = numpy.log((1.0 + len(docs)) / (1.0 + frequency)) + 1.0
    features.set_param("idf", idf.astype("f"))


ARCHITECTURES: Final[dict[str, dict[str, Any]]] = {
    "tfidf": {
        "@architectures": "chitext.SplitNormBOW.v2", "nO": len(INTENTS), "idf": True,
        "length": 1 << 16,
    },
    "tfidf-bigram": {
        "@architectures": "chitext.SplitNormBOW.v2", "nO": len(INTENTS), "idf": True,
        "length": 1 << 16, "bigrams": True,
    },
    "split-norm": {
        "@architectures": "chitext.SplitNormBOW.v2", "nO": len(INTENTS), "idf": False,
        "length": 1 << 16,
    },
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
DEFAULT_ARCHITECTURE: Final = "tfidf-bigram"


@dataclass(frozen=True, slots=True)
class Recipe:
    """Everything besides the data that decides the trained weights."""

    architecture: str = DEFAULT_ARCHITECTURE
    char_ngrams: bool = True
    epochs: int = 14
    batch_size: int = 32
    dropout: float = 0.2
    learn_rate: float = 0.01
    seed: int = SEED
    l2: float = 1e-6

    def salt(self) -> str:
        return (f"{self.architecture}/{self.epochs}/{self.batch_size}/{self.dropout}/"
                f"{self.learn_rate}/{self.seed}/{self.char_ngrams}/{self.l2}/"
                f"spacy-{SPACY_VERSION}/features-6/live-threshold")


_DIGITS: Final = re.compile(r"\b\d+\b")
_HAS_DIGIT: Final = re.compile(r"\d")
_TOKENS: Final = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
CHAR_NGRAM_SIZES: Final = (2, 3, 4, 5)
CHAR_NGRAM_MIN_LENGTH: Final = 2
CHAR_NGRAM_MARK: Final = "#"
_PLACEHOLDERS: Final = frozenset({TRACKING_TOKEN.strip(), NUMBER_TOKEN})


def model_text(text: str) -> str:
    """The message as the classifier reads it: case, accents and particular numbers removed.

    A tracking number becomes one shared token (so "status SR25-01234567" teaches
    `check_status`, not one number), and house numbers become "num".
    """
    masked = mask_tracking_numbers(text, TRACKING_TOKEN) if _HAS_DIGIT.search(text) else text
    return _DIGITS.sub(NUMBER_TOKEN, fold_spaced(masked))


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
        grams.extend(char_ngrams_of(word))
    return words + grams


def char_ngrams_of(word: str) -> list[str]:
    """The marked character n-grams of one model word ([] for short words and placeholders)."""
    if len(word) < CHAR_NGRAM_MIN_LENGTH or not word.isalpha() or word in _PLACEHOLDERS:
        return []
    padded = f"<{word}>"
    return [CHAR_NGRAM_MARK + padded[i : i + size]
            for size in CHAR_NGRAM_SIZES for i in range(len(padded) - size + 1)]


def blank_pipeline(architecture: str) -> Language:
    nlp = spacy.blank("xx")
    textcat = nlp.add_pipe("textcat", config={"model": ARCHITECTURES[architecture]})
    for label in INTENTS:
        textcat.add_label(label)  # type: ignore[attr-defined]
    return nlp


def grams_in_doc(nlp: Language, char_ngrams: bool) -> bool:
    """Whether a Doc must carry the character n-grams as tokens: only when they are wanted and
    the textcat does not add them itself (`chitext.SplitNormBOW` does)."""
    textcat_model = nlp.get_pipe("textcat").model  # type: ignore[attr-defined]
    return char_ngrams and not textcat_model.has_ref("features")


def make_doc(vocab: Vocab, text: str, with_grams: bool) -> Doc:
    """A Doc built from our own tokens: no spaCy tokenizer run, which also makes it faster.
    `with_grams` comes from `grams_in_doc`, asked once per pipeline, not per message."""
    return Doc(vocab, words=features(text, with_grams) or [" "])


def _spacy_examples(
    nlp: Language, examples: Sequence[Example], char_ngrams: bool
) -> list[SpacyExample]:
    with_grams = grams_in_doc(nlp, char_ngrams)
    out = []
    for example in examples:
        cats = {label: float(label == example.intent) for label in INTENTS}
        doc = make_doc(nlp.vocab, example.text, with_grams)
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
    set_idf(nlp, [example.reference for example in train_set])
    optimizer.learn_rate = recipe.learn_rate
    optimizer.L2 = recipe.l2
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


@dataclass(frozen=True, slots=True)
class TrainedModel:
    nlp: Language
    threshold: float
    data_hash: str
    architecture: str


# The threshold is calibrated on the live pipeline, so the rule layers are part of the key.
_RULE_SOURCES: Final = tuple(Path(__file__).with_name(name) for name in (
    "keywords.py", "emergency.py", "consent.py", "typos.py", "phrases.py", "pipeline.py"))


def data_hash(recipe: Recipe = Recipe()) -> str:
    return fingerprint(TRAIN_PATH, DEV_PATH, *_RULE_SOURCES, salt=recipe.salt())


def cached_model_dir(cache_dir: Path, recipe: Recipe = Recipe()) -> Path:
    return cache_dir / f"intents-{data_hash(recipe)[:16]}"


def load_or_train(
    cache_dir: Path,
    recipe: Recipe = Recipe(),
    *,
    calibrate: Callable[[Language, Sequence[Example]], float],
    on_epoch: Callable[[int, float], None] | None = None,
) -> TrainedModel:
    """The cached model for the current data, training (and caching) it first if needed;
    `calibrate` chooses the `unknown` threshold of a freshly trained model on the dev split."""
    target = cached_model_dir(cache_dir, recipe)
    meta_path = target / "chitext.json"
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return TrainedModel(spacy.load(target / "textcat"), float(meta["threshold"]),
                            str(meta["data_hash"]), str(meta["architecture"]))
    nlp = train(load_examples(TRAIN_PATH), recipe, on_epoch=on_epoch)
    threshold = calibrate(nlp, load_examples(DEV_PATH))
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
    prune_stale_models(cache_dir, keep=target)
    return TrainedModel(nlp, threshold, digest, recipe.architecture)


def prune_stale_models(cache_dir: Path, keep: Path) -> list[Path]:
    """Delete the cached models of earlier data or recipes (each is several MB and is never
    loaded again: the cache key only moves forward). A process still serving an old model
    holds it in memory, so removing its folder is safe."""
    removed = []
    for stale in cache_dir.glob("intents-*"):
        if stale.is_dir() and stale.name != keep.name:
            shutil.rmtree(stale, ignore_errors=True)
            removed.append(stale)
    return removed
