"""Publishing configuration and building each hub's config snapshot.

``config publish`` reads a folder shaped like ``resources/data`` (``hubs.json``,
``catalogue.json``, and optionally ``forms.json`` or ``forms/*.json``, ``surveys.json`` or
``surveys/*.json``; for the shipped ``resources/data`` also ``resources/forms`` and
``resources/surveys``), validates it whole (each form and survey as the kiosk reads it, and
every form the catalogue names among them) and stores it as the next version. Nothing is
stored that would not make a valid snapshot for every hub: bookings naming a hub or a
service the configuration lacks, a hub taken out while kiosks are enrolled there, are
refused with what is wrong (never a resident's value); nor what the kiosks would take but
show wrongly (one form or survey in two files, an icon they lack, two forms with one
reference prefix, overlapping hours, a text under no kiosk language), nor a survey changed
under a version published before or going back to an older one. What is no reason to
refuse (texts not yet in every kiosk language, what a survey's new version drops) is said
by :func:`cautions`. A kiosk's snapshot is that version
plus the advisers allowed at its hub and its hub's appointments for the local day; its ETag
is the version plus a hash of the exact body (the published part hashed once per version
and kept, as a published version never changes: a kiosk that holds the snapshot is
answered 304 without its body being read or built).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
import threading
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.content import KIOSK_LANGUAGES, Catalogue, HubList, LocalizedText
from sync.protocol.forms import FormDefinitionError, parse_form
from sync.protocol.surveys import Option, Question, QuestionType, Statement, SurveyDefinition
from sync.protocol.wire import Adviser, AppointmentEntry, ConfigSnapshot, validation_problems
from sync.server.models import (
    AdviserRow,
    AppointmentRow,
    AuditEvent,
    Device,
    HubRow,
    PublishedConfig,
)

log = logging.getLogger(__name__)


M = TypeVar("M", bound=BaseModel)


class ConfigError(ValueError):
    """A configuration folder that cannot be published (nothing is stored)."""


#: How many problems a refusal names (the rest are counted).
PROBLEMS_NAMED = 5


def in_one_line(problems: Sequence[str]) -> str:
    """``problems`` on one line, the first :data:`PROBLEMS_NAMED` named, the rest counted."""
    named = list(problems[:PROBLEMS_NAMED])
    if len(problems) > PROBLEMS_NAMED:
        named.append(f"and {len(problems) - PROBLEMS_NAMED} more")
    return "; ".join(named)


def refuse(problems: Iterable[str]) -> None:
    """Raise :class:`ConfigError` naming ``problems`` (each once), if there are any."""
    found = list(dict.fromkeys(problems))
    if found:
        raise ConfigError(in_one_line(found))


def default_data_dir() -> Path:
    """The shipped ``resources/data`` (``HUBKIOSK_RESOURCES`` overrides the resources root):
    the checkout's or bundle's ``resources/``, else the installed wheel's package data."""
    import os
    from importlib.resources import files

    override = os.environ.get("HUBKIOSK_RESOURCES")
    root = Path(override) if override else Path(__file__).resolve().parents[2] / "resources"
    if not override and not root.is_dir():
        root = Path(str(files("hubkiosk") / "_resources"))
    return root / "data"


def _load_json(path: Path, where: str | None = None) -> Any:
    """``path``'s JSON; a file that cannot be read is named as ``where`` (its place in the
    folder: ``forms/library-card.json``), else by its name."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{where or path.name}: {exc}") from exc


def _definitions(folder: Path, name: str) -> list[tuple[str, dict[str, Any]]]:
    """The ``name`` (forms or surveys) of ``folder``, each with the file it is in."""
    single = folder / f"{name}.json"
    found: list[tuple[str, Any]] = []
    if single.is_file():
        data = _load_json(single)
        items = data.get(name) if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise ConfigError(f"{single.name}: expected a list of {name} (or {{'{name}': [...]}})")
        found.extend((f"{single.name} (entry {n})", item) for n, item in enumerate(items, 1))
    folders = [folder / name]
    if folder.resolve() == default_data_dir().resolve():
        # The shipped resources keep forms and surveys beside data/, not inside it.
        folders.append(folder.parent / name)
    for several in folders:
        for path in sorted(several.glob("*.json")) if several.is_dir() else []:
            where = f"{name}/{path.name}"
            data = _load_json(path, where)
            if isinstance(data, list):
                found.extend((f"{where} (entry {n})", item) for n, item in enumerate(data, 1))
            else:
                found.append((where, data))
    for _, entry in found:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise ConfigError(f"every entry of {name} needs a string 'id'")
    return found


def _given_twice(word: str, definitions: Sequence[tuple[str, dict[str, Any]]]) -> list[str]:
    """A form (or survey) id in two files: a backup copy left beside the edited file, which
    the kiosks and the survey report would each read their own way."""
    files: dict[str, list[str]] = {}
    for where, entry in definitions:
        files.setdefault(entry["id"], []).append(where)
    return [
        f"{word} '{item_id}' is in {'two' if len(found) == 2 else len(found)} files, "
        f"{', '.join(sorted(found)[:-1])} and {sorted(found)[-1]}: keep one (move the "
        f"other{'' if len(found) == 2 else 's'} out of the folder)"
        for item_id, found in files.items()
        if len(found) > 1
    ]


def _validated(model: type[M], path: Path) -> M:
    """``path``'s JSON validated as ``model``; its problems on one line."""
    try:
        return model.model_validate(_load_json(path))
    except ValidationError as exc:
        raise ConfigError(
            "; ".join(f"{path.name}: {p}" for p in validation_problems(exc, "the whole file"))
        ) from None


