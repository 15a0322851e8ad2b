"""The eight request types residents text most, their Chicago service codes, and the words
for the answers their service definitions ask for, in every language we answer in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class IntakeKind:
    name: str  # names the kind in templates: "pothole", "graffiti", ...
    intent: str
    service_code: str  # Chicago's CHI311 code (config/open311/services.json)


KINDS: Final = (
    IntakeKind("pothole", "report_pothole", "4fd3b656e750846c53000004"),
    IntakeKind("graffiti", "report_graffiti", "4fd3b167e750846744000005"),
    IntakeKind("abandoned_vehicle", "report_abandoned_vehicle", "4ffa4c69601827691b000018"),
    IntakeKind("garbage_cart", "request_garbage_cart", "5c1849d19e6e99eda0adc3bc"),
    IntakeKind("street_light", "report_street_light", "4ffa9f2d6018277d400000c8"),
    IntakeKind("stray_animal", "report_stray_animal", "5c1849c99e6e99eda0ad942c"),
    IntakeKind("rodents", "report_rodents", "4fd3b9bce750846c5300004a"),
    IntakeKind("tree_debris", "report_tree_debris", "4fd3bbf8e750846c53000069"),
)
KIND_BY_INTENT: Final = {kind.intent: kind for kind in KINDS}
KIND_BY_NAME: Final = {kind.name: kind for kind in KINDS}
KIND_BY_CODE: Final = {kind.service_code: kind for kind in KINDS}

# Attributes whose question has its own template `requests/ask/<code lower-case>`; any other
# required attribute (a city endpoint may define more) is asked with `requests/ask/other`,
# which shows the definition's own wording.
ATTRIBUTE_PROMPTS: Final = frozenset(
    {"WHEREIST", "FQSKA1", "FQSKA3", "HOWMANYD", "CARTPROB", "ISTHELI2", "ANIMTYPE"}
)

# How list values read to a resident. A value not listed here shows the definition's name.
VALUE_LABELS: Final[Mapping[str, Mapping[str, Mapping[str, str]]]] = {
    "en": {
        "WHEREIST": {
            "BIKE": "Bike lane",
            "CROSS": "Crosswalk",
            "CURB": "Curb lane",
            "INTERSEC": "Intersection",
            "TRAFFIC": "Traffic lane",
        },
        "FQSKA3": {
            "BLK": "Black", "BLU": "Blue", "BRO": "Brown", "CRM": "Cream", "GRN": "Green",
            "GRY": "Gray", "RED": "Red", "SIL": "Silver", "WHI": "White", "YEL": "Yellow",
            "OTH": "Other",
        },
        "CARTPROB": {"DAMAGED": "Damaged", "MISSING": "Missing"},
        "ISTHELI2": {"COMPLETE": "Completely out", "CYCLING": "Going on and off"},
        "ANIMTYPE": {"DOG": "Dog", "CAT": "Cat", "OTHER": "Other"},
    },
    "es": {
        "WHEREIST": {
            "BIKE": "Carril de bicicletas",
            "CROSS": "Cruce peatonal",
            "CURB": "Junto a la banqueta",
            "INTERSEC": "Interseccion",
            "TRAFFIC": "Carril de trafico",
        },
        "FQSKA3": {
            "BLK": "Negro", "BLU": "Azul", "BRO": "Café", "CRM": "Crema", "GRN": "Verde",
            "GRY": "Gris", "RED": "Rojo", "SIL": "Plateado", "WHI": "Blanco",
            "YEL": "Amarillo", "OTH": "Otro",
        },
        "CARTPROB": {"DAMAGED": "Dañado", "MISSING": "Perdido"},
        "ISTHELI2": {"COMPLETE": "Apagada del todo", "CYCLING": "Se prende y se apaga"},
        "ANIMTYPE": {"DOG": "Perro", "CAT": "Gato", "OTHER": "Otro"},
    },
}  # fmt: skip

# Extra words residents use for a value, in any language (folded: lower-case, no accents).
VALUE_SYNONYMS: Final[Mapping[str, Mapping[str, str]]] = {
    "WHEREIST": {
        "bike": "BIKE", "bicicleta": "BIKE", "crosswalk": "CROSS", "cruce": "CROSS",
        "curb": "CURB", "banqueta": "CURB", "orilla": "CURB", "intersection": "INTERSEC",
        "corner": "INTERSEC", "esquina": "INTERSEC", "interseccion": "INTERSEC",
        "traffic": "TRAFFIC", "lane": "TRAFFIC", "trafico": "TRAFFIC", "street": "TRAFFIC",
        "calle": "TRAFFIC",
    },
    "FQSKA3": {
        "grey": "GRY", "gris": "GRY", "negro": "BLK", "negra": "BLK", "azul": "BLU",
        "cafe": "BRO", "marron": "BRO", "verde": "GRN", "rojo": "RED", "roja": "RED",
        "plateado": "SIL", "plata": "SIL", "blanco": "WHI", "blanca": "WHI",
        "amarillo": "YEL", "tan": "CRM", "beige": "CRM", "crema": "CRM", "otro": "OTH",
    },
    "CARTPROB": {
        "broken": "DAMAGED", "cracked": "DAMAGED", "roto": "DAMAGED", "rota": "DAMAGED",
        "danado": "DAMAGED", "danada": "DAMAGED", "stolen": "MISSING", "gone": "MISSING",
        "robado": "MISSING", "robada": "MISSING", "perdido": "MISSING", "perdida": "MISSING",
        "falta": "MISSING",
    },
    "ISTHELI2": {
        "out": "COMPLETE", "dark": "COMPLETE", "completely": "COMPLETE", "apagada": "COMPLETE",
        "flickering": "CYCLING", "blinking": "CYCLING", "flashing": "CYCLING",
        "parpadea": "CYCLING", "prende": "CYCLING",
    },
    "ANIMTYPE": {"perro": "DOG", "perra": "DOG", "gato": "CAT", "gata": "CAT", "otro": "OTHER"},
}  # fmt: skip


def value_label(code: str, key: str, fallback: str, language: str) -> str:
    labels = VALUE_LABELS.get(language) or VALUE_LABELS["en"]
    return labels.get(code, {}).get(key, fallback)


# What each kind is called in a sentence ("a pothole at ..."), per answer language.
KIND_NAMES: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {
        "pothole": "pothole",
        "graffiti": "graffiti",
        "abandoned_vehicle": "abandoned vehicle",
        "garbage_cart": "garbage cart",
        "street_light": "street light out",
        "stray_animal": "stray animal",
        "rodents": "rats",
        "tree_debris": "tree debris",
    },
    "es": {
        "pothole": "bache",
        "graffiti": "grafiti",
        "abandoned_vehicle": "vehiculo abandonado",
        "garbage_cart": "bote de basura",
        "street_light": "luz de calle apagada",
        "stray_animal": "animal callejero",
        "rodents": "ratas",
        "tree_debris": "ramas caidas",
    },
}


def kind_name(kind: str, language: str) -> str:
    names = KIND_NAMES.get(language) or KIND_NAMES["en"]
    return names.get(kind, KIND_NAMES["en"].get(kind, kind))
