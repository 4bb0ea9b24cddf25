"""A lightweight learner: does what an app page does, without a browser.

It GETs the page, opens the kernel websocket, asks for the widget state (as the page's widget
manager does, through the ``jupyter.widget.control`` comm) and reads the rendered result. Many
of them fit in one process, so a classroom burst can be simulated on 2 cores (a Chromium per
learner would swamp the machine). It can also type into a field: a ``comm_msg`` update of the
input widget's value, which the kernel handles exactly as a browser's change.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import re
import time
import uuid
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

_KERNEL_ID = re.compile(r'"kernelId"\s*:\s*"([0-9a-f-]{36})"')


@dataclass
class Visit:
    """One page visit: timings (seconds from the start) and what the page showed."""

    status: int = 0
    kernel_id: str = ""
    html_seconds: float = 0.0
    ready_seconds: float = 0.0
    bytes: int = 0
    states: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    ws: Any = None

    def widgets_with_class(self, css_class: str) -> list[tuple[str, dict]]:
        """(model id, state) of the widgets carrying a CSS class such as ``cb-results``."""
        return [(mid, s["state"]) for mid, s in self.states.items()
                if css_class in (s.get("state", {}).get("_dom_classes") or [])]

    def text_of(self, css_class: str) -> str:
        """The text of the HTML widgets with this class (tags removed)."""
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", s.get("value", ""))) for _m, s in self.widgets_with_class(css_class))

    def all_text(self) -> str:
        """The text of every HTML widget on the page."""
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", s.get("state", {}).get("value", "")))
                        for s in self.states.values() if isinstance(s.get("state", {}).get("value"), str))

    def close(self) -> None:
        """Drop the websocket without Voilà's unload request (a tab killed, Wi-Fi gone)."""
        if self.ws is not None:
            self.ws.close()
            self.ws = None


def _message(msg_type: str, content: dict, session: str, metadata: dict | None = None) -> str:
    return json.dumps({
        "header": {"msg_id": uuid.uuid4().hex, "username": "learner", "session": session, "msg_type": msg_type,
                   "version": "5.3", "date": ""},
        "parent_header": {}, "metadata": metadata or {}, "content": content, "channel": "shell", "buffers": [],
    })


async def visit(base: str, path: str, timeout: float = 120.0, keep_open: bool = False,
                headers: dict[str, str] | None = None) -> Visit:
    """Open one app page as a learner's browser would and wait for its widget state."""
    v = Visit()
    start = time.monotonic()
    client = AsyncHTTPClient(max_clients=100)
    try:
        response = await client.fetch(HTTPRequest(base + path, request_timeout=timeout, headers=headers or {},
                                                  decompress_response=True), raise_error=False)
        v.status, v.html_seconds = response.code, time.monotonic() - start
        body = response.body.decode("utf-8", "replace") if response.body else ""
        v.bytes = len(response.body or b"")
        match = _KERNEL_ID.search(body)
        if response.code != 200 or not match:
            v.error = f"HTTP {response.code}, no kernel id"
            return v
        v.kernel_id = match.group(1)
        session = uuid.uuid4().hex
        ws_url = base.replace("http", "ws", 1) + f"/api/kernels/{v.kernel_id}/channels?session_id={session}"
        # the page's cookies go with the websocket too (a hub's OAuth cookie guards the kernel)
        ws = await asyncio.wait_for(websocket_connect(HTTPRequest(ws_url, headers=headers or {})), timeout)
        v.ws = ws
        comm_id = uuid.uuid4().hex
        await ws.write_message(_message("comm_open", {"comm_id": comm_id, "target_name": "jupyter.widget.control",
                                                       "data": {}}, session, {"version": "1.0.0"}))
        await ws.write_message(_message("comm_msg", {"comm_id": comm_id, "data": {"method": "request_states"}}, session))
        deadline = start + timeout
        while time.monotonic() < deadline:
            raw = await asyncio.wait_for(ws.read_message(), deadline - time.monotonic())
            if raw is None:
                v.error = "websocket closed"
                return v
            if isinstance(raw, bytes):
                continue  # binary frames carry widget buffers; the state arrives as JSON
            msg = json.loads(raw)
            data = msg.get("content", {}).get("data", {})
            if msg.get("msg_type") == "comm_msg" and data.get("method") == "update_states":
                v.states = data.get("states", {})
                v.ready_seconds = time.monotonic() - start
                break
        else:
            v.error = "no widget state"
        v.session = session
        if not keep_open:
            v.close()
    except Exception as err:  # a load test records failures instead of stopping
        v.error = f"{type(err).__name__}: {err}"
        v.close()
    return v


async def type_value(v: Visit, css_class: str, value: str, wait_for: str, result_class: str = "cb-results",
                     timeout: float = 30.0) -> float:
    """Type ``value`` into the input inside the field box with ``css_class`` and wait until the
    results contain ``wait_for``. Returns the seconds it took. The visit must be kept open."""
    if v.ws is None:
        raise ConnectionError(f"the page is not open: {v.error or 'closed'}")
    boxes = v.widgets_with_class(css_class)
    if not boxes:
        raise LookupError(css_class)
    input_id = _first_input(v, boxes[0][1])
    start = time.monotonic()
    await v.ws.write_message(_message("comm_msg", {"comm_id": input_id, "data": {
        "method": "update", "state": {"value": value}, "buffer_paths": []}}, v.session))
    results_ids = {mid for mid, _s in v.widgets_with_class(result_class)}
    while time.monotonic() - start < timeout:
        raw = await asyncio.wait_for(v.ws.read_message(), timeout)
        if raw is None:
            raise ConnectionError("websocket closed")
        if isinstance(raw, bytes):
            continue
        msg = json.loads(raw)
        content = msg.get("content", {})
        if msg.get("msg_type") == "comm_msg" and content.get("comm_id") in results_ids:
            text = content.get("data", {}).get("state", {}).get("value", "")
            if wait_for in unescape(text):
                return time.monotonic() - start
    raise TimeoutError(wait_for)


def _first_input(v: Visit, box_state: dict) -> str:
    """The model id of the first text input among a box's children (depth first)."""
    for child in box_state.get("children", []):
        mid = child.replace("IPY_MODEL_", "")
        state = v.states.get(mid, {}).get("state", {})
        if state.get("_model_name") in ("TextModel", "TextareaModel"):
            return mid
        if state.get("children"):
            found = _first_input(v, state)
            if found:
                return found
    return ""


def run(coro):
    """Run a coroutine to completion (tests and benchmarks are synchronous).

    In its own thread: Playwright's sync API keeps an event loop running in the main thread for
    the whole session once a browser test has started, and asyncio.run refuses to nest in it.
    """
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
