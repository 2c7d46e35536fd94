"""Loading the content the kiosk shows: hubs and the service catalogue.

The shipped defaults live in ``resources/data``; a config snapshot from the central server
replaces them. Every file is validated whole with pydantic, and an invalid one gives a
:class:`ContentError` naming the file, the entry and the field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from hubkiosk.resources import resource
from sync.protocol import Catalogue, Hub, HubList
from sync.protocol.surveys import SurveyDefinition
from sync.protocol.wire import Adviser, ConfigSnapshot

M = TypeVar("M", bound=BaseModel)


class ContentError(ValueError):
    """A content file is invalid; the message names the file, the entry and the field."""


def _describe_location(data: Any, loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic error location into words, naming entries by their ``id``."""
    words: list[str] = []
    node = data
    for part in loc:
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            node = node[part]
            entry_id = node.get("id") if isinstance(node, dict) else None
            words.append(f"entry '{entry_id}'" if entry_id else f"entry {part + 1}")
        elif isinstance(node, dict) and part in node:
            node = node[part]
            words.append(f"field '{part}'")
        else:
            words.append(f"field '{part}'")
            node = None
    return ", ".join(words) or "the whole file"


def validate_data(model: type[M], data: Any, source: str) -> M:
    """Validate ``data`` as ``model``; errors say where, in words an officer follows."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors()[:5]:
            where = _describe_location(data, tuple(error["loc"]))
            what = str(error["msg"]).removeprefix("Value error, ")  # the rule's own words
            problems.append(f"{where}: {what}")
        raise ContentError(f"{source}: " + "; ".join(problems)) from None


def read_json(path: Path) -> Any:
    """The JSON in ``path``; a missing file or bad JSON is a :class:`ContentError` naming it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{path}: file is missing") from None
    except json.JSONDecodeError as exc:
        raise ContentError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None


def load_file(model: type[M], path: Path) -> M:
    return validate_data(model, read_json(path), str(path))


@dataclass(frozen=True)
class Content:
    """Everything configurable the kiosk shows, as one validated whole."""

    hubs: HubList
    catalogue: Catalogue
    version: str = "shipped"
    #: Form definitions by id (see sync/protocol/forms.py), newest version of each.
    forms: Mapping[str, Any] = field(default_factory=dict)
    #: Survey definitions by id (see sync/protocol/surveys.py).
    surveys: Mapping[str, Any] = field(default_factory=dict)
    #: Advisers who may sign in (PIN hashes), from the server's snapshot.
    advisers: tuple[Adviser, ...] = ()

    def hub(self, hub_id: str) -> Hub:
        hub = self.hubs.by_id(hub_id)
        if hub is None:
            raise ContentError(f"hub '{hub_id}' is not in the configured hubs")
        return hub


def load_default_content(folder: Path | None = None) -> Content:
    """The shipped default content from ``resources/data`` (or ``folder``)."""
    from hubkiosk.core.forms import load_forms
    from hubkiosk.core.survey import load_surveys  # the survey engine builds on this module

    base = folder or resource("data")
    return Content(
        hubs=load_file(HubList, base / "hubs.json"),
        catalogue=load_file(Catalogue, base / "catalogue.json"),
        forms=load_forms(resource("forms") if folder is None else base / "forms"),
        surveys=load_surveys(resource("surveys") if folder is None else base / "surveys"),
    )


def content_from_snapshot(snapshot: ConfigSnapshot, previous: Content) -> tuple[Content, list[str]]:
    """The content a config snapshot puts in force, and what was wrong in it.

    The snapshot itself was validated whole before it was stored. Forms and surveys are
    checked one by one on top: a malformed one is named (form or survey, and field) and the
    previous version stays in force, so one officer's mistake never takes a working form or
    survey away.
    """
    from hubkiosk.core.forms import apply_form_definitions

    forms, errors = apply_form_definitions(snapshot.forms, previous.forms)
    surveys: dict[str, Any] = {}
    for raw in snapshot.surveys:
        survey_id = raw.get("id") if isinstance(raw, dict) else None
        try:
            survey = validate_data(SurveyDefinition, raw, f"survey '{survey_id}' from the server")
        except ContentError as exc:
            kept = previous.surveys.get(str(survey_id))
            if kept is not None:
                surveys[str(survey_id)] = kept
                errors.append(f"{exc}; version {kept.version} stays in use")
            else:
                errors.append(f"{exc}; the survey is not offered")
            continue
        surveys[survey.id] = survey
    content = Content(
        hubs=HubList(hubs=list(snapshot.hubs)),
        catalogue=snapshot.catalogue,
        version=snapshot.etag,
        forms=forms,
        surveys=surveys,
        advisers=tuple(snapshot.advisers),
    )
    return content, errors
