"""Filling in a form at the kiosk: answers checked field by field, drafts, references.

Errors are returned as :class:`FieldError` message keys (``"postcode"``, ``"required"``...)
with parameters, never as English sentences, so the screen shows each in the resident's
language with ``tr()`` (a form's own ``pattern_message`` travels as content text).

A :class:`Draft` holds what the resident typed or chose, raw, until it is sent: it is
only in memory, and forgetting it (an idle reset) forgets everything. Only the answers
to fields that were shown are sent, so a form asks for no more personal data than it
needs. Reference numbers look like ``MB-7K3Q-2P``: the form's two letters, five
characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V) and a
check character that catches a mistyped or swapped character.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubkiosk.store.models import FormSubmission
from hubkiosk.store.outbox import add_record
from sync.protocol.content import LocalizedText
from sync.protocol.forms import (
    FieldType,
    FormDefinition,
    FormDefinitionError,
    FormField,
    parse_form,
)

log = logging.getLogger(__name__)

# Errors ------------------------------------------------------------------------------------
REQUIRED = "required"  # nothing typed in a field that must be answered
CHOOSE_ONE = "choose_one"  # no choice made (single, yes/no)
CHOOSE_SOME = "choose_some"  # no choice made (multiple)
UNKNOWN_CHOICE = "unknown_choice"
TOO_LONG = "too_long"  # params: max
NUMBER = "number"  # not a number
WHOLE_NUMBER = "whole_number"  # a whole number is needed
TOO_SMALL = "too_small"  # params: min
TOO_BIG = "too_big"  # params: max
DATE = "date"  # not a real date
DATE_IN_FUTURE = "date_in_future"  # must be today or earlier
DATE_IN_PAST = "date_in_past"  # must be today or later
POSTCODE = "postcode"
PHONE = "phone"
EMAIL = "email"
PATTERN = "pattern"  # the form's own pattern_message, if any, says more

ERROR_KEYS = (
    REQUIRED,
    CHOOSE_ONE,
    CHOOSE_SOME,
    UNKNOWN_CHOICE,
    TOO_LONG,
    NUMBER,
    WHOLE_NUMBER,
    TOO_SMALL,
    TOO_BIG,
    DATE,
    DATE_IN_FUTURE,
    DATE_IN_PAST,
    POSTCODE,
    PHONE,
    EMAIL,
    PATTERN,
)


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one answer: a message key, its parameters, and for ``pattern``
    the form's own words."""

    key: str
    params: Mapping[str, str] = field(default_factory=dict)
    message: LocalizedText | None = None


POSTCODE_RE = re.compile(r"^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})$")
PHONE_RE = re.compile(r"^(?:\+44|0044|0)(\d{9,10})$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[A-Za-z]{2,}$")
DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/\-. ]\s*(\d{1,2})\s*[/\-. ]\s*(\d{4})\s*$")


def normalise_postcode(text: str) -> str | None:
    """``"e32bs"`` gives ``"E3 2BS"``; ``None`` when it is not a UK postcode."""
    compact = re.sub(r"\s+", "", text).upper()
    if not POSTCODE_RE.match(compact):
        return None
    return f"{compact[:-3]} {compact[-3:]}"


def normalise_phone(text: str) -> str | None:
    """A UK phone number without spaces or brackets, ``None`` when it is not one."""
    compact = re.sub(r"[\s()\-.]", "", text)
    match = PHONE_RE.match(compact)
    if not match:
        return None
    return compact if compact.startswith("+") else "0" + match.group(1)


