"""A TCP proxy on 127.0.0.1 that adds network delay, for round-trip benchmarks.

A shared database sits across a network; locally every round trip is almost
free. ``DelayProxy(target_port, one_way_ms)`` listens on a free local port and
forwards each connection to ``127.0.0.1:target_port``, holding every chunk
``one_way_ms`` before passing it on, in both directions: a round trip costs
``2 × one_way_ms`` more, as on a LAN or a hosted server. Order within a
connection is kept (one queue per direction). Runs in a thread of its own.

    with DelayProxy(5432, one_way_ms=10) as proxy:
        url = f"postgresql://root@127.0.0.1:{proxy.port}/family"

``requests`` counts the client's bursts (data sent after an answer came
back): the round trips on the wire, including those SQLAlchemy's events do
not see (psycopg's ``BEGIN``, the pool's liveness ping). Leaving the ``with``
block closes every connection and the event loop cleanly (no task is left
pending when the program ends).
"""

from __future__ import annotations

import asyncio
import threading
import time


class DelayProxy:
    def __init__(self, target_port: int, one_way_ms: float, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.delay = one_way_ms / 1000
        self.port = 0
        self.requests = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server: asyncio.base_events.Server | None = None

    def __enter__(self) -> DelayProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._loop.is_running():
            asyncio.run_coroutine_threadsafe(self._shut_down(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _shut_down(self) -> None:
        """Stop listening, end every connection and wait until each has finished."""
        if self._server is not None:
            self._server.close()
        # Every task of the loop (connections and their senders), until none is left.
        while tasks := [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._serve, "127.0.0.1", 0)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        answered = [True]  # the client speaks first
        try:
            await asyncio.gather(
                self._pipe(reader, up_writer, answered, request=True),
                self._pipe(up_reader, writer, answered, request=False),
            )
        except asyncio.CancelledError:
            pass  # the proxy is shutting down: end quietly (asyncio logs a cancelled handler)
        finally:
            writer.close()
            up_writer.close()

    async def _pipe(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        answered: list[bool],
        request: bool,
    ) -> None:
        """Forward chunks, each due ``delay`` after it arrived (in order)."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def send() -> None:
            try:
                while True:
                    due, chunk = await queue.get()
                    if not chunk:
                        break
                    wait = due - time.perf_counter()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    writer.write(chunk)
                    await writer.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                writer.close()

        sender = asyncio.ensure_future(send())
        try:
            while chunk := await reader.read(65536):
                if request and answered[0]:
                    self.requests += 1  # a new burst from the client: a round trip
                answered[0] = not request
                queue.put_nowait((time.perf_counter() + self.delay, chunk))
        except (ConnectionError, OSError):
            pass
        finally:
            queue.put_nowait((0.0, b""))
            await sender
