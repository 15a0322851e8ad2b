"""Throughput of the understanding pipeline, against a bare aiohttp handler in the same run.

    python bench/classify.py [--model-dir DIR] [--texts N]

Prints texts/s through `Pipeline.understand` (one message at a time, as a webhook handles
them) and `Pipeline.understand_batch` (as `chitext classify` does), and both as a ratio of
requests/s to a trivial aiohttp handler driven by aiohttp's in-process test client, so the
figures mean something on any machine. Texts are the dev split, repeated.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from intents.cli import default_model_dir
from intents.dataset import DEV_PATH, load_examples
from intents.pipeline import Pipeline


async def bare_handler_rate(requests: int) -> float:
    """Requests/s of a handler that does nothing, through a real HTTP round trip."""

    async def ok(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/", ok)
    async with TestClient(TestServer(app)) as client:
        for _ in range(50):  # warm up the connection pool
            await (await client.get("/")).read()
        started = time.perf_counter()
        for _ in range(requests):
            await (await client.get("/")).read()
        return requests / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model-dir", type=Path, default=default_model_dir())
    parser.add_argument("--texts", type=int, default=20000)
    args = parser.parse_args()

    started = time.perf_counter()
    pipeline = Pipeline.load(args.model_dir, progress=True)
    print(f"pipeline ready in {time.perf_counter() - started:.2f}s")
    dev = [example.text for example in load_examples(DEV_PATH)]
    texts = (dev * (args.texts // len(dev) + 1))[: args.texts]
    pipeline.understand_batch(texts[:500])  # warm-up

    single_count = min(len(texts), 5000)
    started = time.perf_counter()
    for text in texts[:single_count]:
        pipeline.understand(text, "en")
    single = single_count / (time.perf_counter() - started)

    started = time.perf_counter()
    pipeline.understand_batch(texts, "en")
    batched = len(texts) / (time.perf_counter() - started)

    bare = asyncio.run(bare_handler_rate(2000))
    print(f"bare aiohttp handler: {bare:>9,.0f} requests/s")
    print(f"classify, single:     {single:>9,.0f} texts/s  ({single / bare:.2f}x bare handler)")
    print(f"classify, batched:    {batched:>9,.0f} texts/s  ({batched / bare:.2f}x bare handler)")


if __name__ == "__main__":
    main()