def parse_date(text: str) -> dt.date | None:
    """``"20/11/2026"``, ``"20 11 2026"``, ``"20-11-2026"`` as a date; ``None`` if not one."""
    match = DATE_RE.match(text)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _is_empty(raw: Any) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, list | tuple | set):
        return not raw
    return False


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def clean_answer(item: FormField, raw: Any, today: dt.date) -> tuple[Any, FieldError | None]:
    """The answer to store for ``raw`` (what was typed or chosen), or the error to show.

    An empty answer to an optional field cleans to ``None`` with no error.
    """
    kind = item.type
    if _is_empty(raw):
        if not item.required:
            return None, None
        if kind in (FieldType.SINGLE, FieldType.YES_NO):
            return None, FieldError(CHOOSE_ONE)
        if kind is FieldType.MULTIPLE:
            return None, FieldError(CHOOSE_SOME)
        return None, FieldError(REQUIRED)

    if kind in (FieldType.SINGLE, FieldType.YES_NO):
        if not isinstance(raw, str) or item.choice(raw) is None:
            return None, FieldError(UNKNOWN_CHOICE)
        return raw, None
    if kind is FieldType.MULTIPLE:
        chosen = list(raw) if isinstance(raw, list | tuple | set) else [raw]
        if any(not isinstance(c, str) or item.choice(c) is None for c in chosen):
            return None, FieldError(UNKNOWN_CHOICE)
        # In the order the form lists them, each once.
        return [c.id for c in item.options if c.id in chosen], None

    text = str(raw).strip()
    if kind is FieldType.TEXT:
        text = text if item.multiline else re.sub(r"\s+", " ", text)
        if len(text) > item.max_length:
            return None, FieldError(TOO_LONG, {"max": str(item.max_length)})
        if item.pattern is not None and not re.fullmatch(item.pattern, text):
            return None, FieldError(PATTERN, message=item.pattern_message)
        return text, None
    if kind is FieldType.NUMBER:
        compact = text.replace(",", "").replace(" ", "")
        try:
            number = float(compact)
        except ValueError:
            return None, FieldError(NUMBER)
        if not item.decimals and not number.is_integer():
            return None, FieldError(WHOLE_NUMBER)
        if item.minimum is not None and number < item.minimum:
            return None, FieldError(TOO_SMALL, {"min": _format_number(item.minimum)})
        if item.maximum is not None and number > item.maximum:
            return None, FieldError(TOO_BIG, {"max": _format_number(item.maximum)})
        return (number if item.decimals else int(number)), None
    if kind is FieldType.DATE:
        day = parse_date(text)
        if day is None:
            return None, FieldError(DATE)
        if item.past_only and day > today:
            return None, FieldError(DATE_IN_FUTURE)
        if item.future_only and day < today:
            return None, FieldError(DATE_IN_PAST)
        return day.isoformat(), None
    if kind is FieldType.POSTCODE:
        postcode = normalise_postcode(text)
        return (postcode, None) if postcode else (None, FieldError(POSTCODE))
    if kind is FieldType.PHONE:
        phone = normalise_phone(text)
        return (phone, None) if phone else (None, FieldError(PHONE))
    if kind is FieldType.EMAIL:
        if len(text) > 254 or not EMAIL_RE.match(text):
            return None, FieldError(EMAIL)
        return text, None
    raise AssertionError(f"unhandled field type {kind}")


# Drafts ------------------------------------------------------------------------------------
#: The field a form asks "which service?" with: answered already when the resident came
#: to the form from that service's page (its choices are catalogue service ids).
SERVICE_FIELD = "service"
#: The catalogue's "Something else": it answers no "which service?" question.
OTHER_SERVICE = "other"