def _definition_problems(
    folder: Path, catalogue: Mapping[str, Any], forms: list[Any], surveys: list[Any]
) -> list[str]:
    """What the kiosks would refuse in the forms and surveys (read by the same models as
    theirs), and the forms the catalogue names that are not among them."""
    problems: list[str] = []
    for raw in forms:
        try:
            parse_form(raw)
        except FormDefinitionError as exc:
            problems.append(str(exc))
    for raw in surveys:
        try:
            SurveyDefinition.model_validate(raw)
        except ValidationError as exc:
            where = f"survey '{raw['id']}'"
            problems.extend(
                problem if problem.startswith(where) else f"{where}: {problem}"
                for problem in _named_by_ids(raw, exc)
            )
    published = {raw["id"] for raw in forms}
    named = [
        form_id
        for service in catalogue["services"]
        for form_id in service["form_ids"]
        if form_id not in published
    ]
    if named:
        problems.append(
            "the catalogue names forms that are not published: "
            f"{', '.join(sorted(set(named)))} (forms are read from {folder / 'forms'}/*.json "
            f"and {folder / 'forms.json'})"
        )
    return problems


def _named_by_ids(raw: Any, exc: ValidationError) -> list[str]:
    """:func:`validation_problems` of ``raw``, each entry of a list with an id (a question,
    an answer, a statement) named by it rather than by its place counted from 0, as the
    officer finds it: ``questions.services.options.waste.text``."""
    problems = []
    for problem, error in zip(validation_problems(exc, None), exc.errors(), strict=True):
        node, path = raw, []
        for part in error["loc"]:
            if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
                named = node.get("id") if isinstance(node, dict) else None
                path.append(named if isinstance(named, str) and named else str(part))
            else:
                node = node.get(part) if isinstance(node, dict) else None
                path.append(str(part))
        where = ".".join(str(part) for part in error["loc"])
        problems.append(problem.replace(where, ".".join(path), 1) if where else problem)
    return problems


def read_folder(folder: Path) -> dict[str, Any]:
    """The validated body of a configuration folder (raises :class:`ConfigError`)."""
    if not folder.is_dir():
        raise ConfigError(f"{folder} is not a folder")
    hubs = _validated(HubList, folder / "hubs.json")
    catalogue = _validated(Catalogue, folder / "catalogue.json").model_dump(mode="json")
    given_forms = _definitions(folder, "forms")
    given_surveys = _definitions(folder, "surveys")
    refuse([*_given_twice("form", given_forms), *_given_twice("survey", given_surveys)])
    forms = [entry for _, entry in given_forms]
    surveys = [entry for _, entry in given_surveys]
    refuse(_definition_problems(folder, catalogue, forms, surveys))
    body = {
        "hubs": hubs.model_dump(mode="json")["hubs"],
        "catalogue": catalogue,
        "forms": forms,
        "surveys": surveys,
    }
    refuse(_content_problems(body))
    return body


def _content(body: Mapping[str, Any]) -> Iterator[tuple[str, BaseModel]]:
    """Each part of a valid ``body`` as the kiosks read it, with what to call it."""
    yield "hubs.json", HubList.model_validate({"hubs": body["hubs"]})
    yield "catalogue.json", Catalogue.model_validate(body["catalogue"])
    for raw in body["forms"]:
        yield f"form '{raw['id']}'", parse_form(raw)
    for raw in body["surveys"]:
        yield f"survey '{raw['id']}'", SurveyDefinition.model_validate(raw)


