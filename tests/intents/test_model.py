"""The TF-IDF-like bag-of-words layer and the cached model's round trip."""

from __future__ import annotations

import collections
import itertools
import math
from pathlib import Path

import pytest
from spacy.strings import StringStore

from intents import model as M
from intents.pipeline import Pipeline

_MIX = 0x9E3779B97F4A7C15  # the bigram key mix, written out here on purpose


def _feature_keys(
    words: list[str], grams: list[str], strings: StringStore, bigrams: bool
) -> list[tuple[int, bool]]:
    """A message's feature keys by the definition: words, word bigrams (if any), n-grams."""
    keys = [(strings[word], False) for word in words] + [(strings[gram], True) for gram in grams]
    if bigrams:
        keys += [((strings[a] * _MIX + strings[b]) % 2**64, False)
                 for a, b in itertools.pairwise(words)]
    return keys


def _expected(keys: list[tuple[int, bool]], idf: dict[int, float]) -> dict[int, float]:
    """(1 + log count) x idf, words (and bigrams) and character n-grams each scaled to unit
    length."""
    is_gram = dict(keys)
    weights = {k: (1 + math.log(count)) * idf.get(k, 1.0)
               for k, count in collections.Counter(k for k, _ in keys).items()}
    grams = math.sqrt(sum(v * v for k, v in weights.items() if is_gram[k])) or 1.0
    words = math.sqrt(sum(v * v for k, v in weights.items() if not is_gram[k])) or 1.0
    return {k: v / (grams if is_gram[k] else words) for k, v in weights.items()}


@pytest.mark.parametrize("architecture", ["tfidf-bigram", "tfidf", "split-norm"])
def test_split_normalised_features_match_the_definition(architecture: str) -> None:
    nlp = M.blank_pipeline(architecture)
    texts = ["potholes on the the street 123 n clark", "hola", "bache bache bache grande", "!!"]
    docs = [M.make_doc(nlp.vocab, text, M.grams_in_doc(nlp, True)) for text in texts]
    nlp.initialize()
    M.set_idf(nlp, docs)
    bigrams = architecture == "tfidf-bigram"
    words_of = [M.features(text, False) for text in texts]
    grams_of = [M.features(text, True)[len(words) :]
                for text, words in zip(texts, words_of, strict=True)]
    keys_of = [_feature_keys(words, grams, nlp.vocab.strings, bigrams)
               for words, grams in zip(words_of, grams_of, strict=True)]
    idf: dict[int, float] = {}
    if architecture != "split-norm":  # smoothed idf over these four messages
        document_frequency = collections.Counter(
            key for keys in keys_of for key in {key for key, _ in keys})
        idf = {k: math.log(5 / (1 + n)) + 1 for k, n in document_frequency.items()}
    layer = nlp.get_pipe("textcat").model.get_ref("features")  # type: ignore[attr-defined]
    (keys, values, lengths), _ = M._split_features_forward(layer, docs, False)
    assert [[t.text for t in doc] for doc in docs] == words_of
    assert lengths.tolist() == [len({k for k, _ in message}) for message in keys_of]
    offset = 0
    for message, length in zip(keys_of, lengths, strict=True):
        expected = _expected(message, idf)
        got = dict(zip(keys[offset : offset + length].tolist(),
                       values[offset : offset + length].tolist(), strict=True))
        offset += length
        assert got.keys() == expected.keys()
        assert all(got[key] == pytest.approx(expected[key], abs=1e-6) for key in got)


def test_cached_model_loads_with_the_same_answers(pipeline: Pipeline, model_dir: Path) -> None:
    again = Pipeline.load(model_dir)
    texts = ["pothole on my block", "hola buenas", "rats everywhere", "status please"]
    assert again.threshold == pipeline.threshold
    assert again.understand_batch(texts, "en") == pipeline.understand_batch(texts, "en")


def test_live_threshold_scores_cover_the_grid(pipeline: Pipeline) -> None:
    from intents.dataset import DEV_PATH, load_examples

    dev = load_examples(DEV_PATH)[:300]
    scores = pipeline.fallback_threshold_scores(dev, [0.0, 0.5, 0.99])
    assert [threshold for threshold, _ in scores] == [0.0, 0.5, 0.99]
    assert all(0.0 <= score <= 1.0 for _, score in scores)


def test_idf_covers_words_and_character_ngrams() -> None:
    nlp = M.blank_pipeline("tfidf")
    docs = [M.make_doc(nlp.vocab, text, M.grams_in_doc(nlp, True))
            for text in ("rats in the alley", "rats on the porch")]
    nlp.initialize()
    M.set_idf(nlp, docs)
    idf = nlp.get_pipe("textcat").model.get_ref("features").get_param("idf")  # type: ignore[attr-defined]
    strings = nlp.vocab.strings

    def idf_of(token: str) -> float:
        return float(idf[strings[token] % M.IDF_ROWS])

    # "rats" and its n-grams are in both messages, "alley" and "#<al" in one, "xyz" in none.
    assert idf_of("rats") == pytest.approx(1.0)
    assert idf_of("#rat") == pytest.approx(1.0)
    assert idf_of("alley") == pytest.approx(math.log(3 / 2) + 1)
    assert idf_of("#<al") == pytest.approx(math.log(3 / 2) + 1)
    assert idf_of("xyz") == pytest.approx(math.log(3) + 1)


def test_training_a_new_model_prunes_the_stale_ones(tmp_path: Path) -> None:
    stale = tmp_path / "intents-0123456789abcdef"
    (stale / "textcat").mkdir(parents=True)
    keep = tmp_path / "intents-fedcba9876543210"
    keep.mkdir()
    unrelated = tmp_path / "notes"
    unrelated.mkdir()
    assert M.prune_stale_models(tmp_path, keep) == [stale]
    assert not stale.exists() and keep.is_dir() and unrelated.is_dir()
