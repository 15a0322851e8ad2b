"""The intent labels of the contract: the only values `classify` may print."""

from __future__ import annotations

from typing import Final

SERVICE_REPORT_INTENTS: Final = (
    "report_pothole",
    "report_graffiti",
    "report_abandoned_vehicle",
    "request_garbage_cart",
    "report_street_light",
    "report_stray_animal",
    "report_rodents",
    "report_tree_debris",
)

INTENTS: Final = (
    *SERVICE_REPORT_INTENTS,
    "check_status",
    "find_ward",
    "police_district",
    "events",
    "shelter",
    "homelessness_prevention",
    "police_report",
    "emergency",
    "airport",
    "find_department",
    "talk_to_agent",
    "help",
    "greeting",
    "thanks",
    "opt_out",
    "opt_in",
    "set_language",
    "unknown",
)

UNKNOWN: Final = "unknown"