def _texts(node: Any, path: str = "") -> Iterator[tuple[str, LocalizedText]]:
    """Every text a resident reads in ``node`` (a model read from content), with where it
    is: the dotted path, an entry named by its id where it has one."""
    if isinstance(node, LocalizedText):
        yield path, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _texts(getattr(node, name), f"{path}.{name}".lstrip("."))
    elif isinstance(node, list | tuple):
        for index, item in enumerate(node):
            label = getattr(item, "id", None)
            step = label if isinstance(label, str) else str(index)
            yield from _texts(item, f"{path}.{step}".lstrip("."))
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from _texts(item, f"{path}.{key}".lstrip("."))


def _content_problems(body: Mapping[str, Any]) -> list[str]:
    """What the kiosks would take but show wrongly: a text under a code that is none of
    their languages (never shown), two forms with one reference prefix, overlapping opening
    hours (the kiosk tells the wrong closing time), an icon the kiosks do not have (they
    draw a "?")."""
    problems: list[str] = []
    known = ", ".join(KIOSK_LANGUAGES)
    for where, part in _content(body):
        for path, text in _texts(part):
            problems.extend(
                f"{where}: {path}: '{code}' is not a language of the kiosks ({known})"
                for code in text.root
                if code not in KIOSK_LANGUAGES
            )
    prefixes: dict[str, list[str]] = {}
    for raw in body["forms"]:
        prefixes.setdefault(str(raw.get("reference_prefix")), []).append(raw["id"])
    for prefix, ids in prefixes.items():
        if len(ids) > 1:
            named = [f"'{form_id}'" for form_id in sorted(ids)]
            problems.append(
                f"forms {_listed(named)} "
                f"{'both' if len(ids) == 2 else 'all'} have reference_prefix '{prefix}': give "
                "each form its own (their reference numbers would look alike)"
            )
    for hub in HubList.model_validate({"hubs": body["hubs"]}).hubs:
        for day, intervals in hub.hours.items():
            ordered = sorted(intervals, key=lambda interval: interval.open)
            for first, second in zip(ordered, ordered[1:], strict=False):
                if second.open < first.close:
                    problems.append(
                        f"hubs.json: hub '{hub.id}' hours on {day.value}: "
                        f"{first.open:%H:%M}-{first.close:%H:%M} and "
                        f"{second.open:%H:%M}-{second.close:%H:%M} overlap (the kiosks would "
                        "give the wrong closing time): make them one, or end the first before "
                        "the second opens"
                    )
    icons = _kiosk_icons()
    unknown = [
        f"service '{service['id']}' has icon '{service['icon']}'"
        for service in body["catalogue"]["services"]
        if icons and service["icon"] not in icons
    ]
    if unknown:
        problems.append(
            f"catalogue.json: {_listed(unknown)}, which the kiosks do not have: use one of "
            f"{', '.join(icons)}"
        )
    return problems


def _kiosk_icons() -> list[str]:
    """The icons the kiosks have (``resources/icons/<name>.svg`` beside the shipped data,
    as this server's package carries them); none when it carries none (then unchecked)."""
    folder = default_data_dir().parent / "icons"
    return sorted(path.stem for path in folder.glob("*.svg")) if folder.is_dir() else []


