"""Limits every request body meets before anything parses it: size, nesting, encoding.

A JSON parser recurses once per nested array or object, so 100,000 ``[`` would exhaust the
stack wherever the body is parsed (FastAPI, the push route, pydantic), and a lone surrogate
(``"\\ud800"``), a NUL (``"\\u0000"``) or bytes that are not UTF-8 parse into text that no
database stores. :class:`RequestLimits` reads the body once (refusing it past
``max_bytes``, from its Content-Length when it has one), scans it in one linear pass, and
answers 413 or 400 with an :class:`~sync.protocol.wire.ErrorBody`; a body that passes is
handed on unchanged. A NUL in the address (``%00`` in a query or the path) gets 400 too. Installed by :func:`sync.server.app.create_app` with one line.
"""

from __future__ import annotations

import re
from itertools import accumulate

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol.wire import ErrorBody

#: Methods whose bodies are read (the API's other methods take none).
WITH_BODY = frozenset({"POST", "PUT", "PATCH"})

#: A whole JSON string (quotes included), a bracket, or the quote of a string that never
#: ends (where the scan stops: scanning on from each later quote would be quadratic).
_TOKEN = re.compile(rb'"(?:[^"\\]++|\\.)*+"|[\[\]{}]|"', re.DOTALL)
QUOTE, OPENERS = ord('"'), (ord("["), ord("{"))
#: Every byte but the brackets (deleted to leave a body's structure), and each bracket's step.
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_NOT_BRACKETS_OR_QUOTES = bytes(b for b in range(256) if b not in b'[]{}"')
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_ESCAPE = re.compile(rb"\\(?:u([0-9a-fA-F]{4})|.)", re.DOTALL)


class BodyProblem(ValueError):
    """Why a body is refused: an HTTP status, a stable code and a sentence."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.body = ErrorBody(error=error, message=message)


def too_large(size: int, limit: int, *, at_least: bool = False) -> BodyProblem:
    more = "more than " if at_least else ""
    return BodyProblem(
        413,
        "payload_too_large",
        f"The request body is {more}{size:,} bytes; the limit is {limit:,}. Send smaller batches.",
    )


def _check_escapes(text: bytes) -> None:
    """The escapes of one JSON string: no ``\\u0000``, every surrogate in a proper pair."""
    pending_high = -1  # end offset of an unpaired high surrogate escape
    for match in _ESCAPE.finditer(text):
        code = int(match.group(1), 16) if match.group(1) else None
        if pending_high >= 0:
            if code is None or not 0xDC00 <= code <= 0xDFFF or match.start() != pending_high:
                raise _lone_surrogate()
            pending_high = -1
            continue
        if code is None:
            continue
        if code == 0:
            raise BodyProblem(
                400, "invalid_text", "A string holds a NUL character (\\u0000), which is refused."
            )
        if 0xD800 <= code <= 0xDBFF:
            pending_high = match.end()
        elif 0xDC00 <= code <= 0xDFFF:
            raise _lone_surrogate()
    if pending_high >= 0:
        raise _lone_surrogate()


def _lone_surrogate() -> BodyProblem:
    return BodyProblem(
        400, "invalid_text", "A string holds a lone surrogate escape: it is not valid Unicode."
    )


def check_body(body: bytes, *, max_depth: int) -> None:
    """Raise :class:`BodyProblem` if ``body`` is not UTF-8, nests deeper than ``max_depth``,
    or holds a string with a NUL or a lone surrogate. Anything else is left to the parser."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyProblem(400, "invalid_encoding", "The body is not valid UTF-8.") from None
    if b"\\" not in body:
        _check_depth_plain(body, max_depth=max_depth)
        return
    depth = 0
    for token in _TOKEN.finditer(body):
        text = token.group()
        if text[0] == QUOTE:
            if len(text) == 1:
                return  # a string that never ends: not JSON, and the parser says so
            if b"\\u" in text:
                _check_escapes(text[1:-1])
        elif text[0] in OPENERS:
            depth += 1
            if depth > max_depth:
                raise BodyProblem(
                    400,
                    "too_deep",
                    f"The body nests arrays and objects more than {max_depth} deep.",
                )
        else:
            depth -= 1


def _check_depth_plain(body: bytes, *, max_depth: int) -> None:
    """The depth check of :func:`check_body` for a body without a backslash (nearly every
    body: the kiosk sends text as UTF-8, not escapes), at C speed: with no escaped quote,
    every other piece between quotes is a string, and the rest is the structure."""
    # Brackets and quotes only; then each string without a bracket in it is a pair of
    # quotes side by side, removed in one pass. When no quote is left, every pair removed
    # was a string's own (each run of quotes began with an opening one): what is left is
    # the structure. Otherwise (a bracket inside a string), the strings are cut out.
    structure = body.translate(None, _NOT_BRACKETS_OR_QUOTES).replace(b'""', b"")
    if b'"' in structure:
        structure = b"".join(body.split(b'"')[0::2]).translate(None, _NOT_BRACKETS)
    if structure.count(b"[") + structure.count(b"{") <= max_depth:
        return
    if max(accumulate(_STEP[byte] for byte in structure)) > max_depth:
        raise BodyProblem(
            400, "too_deep", f"The body nests arrays and objects more than {max_depth} deep."
        )


class RequestLimits:
    """ASGI middleware: every request body checked by :func:`check_body` within a size."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, max_depth: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope["path"] or b"%00" in scope["query_string"]:
            problem = BodyProblem(
                400, "invalid_text", "The address holds a NUL character (%00), which is refused."
            )
            response = JSONResponse(problem.body.model_dump(mode="json"), problem.status)
            await response(scope, receive, send)
            return
        if scope["method"] not in WITH_BODY:
            await self.app(scope, receive, send)
            return
        try:
            body, ended = await self._read(scope, receive)
            if body:
                check_body(body, max_depth=self.max_depth)
        except BodyProblem as problem:
            response = JSONResponse(problem.body.model_dump(mode="json"), problem.status)
            await response(scope, receive, send)
            return
        if ended is not None:
            return  # the client left (or was timed out) before its body arrived: none to answer

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _read(self, scope: Scope, receive: Receive) -> tuple[bytes, Message | None]:
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                raise too_large(int(value), self.max_bytes)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks), message
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                raise too_large(size, self.max_bytes, at_least=True)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), None
