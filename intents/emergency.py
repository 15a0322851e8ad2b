"""The emergency rule layer: in-progress danger to a person, recognised by phrase, not by model.

A missed emergency is the one mistake the gateway must not make, so this layer is tuned for
recall and runs beside the model; when it fires, it wins. It still has to leave ordinary
reports alone: "fire hydrant open", "flu shots", "pothole right now is huge" and "what's
happening this weekend" are not emergencies, so

* a few harmless phrases are blanked out first (fire hydrant, flu shots, fireworks...);
* *danger* phrases (shots, fire, bleeding, following me, disparos, incendio...) fire alone;
* *urgency* words ("right now", "rn", "happening", "ahora mismo") fire only together with a
  threat (a weapon, violence, or a person at a door/window/inside), so a pothole that is huge
  right now stays a pothole while "a guy with a crowbar at the back door rn" is an emergency;
* "help me" fires alone or with a threat, but not in "can you help me find my ward".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from intents.typos import Corrector


def _any(*phrases: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b")


# Phrases that contain a danger word but are everyday requests.
_HARMLESS: Final = _any(
    r"fire ?(?:hydrant|hydrants|plug|department|dept|station|stations|house|fighters?|works|"
    r"place|pit|escape|alarm battery|code|inspector|inspection|truck)",
    r"chicago fire", r"del fire", r"the fire (?:game|match|win|won|lost|score|play)",
    r"(?:can|could|will|would) (?:you|u|an? (?:agent|person|human|representative|operator|"
    r"rep)) help me",
    r"(?:agent|human|representative|operator|rep) help me", r"fire lane", r"fuegos? artificiales",
    r"blood drive", r"(?:donar|banco de|donacion de) sangre", r"drowning in",
    r"fight (?:a|my|the|an) (?:ticket|eviction|fine|citation|parking ticket)",
    r"(?:my|her|his) (?:flu |covid )?shot", r"fire fc", r"cease ?fire",
    r"fired from (?:my )?job", r"got fired", r"you'?re fired",
    r"(?:flu|covid|covid-19|vaccine|vaccines|booster|rabies|allergy|free|dog|cat|pet|kids?|b12|"
    r"tetanus|measles|insulin) shots?",
    r"shots? (?:for|clinic|at the clinic|records)",
    r"shoot(?:ing)? (?:a )?(?:video|movie|film|photos?|hoops)", r"photo ?shoot",
    r"shots? of (?:espresso|tequila|whiskey)", r"non ?-?emergenc(?:y|ia)",
    r"emergency (?:shelter|housing|rent|rental|assistance|food|fund|funds|help with)",
    r"no (?:es|son) (?:una )?emergencia", r"sin emergencia",
    r"gas (?:bill|company|station|prices?)", r"recibo del gas", r"gasolina",
    r"heat(?:ing)? (?:bill|assistance)",
    r"help me (?:find|report|with|get|understand|to|out with|know|figure|look|check|apply|pay|"
    r"contact|reach|file|change|switch|sign|stop|start)",
    r"fire(?:d)? up", r"smoke detectors?", r"smoke (?:shop|alarm battery)", r"humo del cigarro",
    r"ayudenme (?:a|con) (?:encontrar|reportar|saber|buscar|pagar)",
    r"bocas? de (?:incendios?|riego)", r"hidrantes?",
)
# Alone enough: a person is in danger or something is burning.
_DANGER: Final = _any(
    # violence and weapons
    r"shots", r"gun ?shots?", r"heard (?:a )?shot", r"gunfire", r"shots? fired", r"shooting",
    r"shoot(?:ing)? at", r"(?:got|been|was|is|getting|being) (?:shot|stabbed|stabbing)",
    r"shot (?:him|her|them|someone|somebody|a|my)", r"stabbed", r"stabbing",
    r"(?:with|w/|has|holding|carrying) (?:a |an )?(?:gun|pistol|knife|machete|crowbar|bat|hammer|"
    r"rifle|weapon)",
    r"(?:pull|grab|drag|force)\w* .{0,20}into (?:a|his|the|their) (?:car|van|truck)",
    r"(?:has|with|pulled|pointing|holding|waving) (?:a|his|her|their) (?:gun|pistol|knife|"
    r"machete|weapon|rifle)",
    r"(?:hitting|beating|choking|attacking|strangling|punching|kicking|raping|assaulting|"
    r"hurting) (?:me|her|him|someone|somebody|a (?:woman|man|kid|child|girl|boy|lady)|my (?:mom|"
    r"mother|dad|father|wife|husband|girlfriend|boyfriend|sister|brother|kids?|son|daughter|baby|"
    r"friend|grandma|neighbor)|(?:his|her|their) (?:wife|husband|girlfriend|boyfriend|partner|"
    r"kids?|child|mom|mother|son|daughter))",
    r"(?:kill|hurt) (?:me|himself|herself|myself|us|her|him|them)", r"going to kill",
    r"gonna kill", r"suicid\w*", r"jump(?:ing)? (?:off|from)", r"kidnapp?\w*",
    r"(?:being|getting) (?:robbed|attacked|mugged|assaulted|followed|chased|stalked)",
    r"following me", r"follows me", r"followed me", r"stalking me", r"chasing me",
    r"breaking (?:in|into)", r"break(?:ing)? in progress",
    r"trying to (?:get|break|come) (?:in|into)", r"kick(?:ing|ed)? (?:in )?(?:the|my|our) door",
    r"intruders?", r"someone (?:is )?in(?:side)? my (?:house|home|apartment|room)",
    r"robbery (?:in progress|happening|going on|right now)",
    r"(?:crash|accident|choque|accidente) (?:with|con|w/) (?:injur\w*|herid\w*)", r"carjack\w*",
    r"held at gunpoint", r"gunpoint", r"home invasion",
    r"domestic (?:violence|abuse) (?:happening|right now|going on)",
    # fire, smoke, gas
    r"fire", r"on fire", r"flames?", r"smoke (?:coming|pouring|everywhere|in)",
    r"burning (?:down|building|house)", r"smell(?:s|ing)? (?:of )?gas", r"gas leak", r"explosion",
    r"exploded",
    # medical
    r"bleeding", r"(?:not|isn'?t|is not|aint|ain'?t) breathing", r"(?:can'?t|cannot|cant) breathe",
    r"stopped breathing",
    r"unconscious", r"unresponsive", r"passed out", r"overdos\w*", r"od'?ing", r"heart attack",
    r"seizure", r"having a stroke", r"choking", r"drowning",
    r"(?:someone|somebody|he|she|man|woman|person|guy|lady) (?:just )?collapsed",
    r"(?:baby|child|kid) (?:is )?not (?:moving|breathing)",
    r"(?:child|kid|son|daughter|baby) (?:is )?missing", r"missing (?:child|kid)",
    # everything else that means "send someone now"
    r"call 911", r"911",
    r"send (?:an )?(?:ambulance|police|cops|help|the fire department|firefighters)",
    r"(?:power|electric|electrical|live) (?:line|lines|wire|wires) (?:down|sparking)", r"sparking",
    r"(?:people|ppl|someone|somebody|person|kids?) (?:is |are |got |been )?(?:hurt|injured|"
    r"trapped)",
    r"screaming for help", r"help me", r"helpme", r"mayday",
    # Spanish
    r"disparos?", r"balazos?", r"balacera", r"tiroteo", r"(?:estan|esta|andan) disparando",
    r"dispararon", r"le dispararon", r"apunal\w*", r"navajazo",
    r"(?:tiene|con|saco) (?:una |un )?(?:pistola|arma|cuchillo|navaja|machete)", r"incendio",
    r"(?:esta|sta|ta) quemando", r"se quema", r"fuego", r"llamas",
    r"(?:sale|salen|mucho|hay) (?:humo|llamas)", r"fuga de gas", r"huele (?:mucho )?a gas",
    r"olor a gas", r"explosion", r"me (?:esta|estan|viene|vienen) siguiendo", r"me sigue",
    r"me siguen", r"me persigue\w*", r"se (?:esta|estan) metiendo",
    r"(?:tratando|intentando|queriendo) (?:de )?(?:entrar|meterse)", r"pateando la puerta",
    r"intrus[oa]s?", r"(?:hay )?alguien (?:dentro de|adentro de|en) mi casa",
    r"me (?:esta|estan|quiere|quieren) (?:pegando|golpeando|robando|asaltando|matar|ahorcar|"
    r"violar|lastimar)",
    r"le (?:esta|estan) (?:pegando|golpeando)", r"me asaltan", r"me quiere matar",
    r"matar(?:me|la|lo)", r"sangrando", r"sangre", r"no respira", r"inconsciente", r"desmayad[oa]",
    r"infarto", r"convulsi\w*", r"sobredosis", r"ahogando",
    r"(?:se quiere|quiere) (?:suicidar|matar|tirar)", r"suicid\w*", r"secuestr\w*",
    r"(?:esta|estan) desaparecid[oa]s?",
    r"(?:nino|nina|hijo|hija|bebe|nene|nena) (?:no aparece|se perdio)", r"ayudenme", r"ayudeme",
    r"ayudame ya", r"auxilio", r"socorro",
    r"(?:manden|envien|mande|llamen|mandan|envie) (?:a |una |un |al )?(?:la |los )?(?:policia|"
    r"ambulancia|bomberos|ayuda|911|patrulla)",
    r"(?:cable|cables) (?:de luz )?caidos?", r"echando chispas",
    r"(?:gente|persona|personas|alguien) (?:(?:esta|estan|hay|salio) )?(?:herid[oa]s?|"
    r"atrapad[oa]s?|lastimad[oa]s?)",
    r"(?:es|hay|tengo) una emergencia", r"^emergencia\b(?! de)", r"emergencia$",
    r"(?:is|it'?s|an|have an) emergency",
    r"^emergency\b(?! (?:rent|housing|shelter|assistance|help with))",
)
# Only together with a threat: these words alone describe potholes and events too.
_URGENT: Final = _any(
    r"right now", r"rn", r"now", r"happening", r"hurry", r"asap", r"please help", r"pls help",
    r"help", r"omg", r"ahora mismo", r"ahorita", r"ahora", r"en este momento", r"ya", r"rapido",
    r"ayuda", r"urgente", r"apurense", r"going on", r"en progreso",
)
_THREAT: Final = _any(
    r"gun", r"guns", r"knife", r"knives", r"crowbar", r"bat", r"hammer", r"machete", r"weapon",
    r"armed", r"pistola", r"arma", r"cuchillo", r"navaja", r"fight", r"fighting", r"pelea",
    r"peleando", r"screaming", r"yelling", r"gritando", r"gritos", r"attacking", r"threatening me",
    r"amenazando", r"breaking", r"broke in", r"forcing", r"prying", r"robbing", r"robando",
    r"asaltando", r"robbery", r"asalto", r"stabbing", r"shooting", r"injured", r"herid[oa]s?",
    r"accidente con", r"crash with",
)
# A stranger *at* the house is a threat when it is happening now.
_PERSON: Final = _any(
    r"someone", r"somebody", r"some guy", r"a guy", r"guys", r"a man", r"men", r"a person",
    r"people", r"stranger", r"strangers", r"dude", r"alguien", r"un hombre", r"un tipo",
    r"unos tipos", r"un senor",
)
_AT_THE_HOUSE: Final = _any(
    r"door", r"window", r"inside", r"porch", r"back yard", r"backyard", r"garage", r"basement",
    r"following", r"puerta", r"ventana", r"adentro", r"dentro", r"patio", r"siguiendo",
)


def fold_spaced(text: str) -> str:
    """Lower-case, accents dropped, curly apostrophes straightened; spaces kept."""
    if text.isascii():  # most SMS: no accents to drop, and the same result far cheaper
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SPELLING: Final = Corrector((
    "knife", "knives", "pistol", "machete", "crowbar", "weapon", "bleeding", "stabbing", "stabbed",
    "shooting", "gunshots", "mugged", "mugging", "robbed", "intruder", "unconscious", "overdose",
    "overdosing", "breathing", "following", "followed", "attacking", "choking", "screaming",
    "flames", "getting", "breaking", "disparos", "disparando", "balazos", "balacera", "incendio",
    "quemando", "siguiendo", "sangrando", "respira", "inconsciente", "apunalaron", "golpeando",
    "asaltando", "asaltan", "pistola", "cuchillo", "intruso", "ayudenme", "ambulancia",
    "emergencia", "herido", "heridos", "secuestro", "infarto", "sobredosis", "matar", "people",
    "smell", "overdosed", "auxilio", "missing", "vienen",
    # words of the harmless phrases, so "fire hyydrant" is still recognised as harmless
    "hydrant", "chicago", "operator", "person", "understand", "department", "shelter",
))


def is_emergency(text: str, folded: str | None = None) -> bool:
    """Whether the message reports in-progress danger to a person (recall first).

    `folded` is `fold_spaced(text)` when the caller already has it.
    """
    folded = _HARMLESS.sub(" ", _SPELLING.fix(fold_spaced(text) if folded is None else folded))
    if _DANGER.search(folded):
        return True
    if not _URGENT.search(folded):
        return False
    return bool(_THREAT.search(folded) or (_PERSON.search(folded) and _AT_THE_HOUSE.search(folded)))