def _listed(names: Sequence[str], word: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c`` (or ``word`` for "and")."""
    return f" {word} ".join([", ".join(names[:-1]), names[-1]]) if names[1:] else names[0]


def language_cautions(body: Mapping[str, Any]) -> list[str]:
    """One line for each file, form and survey of ``body`` with texts that lack a kiosk
    language: how many lack which (the kiosks show English in their place)."""
    said = []
    for where, part in _content(body):
        lacking: dict[str, int] = {}
        texts = 0
        for _, text in _texts(part):
            missing = [c for c in KIOSK_LANGUAGES if not text.root.get(c, "").strip()]
            texts += bool(missing)
            for code in missing:
                lacking[code] = lacking.get(code, 0) + 1
        if not lacking:
            continue
        groups: dict[int, list[str]] = {}
        for code, count in lacking.items():
            groups.setdefault(count, []).append(f"{KIOSK_LANGUAGES[code]} ({code})")
        counted = sorted(groups.items(), reverse=True)
        parts = [
            f"{count} {'no' if n else 'text has no' if count == 1 else 'texts have no'} "
            f"{_listed(names, 'or')}"
            for n, (count, names) in enumerate(counted)
        ]
        its = "its" if texts == 1 else "their"
        said.append(f"{where}: {', '.join(parts)}; the kiosks show English in {its} place")
    return said


def describe(body: Mapping[str, Any]) -> str:
    """What a published configuration holds, counted: "5 hubs, 9 services, 5 forms, 1 survey"."""

    def count(items: Sequence[Any], word: str) -> str:
        return f"{len(items)} {word}{'' if len(items) == 1 else 's'}"

    return ", ".join(
        [
            count(body["hubs"], "hub"),
            count(body["catalogue"]["services"], "service"),
            count(body["forms"], "form"),
            count(body["surveys"], "survey"),
        ]
    )


def withdrawn(before: Mapping[str, Any], after: Mapping[str, Any]) -> str | None:
    """The forms and surveys ``before`` had that ``after`` no longer has, in words (None
    when none): the kiosks stop offering them."""
    parts = []
    for key, word in (("forms", "form"), ("surveys", "survey")):
        kept = {entry["id"] for entry in after.get(key, [])}
        gone = sorted({entry["id"] for entry in before.get(key, [])} - kept)
        if gone:
            parts.append(f"{word}{'' if len(gone) == 1 else 's'} {', '.join(gone)}")
    return "; ".join(parts) or None


def publish(
    session: Session,
    folder: Path,
    *,
    now: dt.datetime,
    recommended_kiosk_version: str | None = None,
    today: dt.date | None = None,
) -> int:
    """Store the folder's configuration as the next version; returns the version."""
    return publish_body(
        session,
        read_folder(folder),
        now=now,
        recommended_kiosk_version=recommended_kiosk_version,
        today=today,
    )


def publish_body(
    session: Session,
    body: dict[str, Any],
    *,
    now: dt.datetime,
    recommended_kiosk_version: str | None = None,
    today: dt.date | None = None,
) -> int:
    """Store ``body`` (:func:`read_folder`'s) as the next version; returns the version.

    Refused (:class:`ConfigError`, nothing stored) when a survey changes under a version
    published before, or goes back to an older version (:func:`cautions` tells what a new
    version drops), and when it would not make a valid snapshot for every hub: bookings of
    ``today`` (the server's local day; by default the UTC one) or later naming a hub or
    service it lacks, kiosks enrolled at a hub it lacks."""
    today = today or now.astimezone(dt.UTC).date()
    version = int(session.scalar(select(func.max(PublishedConfig.version))) or 0) + 1
    refuse(_survey_changes(session, body)[0])
    refuse(_kept_problems(session, body, today))
    head = SimpleNamespace(
        version=version, published_at=now, recommended_kiosk_version=recommended_kiosk_version
    )
    refuse(
        problem
        for hub in body["hubs"]
        for problem in _snapshot_problems(session, body, head, hub["id"], today)
    )
    session.add(
        PublishedConfig(
            version=version,
            published_at=now,
            body=body,
            recommended_kiosk_version=recommended_kiosk_version,
        )
    )
    for hub in body["hubs"]:
        session.merge(HubRow(id=hub["id"], name=hub["name"]["en"]))
    session.add(AuditEvent(at=now, action="config_publish", detail=f"version {version}"))
    return version


def cautions(session: Session, body: Mapping[str, Any]) -> list[str]:
    """What IT should know of ``body`` that is no reason to refuse it: texts not yet in
    every kiosk language (a council may publish in English first), and each answer,
    statement and question a survey's new version no longer has."""
    return [*language_cautions(body), *_survey_changes(session, body)[1]]


#: What of a survey may change under the same version: the days it runs.
RUNNING_DAYS = ("runs_from", "runs_to")


def _published_surveys(session: Session) -> dict[str, dict[int, dict[str, Any]]]:
    """Every survey definition ever published, by id and version (of one version stored
    twice, the newest configuration's)."""
    found: dict[str, dict[int, dict[str, Any]]] = {}
    rows = session.scalars(
        select(PublishedConfig.body["surveys"]).order_by(PublishedConfig.version.desc())
    )
    for entries in rows:
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("version"), int):
                found.setdefault(str(entry.get("id")), {}).setdefault(entry["version"], entry)
    return found


