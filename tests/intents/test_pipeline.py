"""The whole understanding path with the trained model (one shared session pipeline)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from intents.cli import classify_command, eval_command
from intents.dataset import DEV_PATH, load_examples
from intents.labels import INTENTS
from intents.pipeline import Pipeline, requested_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police_report (offender gone) vs emergency (in progress)
        ("someone broke into my car last night i need a police report", "police_report"),
        ("someone is breaking into my car right now", "emergency"),
        ("my bike was stolen from my porch yesterday", "police_report"),
        # shelter (no bed tonight) vs homelessness_prevention (keeping housing)
        ("i need a place to sleep tonight", "shelter"),
        ("im behind on rent and got an eviction notice", "homelessness_prevention"),
        ("no tengo donde dormir esta noche", "shelter"),
        ("me van a desalojar, debo dos meses de renta", "homelessness_prevention"),
        # find_ward vs police_district
        ("who is my alderman for 3300 n southport", "find_ward"),
        ("what police district is 79th and stony island in", "police_district"),
        ("quien es mi concejal", "find_ward"),
        # check_status vs a new report
        ("status SR25-01234567", "check_status"),
        ("i reported a pothole weeks ago whats going on", "check_status"),
        ("huge pothole at belmont and central", "report_pothole"),
        # unknown vs help
        ("what can you do", "help"),
        ("whats the weather tomorrow", "unknown"),
        ("que puedo reportar aqui", "help"),
        # everyday reports in both languages
        ("rats all over the alley behind 4400 w lawrence", "report_rodents"),
        ("hay ratas en el callejon", "report_rodents"),
        ("graffiti on my garage at 2100 w division", "report_graffiti"),
        ("carro abandonado enfrente de mi casa hace semanas", "report_abandoned_vehicle"),
        ("street light out on my block", "report_street_light"),
        ("la luz de la calle esta apagada", "report_street_light"),
        ("tree branch fell on the sidewalk", "report_tree_debris"),
        ("my garbage cart got stolen", "request_garbage_cart"),
        ("stray dog running loose by the school", "report_stray_animal"),
        ("how do i get to ohare from pilsen", "airport"),
        ("can i talk to a real person", "talk_to_agent"),
        ("please stop texting me", "opt_out"),
        ("en español por favor", "set_language"),
    ],
)
def test_tricky_neighbours_and_everyday_messages(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert pipeline.understand(text).intent == expected


def test_keyword_layer_comes_first(pipeline: Pipeline) -> None:
    stop = pipeline.understand("STOP")
    assert (stop.intent, stop.source, stop.confidence) == ("opt_out", "keyword", 1.0)
    spanish = pipeline.understand("Español")
    assert spanish.intent == "set_language" and spanish.entities.requested_language == "es"


def test_emergency_rule_wins_over_the_model(pipeline: Pipeline) -> None:
    result = pipeline.understand("theres a guy with a crowbar at the back door next door rn")
    assert (result.intent, result.source) == ("emergency", "emergency_rule")


@pytest.mark.parametrize(
    "text",
    ["the fire hydrant is leaking", "where can i get flu shots", "pothole right now is huge",
     "what's happening this weekend"],
)
def test_ordinary_messages_are_not_swallowed_as_emergencies(pipeline: Pipeline, text: str) -> None:
    assert pipeline.understand(text).intent != "emergency"


def test_below_the_threshold_the_answer_is_unknown(pipeline: Pipeline) -> None:
    strict = Pipeline(replace(pipeline.model, threshold=1.01))
    result = strict.understand("there is a big pothole on my street")
    assert (result.intent, result.source) == ("unknown", "fallback")
    # Safety does not depend on confidence: the rules still catch an emergency.
    assert strict.understand("shots fired on my block").intent == "emergency"


@pytest.mark.parametrize(
    "text",
    ["notify me when SR26-77013928 gets closed", "notify me again pls",
     "personally reply to me pls, not the system", "cancelada?? yo nunca la cancele 81920374"],
)
def test_the_model_alone_never_opts_out_without_the_texts_in_the_message(
    pipeline: Pipeline, text: str
) -> None:
    assert pipeline.understand(text, "en").intent != "opt_out"


def test_threshold_was_calibrated_into_a_sane_range(pipeline: Pipeline) -> None:
    assert 0.0 <= pipeline.threshold < 0.9


def test_every_dev_emergency_and_opt_out_is_caught(pipeline: Pipeline) -> None:
    dev = [example for example in load_examples(DEV_PATH)
           if example.intent in {"emergency", "opt_out"}]
    results = pipeline.understand_batch([example.text for example in dev])
    missed = [(example.intent, example.text) for example, result in zip(dev, results, strict=True)
              if result.intent != example.intent]
    assert missed == []


def test_spanish_message_is_understood_in_spanish(pipeline: Pipeline) -> None:
    result = pipeline.understand("hay un bache enorme en kedzie y fullerton")
    assert result.intent == "report_pothole"
    assert result.language == "es"
    assert result.entities.intersection == ("KEDZIE AVE", "FULLERTON AVE")


def test_remembered_language_kept_for_an_address_alone(pipeline: Pipeline) -> None:
    assert pipeline.understand("3300 n southport", "es").language == "es"


def test_other_language_is_named(pipeline: Pipeline) -> None:
    result = pipeline.understand("Dzień dobry, czy mogę zgłosić dziurę w drodze?", "en")
    assert result.language == "other"
    assert result.entities.detected_language_name == "polish"


@pytest.mark.parametrize(
    ("text", "code"),
    [("can you text me in spanish", "es"), ("english please", "en"),
     ("do you speak polish", "pl"), ("no hablo ingles", "es"), ("hablan chino?", "zh")],
)
def test_requested_language(text: str, code: str) -> None:
    assert requested_language(text) == code


def test_batch_and_single_agree(pipeline: Pipeline) -> None:
    texts = ["status 25-01234567", "hola", "thank you!!", "rats", "asdfgh"]
    single = [pipeline.understand(text, "en") for text in texts]
    assert pipeline.understand_batch(texts, "en") == single


def test_classify_prints_one_json_object_per_line(pipeline: Pipeline, model_dir: Path) -> None:
    stdin = "status SR25-01234567\npothole at 3300 n southport\nSTOP\n"
    result = CliRunner().invoke(classify_command, ["--model-dir", str(model_dir)], input=stdin)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [set(line) for line in lines] == [{"text", "intent", "confidence", "language",
                                              "entities"}] * 3
    assert all(line["intent"] in INTENTS for line in lines)
    assert lines[0]["intent"] == "check_status"
    assert lines[0]["entities"] == {"tracking_numbers": ["SR25-01234567"]}
    assert lines[1]["entities"]["address"] == "3300 N SOUTHPORT AVE"
    assert lines[2]["intent"] == "opt_out"


def test_eval_prints_both_models_and_the_safety_recalls(
    pipeline: Pipeline, model_dir: Path, tmp_path: Path
) -> None:
    data = tmp_path / "tiny.tsv"
    data.write_text("intent\tlang\ttext\nreport_pothole\ten\tpothole on my street\n"
                    "emergency\ten\tshots fired outside\nopt_out\tes\tya no me manden mensajes\n",
                    encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["--model-dir", str(model_dir), "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "spaCy pipeline" in result.output and "baseline: TF-IDF" in result.output
    assert "emergency recall 1.000" in result.output
    assert "macro-F1" in result.output
