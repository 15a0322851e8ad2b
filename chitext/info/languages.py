"""Residents writing in a language we do not answer in: an interpreter through 311.

Chicago 311 connects callers to interpreters in many languages. We answer with a short offer
in the resident's language where one ships (`responses/<code>/languages/interpreter_offer.j2`;
English otherwise), flag the conversation for an operator, and remember the language.
"""

from __future__ import annotations

from chitext.engine.context import HandlerResult, TurnContext
from chitext.engine.types import Reply
from chitext.handlers import core
from chitext.info.directory import fold

INTERPRETER_REASON = "interpreter"

# Language names as detection reports them (English) or residents write them, to ISO codes.
LANGUAGE_CODES: dict[str, str] = {
    "polish": "pl",
    "polski": "pl",
    "chinese": "zh",
    "mandarin": "zh",
    "cantonese": "zh",
    "zhongwen": "zh",
    "arabic": "ar",
    "tagalog": "tl",
    "filipino": "tl",
    "korean": "ko",
    "vietnamese": "vi",
    "russian": "ru",
    "ukrainian": "uk",
    "hindi": "hi",
    "urdu": "ur",
    "gujarati": "gu",
    "french": "fr",
    "haitian creole": "ht",
    "greek": "el",
    "italian": "it",
    "portuguese": "pt",
    "german": "de",
    "japanese": "ja",
    "romanian": "ro",
    "serbian": "sr",
    "bosnian": "bs",
    "amharic": "am",
    "swahili": "sw",
}
LANGUAGE_NAMES: dict[str, str] = {
    "pl": "Polish",
    "zh": "Chinese",
    "ar": "Arabic",
    "tl": "Tagalog",
    "ko": "Korean",
    "vi": "Vietnamese",
    "ru": "Russian",
    "uk": "Ukrainian",
    "hi": "Hindi",
    "ur": "Urdu",
    "gu": "Gujarati",
    "fr": "French",
    "ht": "Haitian Creole",
    "el": "Greek",
    "it": "Italian",
    "pt": "Portuguese",
    "de": "German",
    "ja": "Japanese",
    "ro": "Romanian",
    "sr": "Serbian",
    "bs": "Bosnian",
    "am": "Amharic",
    "sw": "Swahili",
}


def language_code(name_or_code: str | None) -> str | None:
    if not name_or_code:
        return None
    folded = fold(name_or_code)
    if folded in LANGUAGE_NAMES:
        return folded
    return LANGUAGE_CODES.get(folded)


def interpreter_offer(context: TurnContext, code: str | None) -> HandlerResult:
    name = LANGUAGE_NAMES.get(code or "", "")
    return HandlerResult(
        [Reply("languages/interpreter_offer", {"language_name": name}, language=code)],
        handoff="requested",
        handoff_reason=INTERPRETER_REASON,
        language=code,
    )


async def set_language(context: TurnContext) -> HandlerResult:
    """ "Can you answer in Polish?": en/es are switched by the engine before this runs."""
    code = language_code(context.understanding.entities.requested_language)
    if code is None:
        return HandlerResult([Reply("languages/choose")])
    return interpreter_offer(context, code)


async def not_understood(context: TurnContext) -> HandlerResult:
    """The fallback: an interpreter offer for other languages, else the core menu."""
    if context.understanding.language == "other":
        entities = context.understanding.entities
        return interpreter_offer(context, language_code(entities.detected_language_name))
    return await core.not_understood(context)