def _survey_changes(session: Session, body: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """What ``body``'s surveys change against every version published before: refused (a
    version published already, given other questions or words; a version older than one
    published), and cautions (what a new version no longer has). Kiosks record each answer
    with its survey's version, and the survey report reads it by that version's words: a
    version means one set of questions for good. Only the running days may change."""
    published = _published_surveys(session)
    problems: list[str] = []
    said: list[str] = []
    for raw in body["surveys"]:
        known = published.get(raw["id"])
        if not known:
            continue
        where, version, newest = f"survey '{raw['id']}'", raw["version"], max(known)
        if version < newest:
            problems.append(
                f"{where} version {version} is older than version {newest}, which is "
                f"published already: give it version {newest + 1} or more to publish it"
            )
        elif version in known:
            if _survey_meaning(raw) != _survey_meaning(known[version]):
                problems.append(
                    f"{where} version {version} is published already with other questions "
                    f"or words: give the changed survey version {newest + 1} (answers "
                    f"already given keep version {version}'s)"
                )
        else:
            problems.extend(_asked_otherwise(raw, known))
            problems.extend(_words_moved(raw, known[newest]))
            said.extend(_dropped(raw, known[newest]))
    return problems, said


#: What a question of each type asks a resident for, in an officer's words.
ASKS_FOR = {
    QuestionType.SINGLE: "one answer to choose",
    QuestionType.MULTIPLE: "answers to tick",
    QuestionType.AGREEMENT: "statements to agree or disagree with",
    QuestionType.RANKING: "answers to put in order",
    QuestionType.TEXT: "a typed answer",
    QuestionType.YES_NO: "yes or no",
}


def _asked_otherwise(raw: Mapping[str, Any], known: Mapping[int, Mapping[str, Any]]) -> list[str]:
    """Each question of ``raw``, a new version, that asks for something else than the
    newest published version that has its id did: another type, or none of its answers.
    The survey report counts answers by question and answer id whatever version was
    answered, so the two would be counted as one question (typed words among choices, a
    yes out of residents who rated statements): a changed question needs a new id. New
    words, an answer added, renamed or dropped (a caution) keep the question."""
    try:
        new = SurveyDefinition.model_validate(raw)
    except ValidationError:
        return []
    earlier: list[SurveyDefinition] = []
    for version in sorted(known, reverse=True):
        try:
            earlier.append(SurveyDefinition.model_validate(known[version]))
        except ValidationError:  # stored by an older server: not compared
            continue
    problems: list[str] = []
    for question in new.questions:
        before = next(
            ((q, d.version) for d in earlier for q in d.questions if q.id == question.id), None
        )
        if before is None:
            continue
        old, version = before
        answers = [option.id for option in old.choices]
        if old.type is not question.type:
            change = (
                f"changes question '{question.id}' from {ASKS_FOR[old.type]} (type "
                f"{old.type.value}) to {ASKS_FOR[question.type]} (type {question.type.value})"
            )
        elif answers and not set(answers) & {option.id for option in question.choices}:
            change = (
                f"changes every answer of question '{question.id}' (version {version}'s were "
                f"{_listed(answers)})"
            )
        else:
            continue
        problems.append(
            f"survey '{new.id}' version {new.version} {change}: give the changed question a "
            f"new id; the answers given to version {version}'s stay in the survey report, "
            f"under version {version}'s words"
        )
    return problems


def _survey_meaning(raw: Mapping[str, Any]) -> Any:
    """A survey definition as the kiosks read it (defaults filled in), but its running
    days, which may change under the same version."""
    try:
        definition = SurveyDefinition.model_validate(raw)
    except ValidationError:  # stored by an older server: compared as it is
        return {key: value for key, value in raw.items() if key not in RUNNING_DAYS}
    return definition.model_dump(mode="json", exclude=set(RUNNING_DAYS))


def _words_moved(raw: Mapping[str, Any], before: Mapping[str, Any]) -> list[str]:
    """Each question, answer and statement of ``raw``, a new version, given the (English)
    words another id had in ``before``, the newest version published, its own id having
    had other words: ids renumbered or swapped. The survey report counts answers by id,
    so those given to the id before would show under the words it has now."""
    try:
        new = SurveyDefinition.model_validate(raw)
        old = SurveyDefinition.model_validate(before)
    except ValidationError:
        return []

    def words(item: Question | Option | Statement) -> str:
        return " ".join(item.text.root["en"].split()).casefold()

    def moved(
        kind: str, items: Sequence[Question | Option | Statement], then: Sequence[Any], of: str = ""
    ) -> Iterator[str]:
        had = {item.id: words(item) for item in then}
        whose = {said: item_id for item_id, said in had.items()}
        for item in items:
            other = whose.get(words(item), item.id)
            if item.id in had and other != item.id and had[item.id] != words(item):
                yield (
                    f"survey '{new.id}' version {new.version} gives {kind} '{item.id}'{of} "
                    f"the words of version {old.version}'s {kind} '{other}': keep each id "
                    "with its words (new words of its own take a new id); the survey report "
                    f"counts answers by id and would show version {old.version}'s "
                    f"'{item.id}' answers under them"
                )

    problems = list(moved("question", new.questions, old.questions))
    asked = {question.id: question for question in old.questions}
    for question in new.questions:
        was = asked.get(question.id)
        if was is not None and was.type is question.type:
            of = f" of question '{question.id}'"
            problems.extend(moved("answer", question.choices, was.choices, of))
            problems.extend(moved("statement", question.statements, was.statements, of))
    return problems


def _dropped(raw: Mapping[str, Any], before: Mapping[str, Any]) -> list[str]:
    """A caution for each question, statement and answer of ``before`` (the newest version
    published) that ``raw``, a newer version, no longer has."""
    try:
        new = SurveyDefinition.model_validate(raw)
        old = SurveyDefinition.model_validate(before)
    except ValidationError:
        return []
    then = (
        f"answers given to it before still show in the survey report, under version "
        f"{old.version}'s words"
    )
    kept = {question.id: question for question in new.questions}
    gone: list[str] = []
    for question in old.questions:
        now = kept.get(question.id)
        if now is None:
            gone.append(f"question '{question.id}'")
            continue
        answers = {option.id for option in now.choices}
        statements = {statement.id for statement in now.statements}
        gone.extend(
            f"answer '{option.id}' of question '{question.id}'"
            for option in question.choices
            if option.id not in answers
        )
        gone.extend(
            f"statement '{statement.id}' of question '{question.id}'"
            for statement in question.statements
            if statement.id not in statements
        )
    return [
        f"survey '{new.id}' version {new.version} no longer has {what}: {then}" for what in gone
    ]


def _kept_problems(session: Session, body: Mapping[str, Any], today: dt.date) -> list[str]:
    """What in the database ``body`` cannot carry to the kiosks: the bookings of ``today``
    and later naming a hub or a service it lacks, and kiosks enrolled at a hub it lacks."""
    hubs = {hub["id"] for hub in body["hubs"]}
    services = {service["id"] for service in body["catalogue"]["services"]}
    problems = []
    booked = session.execute(
        select(AppointmentRow.day, AppointmentRow.hub_id, AppointmentRow.service_id)
        .where(AppointmentRow.day >= today)
        .distinct()
        .order_by(AppointmentRow.day, AppointmentRow.hub_id, AppointmentRow.service_id)
    )
    for day, hub_id, service_id in booked:
        whose = "today's bookings" if day == today else f"the bookings of {day.isoformat()}"
        if hub_id not in hubs:
            problems.append(f"{whose} are at hub '{hub_id}', which the new hubs no longer have")
        elif service_id not in services:
            problems.append(
                f"{whose} name service '{service_id}', which the new catalogue no longer has"
            )
    enrolled = session.execute(
        select(Device.hub_id, func.count())
        .where(Device.revoked_at.is_(None))
        .group_by(Device.hub_id)
        .order_by(Device.hub_id)
    )
    for hub_id, kiosks in enrolled:
        if hub_id not in hubs:
            problems.append(
                f"{kiosks} kiosk{' is' if kiosks == 1 else 's are'} enrolled at hub '{hub_id}', "
                f"which the new hubs no longer have: revoke {'it' if kiosks == 1 else 'them'} "
                "first (`hubkiosk-server devices` lists the kiosks)"
            )
    return problems


def _snapshot_problems(
    session: Session, body: Mapping[str, Any], head: _Head, hub_id: str, day: dt.date
) -> list[str]:
    """Why ``hub_id``'s snapshot of ``day`` would not validate were ``body`` published as
    ``head`` (nothing when it would), without the values."""
    fields = {**_live_fields(session, head, hub_id, day), **body, "etag": f"v{head.version}"}
    try:
        ConfigSnapshot.model_validate(fields)
    except ValidationError as exc:
        return [f"the snapshot for hub '{hub_id}': {p}" for p in validation_problems(exc)]
    return []


def check_bookings(
    session: Session,
    entries: Sequence[AppointmentEntry],
    *,
    source: str,
    body: Mapping[str, Any] | None = None,
    only: Collection[str] | None = None,
) -> None:
    """Refuse (:class:`ConfigError`) bookings the configuration ``body`` (by default the
    one in force) cannot carry to a kiosk, or for a hub not in ``only`` (where given),
    naming each by its place in ``source``."""
    if body is None:
        config = current_config(session)
        if config is None:
            raise ConfigError("no configuration is published: publish one before bookings")
        body = config.body
    hubs = {hub["id"] for hub in body["hubs"]}
    services = {service["id"] for service in body["catalogue"]["services"]}
    problems = []
    first: dict[uuid.UUID, int] = {}
    for number, entry in enumerate(entries, 1):
        where = f"booking {number} of {source}"
        if entry.hub_id not in hubs:
            problems.append(f"{where} names unknown hub '{entry.hub_id}'")
        elif only is not None and entry.hub_id not in only:
            problems.append(f"{where} is for hub '{entry.hub_id}', not one of --hub")
        elif entry.service_id not in services:
            problems.append(f"{where} names unknown service '{entry.service_id}'")
        if entry.id in first:
            problems.append(f"{where} has the id of booking {first[entry.id]}")
        first.setdefault(entry.id, number)
    refuse(problems)


@dataclass(frozen=True)
class LoadedBookings:
    """What :func:`replace_appointments` did: the bookings loaded, and those loaded before
    for the day (at the hubs loaded) that the new ones leave out: cancelled."""

    loaded: int
    cancelled: int


def replace_appointments(
    session: Session,
    day: dt.date,
    entries: Sequence[AppointmentEntry],
    *,
    now: dt.datetime,
    source: str = "the bookings",
    body: Mapping[str, Any] | None = None,
    hubs: Collection[str] | None = None,
) -> LoadedBookings:
    """Make ``entries`` the appointments of ``day``: at every hub, or at ``hubs`` alone
    where given (each entry must be for one of them), once :func:`check_bookings` has
    found nothing wrong with them against ``body`` (by default the configuration in
    force). A booking loaded before for the day and left out is cancelled (a hub whose
    every booking was cancelled, an unplanned closure: an empty list); one stored before
    under another day is moved."""
    check_bookings(session, entries, source=source, body=body, only=hubs)
    ids = [entry.id for entry in entries]
    of_the_day = AppointmentRow.day == day
    scope = of_the_day if hubs is None else of_the_day & AppointmentRow.hub_id.in_(hubs)
    cancelled = session.scalar(
        select(func.count()).select_from(AppointmentRow).where(scope, AppointmentRow.id.not_in(ids))
    )
    session.execute(delete(AppointmentRow).where(scope))
    if ids:
        # A booking loaded before for another day (or hub) is where this file says now.
        session.execute(delete(AppointmentRow).where(AppointmentRow.id.in_(ids)))
    session.add_all(AppointmentRow(**entry.model_dump(), day=day) for entry in entries)
    detail = f"{len(entries)} for {day}" + (f", {cancelled} cancelled" if cancelled else "")
    session.add(AuditEvent(at=now, action="appointments", detail=detail))
    return LoadedBookings(len(entries), int(cancelled or 0))


DEMO_SURNAMES = (
    "Ahmed", "Begum", "Smith", "Rahman", "Okafor", "Hussain", "Jones", "Islam",
    "Kowalski", "Ali", "Osman", "Patel", "Uddin", "Brown", "Mohamed", "Chowdhury",
)  # fmt: skip


def demo_appointments(
    day: dt.date, hub_ids: Sequence[str], service_ids: Sequence[str], tz: dt.tzinfo, seed: int = 7
) -> list[AppointmentEntry]:
    """A handful of made-up appointments per hub for ``day`` (more at the Town Hall)."""
    rng = random.Random(f"{seed}-{day.isoformat()}")
    entries: list[AppointmentEntry] = []
    for hub_id in hub_ids:
        count = 8 if hub_id.startswith("town-hall") else 3
        for n in range(count):
            start = dt.datetime.combine(day, dt.time(9, 30), tzinfo=tz) + dt.timedelta(
                minutes=40 * n
            )
            entries.append(
                AppointmentEntry(
                    id=uuid.UUID(int=rng.getrandbits(128), version=4),
                    hub_id=hub_id,
                    service_id=service_ids[n % len(service_ids)],
                    starts_at=start,
                    reference=f"HK-{rng.randint(1000, 9999)}",
                    surname=rng.choice(DEMO_SURNAMES),
                    phone=f"07700 900{rng.randint(0, 999):03d}",
                )
            )
    return entries


def current_config(session: Session) -> PublishedConfig | None:
    return session.scalars(
        select(PublishedConfig).order_by(PublishedConfig.version.desc()).limit(1)
    ).first()


def build_snapshot(
    session: Session, hub_id: str, *, day: dt.date, now: dt.datetime
) -> ConfigSnapshot | None:
    """The snapshot a kiosk of ``hub_id`` gets for ``day``, or None before any publish."""
    body = snapshot_body(session, hub_id, day=day, now=now)
    return None if body is None else ConfigSnapshot.model_validate(body)


def snapshot_body(
    session: Session, hub_id: str, *, day: dt.date, now: dt.datetime
) -> dict[str, Any] | None:
    """:func:`build_snapshot`'s fields, its ``etag`` included, not validated yet."""
    config = current_config(session)
    if config is None:
        return None
    live = _live_fields(session, config, hub_id, day, say_left_out=True)
    body: dict[str, Any] = {**live, **config.body}
    # The published part's keys never collide with the live ones (read_folder makes them).
    body["etag"] = _etag(config.version, live, _published_digest(config))
    return body


def snapshot_etag(session: Session, hub_id: str, *, day: dt.date) -> str | None:
    """The ``etag`` :func:`snapshot_body` gives, without reading or building the published
    configuration (hashed once per version): what a kiosk that holds it is answered 304
    from. None before any publish."""
    head = session.execute(
        select(
            PublishedConfig.version,
            PublishedConfig.published_at,
            PublishedConfig.recommended_kiosk_version,
        )
        .order_by(PublishedConfig.version.desc())
        .limit(1)
    ).first()
    if head is None:
        return None
    key = (head.version, head.published_at)
    digest = _DIGESTS.get(key)
    if digest is None:
        config = session.get(PublishedConfig, head.version)
        assert config is not None
        digest = _published_digest(config)
    return _etag(head.version, _live_fields(session, head, hub_id, day), digest)


class _Head(Protocol):
    version: int
    published_at: dt.datetime
    recommended_kiosk_version: str | None


def _live_fields(
    session: Session, config: _Head, hub_id: str, day: dt.date, *, say_left_out: bool = False
) -> dict[str, Any]:
    """The snapshot's fields besides the published configuration: the version, the
    advisers allowed at ``hub_id`` and its appointments of ``day``. An adviser kiosks would
    refuse (an id or a name stored before ``adviser add`` checked them) is left out, so it
    alone is missing, not every kiosk's configuration; ``say_left_out`` logs it by id."""
    advisers: list[Adviser] = []
    for row in session.scalars(
        select(AdviserRow).where(AdviserRow.active.is_(True)).order_by(AdviserRow.id)
    ):
        if row.hub_ids and hub_id not in row.hub_ids:
            continue
        try:
            advisers.append(
                Adviser(id=row.id, name=row.name, pin_hash=row.pin_hash, hub_ids=list(row.hub_ids))
            )
        except ValidationError as exc:
            if say_left_out:
                refused = sorted({str(error["loc"][0]) for error in exc.errors() if error["loc"]})
                log.warning(
                    "config: adviser %r left out of hub %s's configuration: kiosks refuse its "
                    "%s; remove it (hubkiosk-server adviser remove) and add it again",
                    row.id,
                    hub_id,
                    " and ".join(refused),
                )
    appointments = [
        AppointmentEntry.model_validate(row, from_attributes=True)
        for row in session.scalars(
            select(AppointmentRow)
            .where(AppointmentRow.hub_id == hub_id, AppointmentRow.day == day)
            .order_by(AppointmentRow.starts_at, AppointmentRow.id)
        )
        if row.reference and row.surname
    ]
    return {
        "protocol_version": PROTOCOL_VERSION,
        "version": config.version,
        "published_at": config.published_at.isoformat(),
        "hub_id": hub_id,
        "advisers": [a.model_dump(mode="json") for a in advisers],
        "appointments_day": day.isoformat(),
        "appointments": [a.model_dump(mode="json") for a in appointments],
        "recommended_kiosk_version": config.recommended_kiosk_version,
    }


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _etag(version: int, live: dict[str, Any], published: str) -> str:
    """The snapshot's ETag: its version, and a hash of its live fields and of the hash of
    its published part."""
    text = _canonical({**live, "published_sha256": published})
    return f"v{version}-{hashlib.sha256(text).hexdigest()[:16]}"


#: The hash of each published version's configuration, by version and publish time (a
#: version never changes once published; the time tells a database restored from another
#: apart). A few kept: one is in force.
_DIGESTS: dict[tuple[int, dt.datetime], str] = {}
_DIGESTS_KEPT = 8
_DIGESTS_LOCK = threading.Lock()


def _published_digest(config: PublishedConfig) -> str:
    key = (config.version, config.published_at)
    digest = _DIGESTS.get(key)
    if digest is None:
        digest = hashlib.sha256(_canonical(config.body)).hexdigest()
        with _DIGESTS_LOCK:
            while len(_DIGESTS) >= _DIGESTS_KEPT:
                del _DIGESTS[next(iter(_DIGESTS))]
            _DIGESTS[key] = digest
    return digest
