"""Form definitions: a request a resident makes at the kiosk, as data an officer can publish.

A :class:`FormDefinition` is versioned, carries its text per language and lists its fields.
Field types:

``text``        free text, one line (or several with ``multiline``); optional ``pattern``
``number``      a whole number (or with decimals when ``decimals`` is set), ``minimum``/``maximum``
``date``        a day, typed as DD/MM/YYYY; ``past_only`` / ``future_only``
``single``      one of ``choices`` (answer: the choice id)
``multiple``    one or more of ``choices`` (answer: a list of choice ids)
``yes_no``      yes or no (answer: ``"yes"`` or ``"no"``)
``postcode``    a UK postcode (answer: normalised, e.g. ``E3 2BS``)
``phone``       a UK phone number (answer: digits, ``+`` allowed)
``email``       an e-mail address

Conditional fields: ``show_when`` names an earlier ``single``, ``multiple`` or ``yes_no``
field and the answers that make this field appear; a hidden field is neither asked nor sent.
``personal`` marks a field holding personal data (a name, phone, e-mail, address), which the
store purges after sync; a form asks only for the personal data it needs.

Fields are asked one per screen, except that a field with ``with_previous`` shares the
screen of the field before it (e.g. a street name and its postcode).

:func:`parse_form` validates a definition and raises :class:`FormDefinitionError`, whose
message names the form and the field at fault.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from sync.protocol.content import NO, SLUG, YES, LocalizedText, Strict

Slug = Annotated[str, Field(pattern=SLUG)]


class FieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    SINGLE = "single"
    MULTIPLE = "multiple"
    YES_NO = "yes_no"
    POSTCODE = "postcode"
    PHONE = "phone"
    EMAIL = "email"


#: Field types whose answers can show or hide another field.
CHOICE_TYPES = (FieldType.SINGLE, FieldType.MULTIPLE, FieldType.YES_NO)
#: Field types answered by typing (the kiosk shows its keyboard for these).
TYPED_TYPES = (
    FieldType.TEXT,
    FieldType.NUMBER,
    FieldType.DATE,
    FieldType.POSTCODE,
    FieldType.PHONE,
    FieldType.EMAIL,
)


class Choice(Strict):
    id: Slug
    text: LocalizedText


YES_NO_CHOICES: tuple[Choice, ...] = (
    Choice(id="yes", text=YES),
    Choice(id="no", text=NO),
)


class ShowWhen(Strict):
    """Show a field only when an earlier choice field's answer is one of ``any_of``."""

    field: Slug
    any_of: list[Slug] = Field(min_length=1)


class FormField(Strict):
    id: Slug
    type: FieldType
    label: LocalizedText
    #: A plain-language line under the question (what to type, an example).
    help: LocalizedText | None = None
    required: bool = True
    #: Personal data (purged from the store after sync and retention).
    personal: bool = False
    choices: list[Choice] = Field(default_factory=list)
    #: ``text`` only: a regular expression the whole answer must match...
    pattern: str | None = None
    #: ...and what to tell the resident when it does not (a default is used otherwise).
    pattern_message: LocalizedText | None = None
    max_length: Annotated[int, Field(ge=1, le=2000)] = 200
    #: ``text`` only: several lines (a description).
    multiline: bool = False
    #: ``number`` only.
    minimum: float | None = None
    maximum: float | None = None
    decimals: bool = False
    #: ``date`` only.
    past_only: bool = False
    future_only: bool = False
    show_when: ShowWhen | None = None
    #: Ask on the same screen as the field before.
    with_previous: bool = False

    @property
    def options(self) -> tuple[Choice, ...]:
        if self.type is FieldType.YES_NO:
            return YES_NO_CHOICES
        return tuple(self.choices)

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.options if c.id == choice_id), None)

    def check_shape(self) -> list[str]:
        """Problems with this field on its own (the form adds its name)."""
        kind = self.type
        problems: list[str] = []
        if kind in (FieldType.SINGLE, FieldType.MULTIPLE):
            if len(self.choices) < 2:
                problems.append(f"a {kind.value} field needs at least two choices")
        elif self.choices:
            problems.append(f"a {kind.value} field has no choices")
        seen: set[str] = set()
        for choice in self.choices:
            if choice.id in seen:
                problems.append(f"choice '{choice.id}' appears twice")
            seen.add(choice.id)
        if self.pattern is not None:
            if kind is not FieldType.TEXT:
                problems.append("only a text field has a pattern")
            else:
                try:
                    re.compile(self.pattern)
                except re.error as exc:
                    problems.append(f"pattern is not a valid regular expression ({exc})")
        if self.pattern_message is not None and self.pattern is None:
            problems.append("pattern_message is given without a pattern")
        if self.multiline and kind is not FieldType.TEXT:
            problems.append("only a text field can be multiline")
        if kind is not FieldType.NUMBER and (
            self.minimum is not None or self.maximum is not None or self.decimals
        ):
            problems.append("only a number field has minimum, maximum or decimals")
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            problems.append("minimum is more than maximum")
        if kind is not FieldType.DATE and (self.past_only or self.future_only):
            problems.append("only a date field can be past_only or future_only")
        if self.past_only and self.future_only:
            problems.append("a date cannot be both past_only and future_only")
        return problems


