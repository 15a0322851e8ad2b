"""The understanding pipeline live traffic, `chitext classify` and `chitext eval` all use.

Order, and why:

1. the carrier keyword layer (STOP, START, HELP, ESPAÑOL...): whole-message commands that
   carriers and residents rely on, whatever else is going on;
2. the emergency rules: a missed emergency costs the most, so recall-first phrases win over
   the model;
3. written-out opt-out requests ("please stop texting me"), by rule for the same reason;
4. the model (spaCy textcat); a model answer of `emergency` (or an emergency probability
   above EMERGENCY_FLOOR) stands too, and below the calibrated confidence threshold the
   answer is `unknown`, never a guess. A model-only `opt_out` must be corroborated by the
   message speaking of the texts (`consent.corroborates_opt_out`): an opt-out stops a
   resident's texts.

Entities and language are read for every message, whichever layer decided the intent.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final, Literal

import numpy
from spacy.language import Language as SpacyLanguage
from spacy.pipeline import TextCategorizer

from intents.consent import corroborates_opt_out, is_opt_out_request
from intents.dataset import Example
from intents.emergency import is_emergency
from intents.entities import find_address, find_intersection, find_tracking_numbers
from intents.keywords import match_keyword
from intents.language import detect_language, detector, marker_words
from intents.model import TrainedModel, grams_in_doc, load_or_train, make_doc
from intents.phrases import fold_spaced
from intents.types import Entities, Understanding

# The model's emergency probability above which the message is treated as an emergency even
# when another label scores higher: typo-ridden emergencies ("a person has a kniife") slip
# past the rules and land here. Chosen on the dev split (MODEL.md): the lowest value that
# adds no false emergencies there.
EMERGENCY_FLOOR: Final = 0.5
BATCH_SIZE: Final = 512
Source = Literal["keyword", "emergency_rule", "opt_out_rule", "model", "fallback"]

_LANGUAGE_NAMES: Final = {
    "english": "en", "ingles": "en", "eng": "en",
    "spanish": "es", "espanol": "es", "castellano": "es", "spanglish": "es",
    "polish": "pl", "polaco": "pl", "chinese": "zh", "chino": "zh", "mandarin": "zh",
    "cantonese": "zh", "arabic": "ar", "arabe": "ar", "tagalog": "tl", "tagalo": "tl",
    "filipino": "tl", "korean": "ko", "coreano": "ko", "vietnamese": "vi", "vietnamita": "vi",
    "russian": "ru", "ruso": "ru", "ukrainian": "uk", "ucraniano": "uk", "hindi": "hi",
    "urdu": "ur", "french": "fr", "frances": "fr",
}
_LANGUAGE_NAME: Final = re.compile(r"\b(" + "|".join(_LANGUAGE_NAMES) + r")\b")
# "no hablo ingles" / "I don't speak Spanish" name the language they do NOT want.
_NEGATED: Final = re.compile(
    r"(?:no hablo|no entiendo|no se|don'?t speak|dont speak|do not speak|don'?t understand|"
    r"dont understand|no)\s+(?:\w+\s+)?$"
)


def requested_language(text: str) -> str | None:
    """The language a `set_language` message asks for, as an ISO 639-1 code."""
    folded = fold_spaced(text)
    refused: str | None = None
    for match in _LANGUAGE_NAME.finditer(folded):
        code = _LANGUAGE_NAMES[match.group(1)]
        if _NEGATED.search(folded[: match.start()]):
            refused = code
            continue
        return code
    if refused in {"en", "es"}:
        return "es" if refused == "en" else "en"
    return None


def extract_entities(text: str) -> Entities:
    address = find_address(text)
    return Entities(
        tracking_numbers=find_tracking_numbers(text),
        address=address,
        intersection=find_intersection(text) if address is None else None,
    )


def calibrate_live_threshold(nlp: SpacyLanguage, dev: Sequence[Example]) -> float:
    """The `unknown` threshold chosen on the live pipeline (rules + model), not the model
    alone: messages the rules decide never reach the threshold, so only the model's share of
    dev should choose it. The highest threshold within half a point of the best dev macro-F1
    wins, because on unseen phrasing a menu is cheaper than a wrong answer."""
    pipeline = Pipeline(TrainedModel(nlp, 0.0, "", ""))
    scores = pipeline.fallback_threshold_scores(dev, [step / 100 for step in range(0, 91, 5)])
    best = max(score for _, score in scores)
    return max(threshold for threshold, score in scores if score >= best - 0.005)


class Pipeline:
    """Keyword layer, emergency rules and the intent model, behind `Understander`."""

    def __init__(self, model: TrainedModel, *, char_ngrams: bool = True) -> None:
        self.model = model
        self._nlp: SpacyLanguage = model.nlp
        self._textcat: TextCategorizer = model.nlp.get_pipe("textcat")  # type: ignore[assignment]
        self._grams_in_doc = grams_in_doc(model.nlp, char_ngrams)
        self.threshold = model.threshold
        self.data_hash = model.data_hash
        self.architecture = model.architecture
        detector()  # build lingua's models and the marker words now, not on the first message
        marker_words()

    @classmethod
    def load(cls, cache_dir: Path, *, progress: bool = False) -> Pipeline:
        """The pipeline with the cached model for the current data, training it if needed."""
        if not progress:
            return cls(load_or_train(cache_dir, calibrate=calibrate_live_threshold))
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        from intents.model import Recipe

        recipe = Recipe()
        columns = (TextColumn("[bold]training intent model"), BarColumn(),
                   TextColumn("epoch {task.completed}/{task.total}"), TimeElapsedColumn())
        with Progress(*columns, console=Console(file=sys.stderr), transient=False) as bar:
            task = bar.add_task("train", total=recipe.epochs)

            def advance(epoch: int, loss: float) -> None:
                bar.update(task, completed=epoch)

            model = load_or_train(cache_dir, recipe, on_epoch=advance,
                                  calibrate=calibrate_live_threshold)
            bar.update(task, completed=recipe.epochs)
        return cls(model)

    def fallback_threshold_scores(
        self, examples: Sequence[Example], grid: Sequence[float]
    ) -> list[tuple[float, float]]:
        """Dev macro-F1 of this pipeline (rules included) for each candidate threshold."""
        from intents.evaluation import macro_f1

        gold = [example.intent for example in examples]
        understood: list[Understanding | None] = [None] * len(examples)
        for language in sorted({example.lang for example in examples}):
            indexes = [i for i, example in enumerate(examples) if example.lang == language]
            batch = self.understand_batch([examples[i].text for i in indexes], language,
                                          threshold=0.0)
            for index, understanding in zip(indexes, batch, strict=True):
                understood[index] = understanding
        answers = [u for u in understood if u is not None]
        scores = []
        for threshold in grid:
            predicted = [
                "unknown" if (u.source == "model" and u.confidence < threshold
                              and not (u.intent == "emergency" and u.confidence >= EMERGENCY_FLOOR))
                else u.intent
                for u in answers
            ]
            scores.append((threshold, macro_f1(gold, predicted)))
        return scores

    def understand(self, text: str, remembered_language: str | None = None) -> Understanding:
        return self.understand_batch([text], remembered_language)[0]

    def understand_batch(
        self,
        texts: list[str],
        remembered_language: str | None = None,
        *,
        threshold: float | None = None,
    ) -> list[Understanding]:
        results: list[Understanding | None] = [None] * len(texts)
        for_model: list[int] = []
        for index, text in enumerate(texts):
            decided = self._before_model(text, remembered_language)
            if decided is None:
                for_model.append(index)
            results[index] = decided
        self._run_model(texts, for_model, remembered_language, results,
                        self.threshold if threshold is None else threshold)
        return [result for result in results if result is not None]

    def _before_model(self, text: str, remembered: str | None) -> Understanding | None:
        keyword = match_keyword(text)
        if keyword is not None:
            entities = Entities(requested_language=keyword.requested_language)
            return Understanding(text, keyword.intent, 1.0, keyword.language, entities, "keyword")
        folded = fold_spaced(text)  # once, for both rule layers
        if is_emergency(text, folded):
            return self._finish(text, "emergency", 1.0, remembered, "emergency_rule")
        if is_opt_out_request(text, folded):
            return self._finish(text, "opt_out", 1.0, remembered, "opt_out_rule")
        return None

    def _run_model(
        self,
        texts: Sequence[str],
        indexes: list[int],
        remembered: str | None,
        results: list[Understanding | None],
        threshold: float,
    ) -> None:
        # The textcat's scores as one array per batch: spaCy's `nlp.pipe` would also copy
        # every score into a 26-entry `doc.cats` dict per message, which nothing here reads.
        labels = self._textcat.labels
        emergency = labels.index("emergency")
        opt_out = labels.index("opt_out")
        for start in range(0, len(indexes), BATCH_SIZE):
            batch = indexes[start : start + BATCH_SIZE]
            docs = [make_doc(self._nlp.vocab, texts[index], self._grams_in_doc) for index in batch]
            scores = self._textcat.predict(docs)
            # Opting a resident out stops their texts, so a model-only opt_out must be
            # corroborated (the message speaks of the texts and does not ask for them back);
            # otherwise the model's best other label answers. Unchecked, the model read
            # "notify me when SR.. closes" and "notify me again" as opt-outs.
            best = scores.argmax(axis=1)
            for row in numpy.flatnonzero(best == opt_out).tolist():
                if not corroborates_opt_out(texts[batch[row]]):
                    scores[row, opt_out] = 0.0
                    scores[row] /= scores[row].sum()
                    best[row] = scores[row].argmax()
            best = best.tolist()
            for row, index in enumerate(batch):
                label, confidence = labels[best[row]], float(scores[row, best[row]])
                if label != "emergency" and scores[row, emergency] >= EMERGENCY_FLOOR:
                    label, confidence = "emergency", float(scores[row, emergency])
                elif confidence < threshold:
                    results[index] = self._finish(texts[index], "unknown", confidence,
                                                  remembered, "fallback")
                    continue
                results[index] = self._finish(texts[index], label, confidence, remembered,
                                              "model")

    def _finish(
        self,
        text: str,
        intent: str,
        confidence: float,
        remembered: str | None,
        source: Source,
    ) -> Understanding:
        language = detect_language(text, remembered)
        entities = extract_entities(text)
        if intent == "set_language" or language.name is not None:
            entities = Entities(
                tracking_numbers=entities.tracking_numbers,
                address=entities.address,
                intersection=entities.intersection,
                requested_language=requested_language(text) if intent == "set_language" else None,
                detected_language_name=language.name,
            )
        return Understanding(text, intent, confidence, language.code, entities, source)