@dataclass
class Draft:
    """What a resident has typed or chosen so far in one form (kept only in memory)."""

    form: FormDefinition
    #: Raw answers by field id: text as typed, a choice id, or a list of choice ids.
    answers: dict[str, Any] = field(default_factory=dict)
    #: Fields the resident answered before the form (the service they came from): not
    #: asked again, but shown on the review, where they can be changed.
    given: set[str] = field(default_factory=set)

    def give_service(self, service_id: str | None) -> bool:
        """Answer the form's "which service?" with the service the resident came from,
        when the form has that question and that service among its choices.

        Called each time the form is entered from a service's page: a service it cannot
        answer with (or none) takes back the one given before, from another service's
        page, so the resident is asked. True when the question has a given answer.
        """
        try:
            item = self.form.field(SERVICE_FIELD)
        except KeyError:
            return False
        if (
            service_id is None
            or service_id == OTHER_SERVICE  # "Something else" says nothing: they choose
            or item.type is not FieldType.SINGLE
            or item.choice(service_id) is None
        ):
            if item.id in self.given:
                self.given.discard(item.id)
                self.answers.pop(item.id, None)
            return False
        self.answers[item.id] = service_id
        self.given.add(item.id)
        return True

    def ask_again(self, field_id: str) -> None:
        """The resident wants to change an answer they gave before the form."""
        self.given.discard(field_id)

    def set(self, field_id: str, raw: Any) -> None:
        self.form.field(field_id)  # raises KeyError for a field the form does not have
        self.answers[field_id] = raw

    def get(self, field_id: str) -> Any:
        return self.answers.get(field_id)

    def is_visible(self, item: FormField) -> bool:
        """Whether ``item`` is asked, given the answers so far (conditions chain)."""
        rule = item.show_when
        if rule is None:
            return True
        source = self.form.field(rule.field)
        if not self.is_visible(source):
            return False
        answer = self.answers.get(source.id)
        chosen = set(answer) if isinstance(answer, list | tuple | set) else {answer}
        return bool(chosen & set(rule.any_of))

    def visible_fields(self) -> list[FormField]:
        return [item for item in self.form.fields if self.is_visible(item)]

    def steps(self) -> list[list[FormField]]:
        """The screens to show: one field each, or a few that go together."""
        steps: list[list[FormField]] = []
        for item in self.visible_fields():
            if item.id in self.given:
                continue
            if item.with_previous and steps:
                steps[-1].append(item)
            else:
                steps.append([item])
        return steps

    def check(self, fields: Iterable[FormField], today: dt.date) -> dict[str, FieldError]:
        """Errors for ``fields`` (those shown on one screen), by field id."""
        errors: dict[str, FieldError] = {}
        for item in fields:
            _value, error = clean_answer(item, self.answers.get(item.id), today)
            if error is not None:
                errors[item.id] = error
        return errors

    def check_all(self, today: dt.date) -> dict[str, FieldError]:
        return self.check(self.visible_fields(), today)

    def cleaned(self, today: dt.date) -> dict[str, Any]:
        """The answers to send: visible, answered fields only, cleaned.

        Raises ``ValueError`` if any answer still has an error.
        """
        result: dict[str, Any] = {}
        for item in self.visible_fields():
            value, error = clean_answer(item, self.answers.get(item.id), today)
            if error is not None:
                raise ValueError(f"field '{item.id}' of form '{self.form.id}' is not valid")
            if value is not None:
                result[item.id] = value
        return result

    def clear(self) -> None:
        self.answers.clear()


# References --------------------------------------------------------------------------------
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTWXY34679"
REFERENCE_RE = re.compile(
    rf"^([A-Z]{{2}})-([{REFERENCE_ALPHABET}]{{4}})-([{REFERENCE_ALPHABET}]{{2}})$"
)


def _check_char(text: str) -> str:
    total = sum((index + 1) * ord(char) for index, char in enumerate(text))
    return REFERENCE_ALPHABET[total % len(REFERENCE_ALPHABET)]


def new_reference(prefix: str, rng: Random | None = None) -> str:
    """A fresh reference such as ``MB-7K3Q-2P`` (``prefix`` is the form's two letters)."""
    chooser = rng or secrets.SystemRandom()
    return reference_of(prefix, "".join(chooser.choice(REFERENCE_ALPHABET) for _ in range(5)))


def reference_of(prefix: str, body: str) -> str:
    """The reference of ``prefix`` and five characters of the alphabet, its check
    character added: ``reference_of("MB", "7K3Q2")`` is ``MB-7K3Q-2Y``."""
    return f"{prefix}-{body[:4]}-{body[4]}{_check_char(prefix + body)}"


