"""Gateway throughput, latency and memory against a bare aiohttp handler, in one process tree.

Two servers run as child processes on loopback: a bare aiohttp app answering a fixed TwiML
string, and the real ChiTEXT app (SQLite in a temporary data dir, real Twilio signature
checks, the full engine and the trained intent model unless --scripted). The parent sends the
same signed webhook traffic to each (bounded count, fixed concurrency) and prints requests/s,
p50/p95 latency and resident memory, and the ratios gateway/bare. Machines differ; ratios
measured in the same run are what to compare across commits.

    python bench/gateway.py [--requests 2000] [--concurrency 16] [--scripted]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from twilio.request_validator import RequestValidator

TOKEN = "bench-auth-token-0123456789abcdef"
ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "hello",
    "what ward is 4400 W Lawrence",
    "HELP",
    "theres a huge pothole on cottage grove by 79th",
    "shelter tonight",
    "gracias",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bare_server(port: int) -> None:
    from aiohttp import web

    body = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>ok</Message></Response>'

    async def handler(request: web.Request) -> web.Response:
        await request.post()
        return web.Response(text=body, content_type="application/xml")

    app = web.Application()
    app.router.add_post("/twilio/sms", handler)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def gateway_server(port: int, data_dir: str, scripted: bool) -> None:
    from aiohttp import web

    from chitext.app import create_app
    from chitext.settings import Settings

    settings = Settings(
        data_dir=Path(data_dir),
        database_url=f"sqlite+aiosqlite:///{data_dir}/chitext.db",
        public_url=f"http://127.0.0.1:{port}",
        twilio_auth_token=TOKEN,
    )
    understander = None
    if scripted:
        sys.path.insert(0, str(ROOT))
        from tests.support import ScriptedUnderstander

        understander = ScriptedUnderstander({"hello": "greeting"})
    web.run_app(
        create_app(settings, understander=understander),
        host="127.0.0.1",
        port=port,
        print=None,
        access_log=None,
    )


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def wait_ready(port: int) -> None:
    # The first start may train the intent model: allow it minutes, not seconds.
    deadline = time.monotonic() + 600.0
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            try:
                async with session.post(f"http://127.0.0.1:{port}/twilio/sms") as response:
                    if response.status in (200, 403, 405):
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.25)
    raise SystemExit(f"server on port {port} did not start")


async def load(port: int, requests: int, concurrency: int, tag: str) -> tuple[float, list[float]]:
    url = f"http://127.0.0.1:{port}/twilio/sms"
    validator = RequestValidator(TOKEN)
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for index in range(requests):
        queue.put_nowait(index)

    async def worker(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            index = queue.get_nowait()
            form = {
                "MessageSid": f"SM{tag}{index:030d}",
                "From": f"+1312555{index % 500:04d}",
                "To": "+13125550311",
                "Body": TEXTS[index % len(TEXTS)],
                "NumMedia": "0",
            }
            signature = validator.compute_signature(url, form)
            started = time.perf_counter()
            async with session.post(
                url,
                data=urlencode(form),
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Twilio-Signature": signature,
                },
            ) as response:
                await response.read()
                if response.status != 200:
                    raise SystemExit(f"unexpected status {response.status}")
            latencies.append(time.perf_counter() - started)

    async with aiohttp.ClientSession() as session:
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return requests / elapsed, latencies


async def engine_errors(port: int) -> float:
    """Turns that failed inside the engine (answered with an apology, so still HTTP 200)."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/metrics") as response,
    ):
        text = await response.text()
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith("chitext_errors_total{")
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--scripted", action="store_true", help="skip the trained model")
    args = parser.parse_args()

    results = {}
    with tempfile.TemporaryDirectory() as data_dir:
        for name in ("bare", "gateway"):
            port = free_port()
            code = (
                f"import bench.gateway as g; g.bare_server({port})"
                if name == "bare"
                else f"import bench.gateway as g; g.gateway_server({port}, {data_dir!r}, "
                f"{args.scripted})"
            )
            # The servers are children so their memory is measured apart from the client's.
            child = subprocess.Popen(  # noqa: ASYNC220  (spawning only; the loop is idle)
                [sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}
            )
            try:
                await wait_ready(port)
                await load(port, min(200, args.requests), args.concurrency, f"w{name}")  # warm-up
                throughput, latencies = await load(port, args.requests, args.concurrency, name)
                results[name] = (throughput, latencies, rss_kib(child.pid))
                if name == "gateway":
                    failed = await engine_errors(port)
                    if failed:
                        raise SystemExit(f"the gateway logged {failed:.0f} failed turns under load")
            finally:
                child.terminate()
                child.wait(timeout=30)

    print(f"{'':10}{'req/s':>10}{'p50 ms':>10}{'p95 ms':>10}{'RSS MiB':>10}")
    for name, (throughput, latencies, rss) in results.items():
        print(
            f"{name:10}{throughput:10.0f}{statistics.median(latencies) * 1000:10.2f}"
            f"{percentile(latencies, 0.95) * 1000:10.2f}{rss / 1024:10.1f}"
        )
    bare, gateway = results["bare"], results["gateway"]
    print(
        f"ratios gateway/bare: throughput {gateway[0] / bare[0]:.3f}, "
        f"p50 latency {statistics.median(gateway[1]) / statistics.median(bare[1]):.2f}x, "
        f"memory {gateway[2] / bare[2]:.2f}x"
    )


if __name__ == "__main__":
    asyncio.run(main())
