"""`chitext train`, `chitext classify` and `chitext eval` (registered by chitext/cli.py).

Each takes `--model-dir`, the model cache; the default follows the gateway's data dir
(`$CHITEXT_DATA_DIR/models`, else `~/.local/share/chitext/models`), so the model trained by
`chitext train` is the one `chitext serve` loads.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from intents.dataset import DEV_PATH, TRAIN_PATH, load_examples
from intents.evaluation import Report, baseline_predictions, report
from intents.pipeline import Pipeline


def default_model_dir() -> Path:
    """The same cache `chitext serve` uses, so a model trained here is the one it loads."""
    from chitext.settings import Settings

    return Settings.from_env().model_dir


model_dir_option = click.option(
    "--model-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=default_model_dir,
    show_default="$CHITEXT_DATA_DIR/models or ~/.local/share/chitext/models",
    help="Where trained models are cached.",
)


@click.command("train")
@model_dir_option
def train_command(model_dir: Path) -> None:
    """Train the intent model (if the data changed) and cache it."""
    started = time.perf_counter()
    pipeline = Pipeline.load(model_dir, progress=True)
    click.echo(
        f"model {pipeline.data_hash[:16]} ({pipeline.architecture}) ready in {model_dir} "
        f"after {time.perf_counter() - started:.1f}s; unknown below {pipeline.threshold:.2f}",
        err=True,
    )


@click.command("classify")
@model_dir_option
@click.option("--language", "remembered", default=None,
              help="The resident's remembered language (en/es) for short texts.")
def classify_command(model_dir: Path, remembered: str | None) -> None:
    """Read texts, one per line, on stdin; write one JSON object per line."""
    pipeline = Pipeline.load(model_dir, progress=True)
    texts = [line.rstrip("\r\n") for line in sys.stdin]
    for understanding in pipeline.understand_batch(texts, remembered):
        click.echo(json.dumps(understanding.as_json(), ensure_ascii=False))


def _print_report(result: Report) -> None:
    click.echo(f"\n== {result.name}")
    click.echo(f"{'intent':<26}{'precision':>10}{'recall':>8}{'f1':>8}{'n':>6}")
    for score in result.per_intent:
        click.echo(f"{score.intent:<26}{score.precision:>10.3f}{score.recall:>8.3f}"
                   f"{score.f1:>8.3f}{score.support:>6}")
    click.echo(f"macro-F1 {result.macro_f1:.4f}  accuracy {result.accuracy:.4f}  "
               f"emergency recall {result.emergency_recall:.3f}  "
               f"opt-out recall {result.opt_out_recall:.3f}")
    if result.confusions:
        click.echo("confusions (gold -> predicted: count):")
        for gold, predicted, count in result.confusions:
            click.echo(f"  {gold} -> {predicted}: {count}")


@click.command("eval")
@model_dir_option
@click.option("--data", "data_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="TSV intent<TAB>lang<TAB>text with a header (default: dev split).")
def eval_command(model_dir: Path, data_path: Path | None) -> None:
    """Score the live pipeline and a TF-IDF baseline on a labelled TSV."""
    examples = load_examples(data_path or DEV_PATH)
    pipeline = Pipeline.load(model_dir, progress=True)
    gold = [example.intent for example in examples]
    live = [""] * len(examples)
    # Each example is understood with its own language remembered, as the engine would.
    for language in sorted({example.lang for example in examples}):
        indexes = [i for i, example in enumerate(examples) if example.lang == language]
        batch = pipeline.understand_batch([examples[i].text for i in indexes], language)
        for index, understanding in zip(indexes, batch, strict=True):
            live[index] = understanding.intent
    baseline = baseline_predictions(load_examples(TRAIN_PATH), examples)
    spacy_report = report(f"spaCy pipeline ({pipeline.architecture})", gold, live)
    baseline_report = report("baseline: TF-IDF + logistic regression", gold, baseline)
    _print_report(spacy_report)
    _print_report(baseline_report)
    margin = spacy_report.macro_f1 - baseline_report.macro_f1
    click.echo(f"\nmacro-F1 spaCy {spacy_report.macro_f1:.4f} vs baseline "
               f"{baseline_report.macro_f1:.4f} (margin {margin:+.4f}) on "
               f"{len(examples)} examples from {data_path or DEV_PATH}")
