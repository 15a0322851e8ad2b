"""Which language a message is in: "en", "es", or "other" (with the language's name).

Lingua is good on sentences and shaky on three-word texts ("ramas caidas my street" reads as
Tagalog to it), and SMS is mostly three-word texts. So the detector

* looks only at the words (addresses, tracking numbers, digits and emoji say nothing about
  language and confuse it);
* keeps the resident's remembered language when too few words are left ("ok", "311", an
  address alone);
* settles English against Spanish by marker words when they clearly agree: hand-picked
  everyday words, and the words the training data uses in one of the two languages only;
  lingua is asked only about the rest (one text in twelve on the dev split);
* answers "other" only when lingua is sure of a language we do not serve *and* the text is
  long enough (or in a script neither English nor Spanish uses); otherwise it decides between
  English and Spanish, which is the question that matters for replying.

Measured on the dev split in MODEL.md.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Final, Literal

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from intents.dataset import TRAIN_PATH, load_examples
from intents.entities import street_words
from intents.phrases import fold_spaced

Served = Literal["en", "es"]

# The languages Chicago residents most often text in besides ours: detecting them lets the
# engine offer an interpreter instead of answering in the wrong language. Portuguese and
# Italian are deliberately absent: they are rare here and steal short Spanish texts.
_CANDIDATES: Final = (
    Language.ENGLISH, Language.SPANISH, Language.POLISH, Language.CHINESE, Language.ARABIC,
    Language.TAGALOG, Language.KOREAN, Language.VIETNAMESE, Language.RUSSIAN,
    Language.UKRAINIAN, Language.HINDI, Language.URDU, Language.FRENCH, Language.GERMAN,
    Language.JAPANESE, Language.GREEK,
)
_SERVED: Final[dict[Language, Served]] = {Language.ENGLISH: "en", Language.SPANISH: "es"}
# Below this many words (street names, numbers and emoji do not count) the text is ambiguous:
# keep the remembered language; with nothing remembered, one word is still better than none.
MIN_WORDS: Final = 2
# "other" needs this many words and this much confidence: short English with a typo often
# looks like Tagalog or French to lingua.
OTHER_MIN_WORDS: Final = 4
OTHER_MIN_CONFIDENCE: Final = 0.9
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_NON_LATIN: Final = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\s\W\d]")
# Words that carry no language ("ok", "sr", street suffixes, directions, 311 vocabulary
# shared by both languages).
_NEUTRAL: Final = frozenset({
    "ok", "okay", "k", "sr", "st", "ave", "av", "blvd", "rd", "dr", "pkwy", "apt", "unit", "n",
    "s", "e", "w", "th", "nd", "chicago", "il", "no", "si", "status", "info",
})


# Everyday 311 texting words that only one of our two languages uses. Lingua's models come
# from prose and hesitate on "bache randolph at lawndale" or "hello 311"; a couple of these
# words settle English against Spanish before lingua is asked.
_ENGLISH_MARKERS: Final = frozenset({
    "the", "my", "is", "are", "there", "theres", "there's", "please", "pls", "plz", "thanks",
    "thank", "you", "hi", "hello", "hey", "what", "whats", "where", "when", "how", "who", "can",
    "need", "want", "have", "has", "with", "for", "this", "that", "it", "its", "our", "from",
    "i'm", "im", "pothole", "potholes", "rats", "rat", "light", "lights", "tree", "trees", "car",
    "dog", "dogs", "cart", "trash", "garbage", "street", "alley", "block", "report", "status",
    "request", "help", "someone", "guy", "man", "shelter", "rent", "ward", "police", "stop",
    "text", "texts", "thx", "ty", "good", "morning", "outside", "building", "house", "home",
    "right", "now",
})
_SPANISH_MARKERS: Final = frozenset({
    "el", "la", "los", "las", "del", "un", "una", "mi", "mis", "hay", "ay", "que", "qué", "por",
    "favor", "porfa", "xfa", "gracias", "hola", "buenas", "buenos", "dias", "tardes", "noches",
    "como", "cómo", "donde", "dónde", "cuando", "quiero", "necesito", "tengo", "puedo", "pueden",
    "esta", "está", "estan", "estoy", "es", "son", "se", "me", "le", "nos", "su", "con", "para",
    "sin", "muy", "calle", "bache", "baches", "hoyo", "ratas", "ratones", "luz", "luces", "carro",
    "coche", "perro", "perros", "gato", "arbol", "ramas", "basura", "bote", "reporte",
    "solicitud", "estado", "ayuda", "alguien", "señor", "casa", "edificio", "afuera", "ahora",
    "mismo", "ahorita", "renta", "albergue", "policia", "distrito", "concejal", "mensajes",
    "eventos", "aeropuerto", "departamento", "persona", "hablar", "español", "espanol", "ingles",
    "inglés", "en", "y", "o", "pero", "ya", "nada", "todo",
})
MARKER_MARGIN: Final = 2
# Besides the hand-picked markers, every word of three letters or more that at least this many
# training messages of one language use and none of the other does ("bache", "landlord",
# "chamacos", "alderman"): measured on the dev split, this settles two thirds of the texts
# lingua was asked about, more often rightly than lingua did (MODEL.md).
LEARNED_MARKER_MIN_MESSAGES: Final = 5


@dataclass(frozen=True, slots=True)
class DetectedLanguage:
    code: Literal["en", "es", "other"]
    name: str | None = None  # lower-case English name when code == "other", e.g. "polish"


@cache
def marker_words() -> tuple[frozenset[str], frozenset[str]]:
    """English and Spanish marker words: the hand-picked ones and those learned from the
    shipped training data (read once per process)."""
    messages: dict[str, Counter[str]] = {"en": Counter(), "es": Counter()}
    for example in load_examples(TRAIN_PATH):
        if example.lang in messages:
            messages[example.lang].update(set(_WORD.findall(fold_spaced(example.text))))
    streets = street_words()

    def learned(own: str, other: str) -> set[str]:
        return {word for word, count in messages[own].items()
                if count >= LEARNED_MARKER_MIN_MESSAGES and len(word) >= 3
                and word not in messages[other] and word not in _NEUTRAL and word not in streets}

    return (_ENGLISH_MARKERS | learned("en", "es"), _SPANISH_MARKERS | learned("es", "en"))


@cache
def detector() -> LanguageDetector:
    """Built once per process: building preloads models, which is the slow part."""
    builder = LanguageDetectorBuilder.from_languages(*_CANDIDATES)
    return builder.with_preloaded_language_models().build()


@cache
def served_detector() -> LanguageDetector:
    """English against Spanish only: all a short Latin-script text can be told apart by, and
    several times cheaper than asking all the candidates."""
    builder = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.SPANISH)
    return builder.with_preloaded_language_models().build()


def _words(text: str) -> list[tuple[str, str]]:
    """The words that carry language, each as written (accents kept: lingua needs them for
    Vietnamese...) and folded (for the word lists)."""
    streets = street_words()
    words = []
    ascii_text = text.isascii()  # most SMS: then a word is its own folding
    for word in _WORD.findall(text.casefold()):
        plain = word if ascii_text else fold_spaced(word)
        if plain not in _NEUTRAL and plain not in streets:
            words.append((word, plain))
    return words


def _fallback(remembered: str | None) -> Served:
    return "es" if remembered == "es" else "en"


def detect_language(text: str, remembered: str | None = None) -> DetectedLanguage:
    """The language of one message, given the language remembered for its sender."""
    words = _words(text)
    non_latin = _NON_LATIN.search(text) is not None
    if not non_latin and (not words or (len(words) < MIN_WORDS and remembered is not None)):
        return DetectedLanguage(_fallback(remembered))
    if not non_latin:
        english_markers, spanish_markers = marker_words()
        english_hits = sum(plain in english_markers for _, plain in words)
        spanish_hits = sum(plain in spanish_markers for _, plain in words)
        # In a one- or two-word text a single marker is all the evidence there is.
        margin = 1 if len(words) <= MIN_WORDS else MARKER_MARGIN
        if abs(english_hits - spanish_hits) >= margin:
            return DetectedLanguage("en" if english_hits > spanish_hits else "es")
    sample = text if non_latin else " ".join(word for word, _ in words)
    # Only a long enough text can be answered "other"; a shorter one needs en against es.
    can_be_other = non_latin or len(words) >= OTHER_MIN_WORDS
    chosen = detector() if can_be_other else served_detector()
    confidences = chosen.compute_language_confidence_values(sample)
    if not confidences:
        return DetectedLanguage(_fallback(remembered))
    top = confidences[0]
    if top.language not in _SERVED and (
        non_latin
        or (len(words) >= OTHER_MIN_WORDS and top.value >= OTHER_MIN_CONFIDENCE)
    ):
        return DetectedLanguage("other", top.language.name.lower())
    english = spanish = 0.0
    for candidate in confidences:
        if candidate.language == Language.ENGLISH:
            english = candidate.value
        elif candidate.language == Language.SPANISH:
            spanish = candidate.value
    if english == spanish:
        return DetectedLanguage(_fallback(remembered))
    return DetectedLanguage("en" if english > spanish else "es")