def normalise_reference(text: str) -> str:
    """As a resident might type it (lower case, spaces, no dashes) to the printed form."""
    compact = re.sub(r"[\s\-]", "", text).upper()
    if len(compact) != 8:
        return compact
    return f"{compact[:2]}-{compact[2:6]}-{compact[6:]}"


def is_valid_reference(text: str) -> bool:
    match = REFERENCE_RE.match(normalise_reference(text))
    if not match:
        return False
    prefix, first, second = match.groups()
    body = first + second[0]
    return second[1] == _check_char(prefix + body)


def submit(
    session: Session,
    *,
    draft: Draft,
    hub_id: str,
    language: str,
    now: dt.datetime,
    today: dt.date,
    rng: Random | None = None,
) -> str:
    """Write the draft as an immutable :class:`FormSubmission` with its outbox item.

    Returns the new reference number (unique in this store). Runs on a worker thread, in
    the caller's transaction.
    """
    answers = draft.cleaned(today)
    form = draft.form
    for _attempt in range(20):
        reference = new_reference(form.reference_prefix, rng)
        taken = session.scalar(
            select(FormSubmission.id).where(FormSubmission.reference == reference)
        )
        if taken is not None:
            continue
        add_record(
            session,
            FormSubmission(
                form_id=form.id,
                form_version=form.version,
                hub_id=hub_id,
                reference=reference,
                language=language,
                answers=answers,
                created_at=now,
            ),
        )
        log.info("form %s version %s sent", form.id, form.version)
        return reference
    raise RuntimeError("could not find an unused reference number")


# Loading and publishing definitions ---------------------------------------------------------
def load_forms(folder: Path) -> dict[str, FormDefinition]:
    """Every ``*.json`` form definition in ``folder`` by id (none if there is no folder).

    Raises :class:`FormDefinitionError` naming the form, the field and the file.
    """
    forms: dict[str, FormDefinition] = {}
    if not folder.is_dir():
        return forms
    for path in sorted(folder.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise FormDefinitionError(
                path.stem, None, f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg})"
            ) from None
        try:
            form = parse_form(raw)
        except FormDefinitionError as exc:
            raise FormDefinitionError(
                exc.form_id, exc.field_id, f"{exc.detail} (in {path.name})"
            ) from None
        if form.id in forms:
            raise FormDefinitionError(form.id, None, f"defined twice (again in {path.name})")
        forms[form.id] = form
    return forms


def apply_form_definitions(
    raw_list: Iterable[Any], previous: Mapping[str, FormDefinition]
) -> tuple[dict[str, FormDefinition], list[str]]:
    """The forms in force after the server sent ``raw_list``, and what was wrong with it.

    Each definition is validated on its own. A malformed one is left out with an error
    naming the form and the field, and the previous version of that form (if the kiosk had
    one) stays in force, so one mistake by an officer never takes a working form away.
    Forms the server no longer sends are withdrawn.
    """
    forms: dict[str, FormDefinition] = {}
    errors: list[str] = []
    failed: set[str] = set()
    for raw in raw_list:
        try:
            form = parse_form(raw)
        except FormDefinitionError as exc:
            kept = previous.get(exc.form_id)
            if kept is not None:
                forms.setdefault(exc.form_id, kept)
                failed.add(exc.form_id)
                errors.append(f"{exc}; version {kept.version} stays in use")
            else:
                errors.append(f"{exc}; the form is not offered")
            continue
        if form.id in forms and form.id not in failed:
            errors.append(f"form '{form.id}': sent twice; the first one is used")
            continue
        failed.discard(form.id)
        forms[form.id] = form
    return forms, errors


def forms_for_service(
    form_ids: Iterable[str], forms: Mapping[str, FormDefinition]
) -> list[FormDefinition]:
    """The forms a service links to that the kiosk has (unknown ids are skipped)."""
    return [forms[form_id] for form_id in form_ids if form_id in forms]