def _field_error(field_id: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(
        "form_field", "field '{field}': {detail}", {"field": field_id, "detail": message}
    )


class FormDefinition(Strict):
    id: Slug
    version: Annotated[int, Field(ge=1)]
    title: LocalizedText
    intro: LocalizedText | None = None
    #: Two capital letters that start its reference numbers, e.g. ``MB`` in ``MB-7K3Q-2P``.
    reference_prefix: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    #: What happens next, shown with the reference number.
    next_steps: LocalizedText | None = None
    fields: list[FormField] = Field(min_length=1)

    @model_validator(mode="after")
    def _check(self) -> FormDefinition:
        earlier: dict[str, FormField] = {}
        for index, item in enumerate(self.fields):
            if item.id in earlier:
                raise _field_error(item.id, "the field id is used twice")
            problems = item.check_shape()
            if item.with_previous and index == 0:
                problems.append("the first field cannot be with_previous")
            rule = item.show_when
            if rule is not None:
                source = earlier.get(rule.field)
                if source is None:
                    problems.append(
                        f"show_when names '{rule.field}', which is not an earlier field"
                    )
                elif source.type not in CHOICE_TYPES:
                    problems.append(
                        f"show_when names '{rule.field}', a {source.type.value} field (only "
                        "single, multiple and yes/no answers can show another field)"
                    )
                else:
                    problems.extend(
                        f"show_when answer '{answer}' is not a choice of '{rule.field}'"
                        for answer in rule.any_of
                        if source.choice(answer) is None
                    )
            if problems:
                raise _field_error(item.id, "; ".join(problems))
            earlier[item.id] = item
        return self

    def field(self, field_id: str) -> FormField:
        for item in self.fields:
            if item.id == field_id:
                return item
        raise KeyError(f"form '{self.id}' has no field '{field_id}'")

    @property
    def personal_fields(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.fields if item.personal)


class FormDefinitionError(ValueError):
    """A form definition that cannot be used; the message names the form and the field.

    Attributes:
        form_id: the form's id (or ``"(no id)"``).
        field_id: the field at fault, or ``None`` when the problem is with the whole form.
    """

    def __init__(self, form_id: str, field_id: str | None, detail: str) -> None:
        self.form_id = form_id
        self.field_id = field_id
        self.detail = detail
        where = f"form '{form_id}'" + (f", field '{field_id}'" if field_id else "")
        super().__init__(f"{where}: {detail}")


def _field_of(raw: Any, loc: tuple[int | str, ...]) -> tuple[str | None, str]:
    """The field id a pydantic error location points into, and the rest of the location."""
    if len(loc) >= 2 and loc[0] == "fields" and isinstance(loc[1], int):
        fields = raw.get("fields") if isinstance(raw, dict) else None
        entry = fields[loc[1]] if isinstance(fields, list) and loc[1] < len(fields) else None
        field_id = entry.get("id") if isinstance(entry, dict) else None
        name = field_id if isinstance(field_id, str) else f"number {loc[1] + 1}"
        rest = ".".join(str(part) for part in loc[2:])
        return name, rest
    return None, ".".join(str(part) for part in loc)


def parse_form(raw: Any) -> FormDefinition:
    """Validate one definition (a dict from JSON); raise :class:`FormDefinitionError`."""
    form_id = raw.get("id") if isinstance(raw, dict) else None
    name = form_id if isinstance(form_id, str) and form_id else "(no id)"
    if not isinstance(raw, dict):
        raise FormDefinitionError(name, None, "a form definition must be a JSON object")
    try:
        return FormDefinition.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        if error["type"] == "form_field":
            ctx = error.get("ctx") or {}
            raise FormDefinitionError(name, str(ctx["field"]), str(ctx["detail"])) from None
        field_id, rest = _field_of(raw, tuple(error["loc"]))
        what = str(error["msg"]).removeprefix("Value error, ")  # the problem, not pydantic's words
        detail = f"{rest}: {what}" if rest else what
        more = len(exc.errors()) - 1
        if more:
            detail += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise FormDefinitionError(name, field_id, detail) from None
