"""Checking answers, drafts with conditional fields, reference numbers, and sending."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from random import Random

import pytest
from sqlalchemy import select

from hubkiosk.core import forms as core
from hubkiosk.core.content import load_default_content
from hubkiosk.store.db import open_store
from hubkiosk.store.models import FormSubmission, OutboxItem
from sync.protocol.forms import FieldType, FormDefinition, FormField

TODAY = dt.date(2026, 11, 23)


def make(kind: str, **extra) -> FormField:
    return FormField.model_validate({"id": "f", "type": kind, "label": {"en": "Q"}, **extra})


@pytest.mark.parametrize(
    ("field", "raw", "value", "key"),
    [
        (make("postcode"), "e32bs", "E3 2BS", None),
        (make("postcode"), " E1  4ns ", "E1 4NS", None),
        (make("postcode"), "E3 ZZZ", None, core.POSTCODE),
        (make("postcode"), "", None, core.REQUIRED),
        (make("phone"), "07700 900123", "07700900123", None),
        (make("phone"), "+44 (20) 7364 5000", "+442073645000", None),
        (make("phone"), "12345", None, core.PHONE),
        (make("email"), "ana@example.org", "ana@example.org", None),
        (make("email"), "ana@example", None, core.EMAIL),
        (make("email"), "ana example.org", None, core.EMAIL),
        (make("number", minimum=1, maximum=20), "3", 3, None),
        (make("number", minimum=1, maximum=20), "0", None, core.TOO_SMALL),
        (make("number", minimum=1, maximum=20), "21", None, core.TOO_BIG),
        (make("number"), "two", None, core.NUMBER),
        (make("number"), "2.5", None, core.WHOLE_NUMBER),
        (make("number", decimals=True), "2.5", 2.5, None),
        (make("date"), "18 11 2026", "2026-11-18", None),
        (make("date"), "18/11/2026", "2026-11-18", None),
        (make("date"), "31/02/2026", None, core.DATE),
        (make("date", past_only=True), "24 11 2026", None, core.DATE_IN_FUTURE),
        (make("date", future_only=True), "22 11 2026", None, core.DATE_IN_PAST),
        (make("text", max_length=5), "  a   b  ", "a b", None),
        (make("text", max_length=5), "abcdef", None, core.TOO_LONG),
        (make("text", pattern="^[0-9]{6,10}$"), "12ab", None, core.PATTERN),
        (make("text", required=False), "  ", None, None),
        (make("yes_no"), None, None, core.CHOOSE_ONE),
        (make("yes_no"), "yes", "yes", None),
        (
            make(
                "multiple",
                choices=[{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
            ),
            ["b", "a", "b"],
            ["a", "b"],
            None,
        ),
        (
            make(
                "multiple",
                choices=[{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
            ),
            [],
            None,
            core.CHOOSE_SOME,
        ),
        (
            make(
                "single",
                choices=[{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
            ),
            "c",
            None,
            core.UNKNOWN_CHOICE,
        ),
    ],
)
def test_clean_answer(field, raw, value, key):
    cleaned, error = core.clean_answer(field, raw, TODAY)
    assert cleaned == value
    assert (error.key if error else None) == key


def test_errors_are_message_keys_with_parameters():
    _value, error = core.clean_answer(make("number", maximum=20), "99", TODAY)
    assert error == core.FieldError(core.TOO_BIG, {"max": "20"})
    _value, error = core.clean_answer(
        make("text", pattern="^x$", pattern_message={"en": "Only x", "so": "x keliya"}), "y", TODAY
    )
    assert error is not None and error.message is not None and error.message.get("so") == "x keliya"
    assert set(core.ERROR_KEYS) >= {error.key}


def test_draft_conditions_chain_and_hidden_answers_are_not_sent():
    form = load_default_content().forms["callback"]
    draft = core.Draft(form)
    ids = [step[0].id for step in draft.steps()]
    assert "language" not in ids and "other-language" not in ids
    draft.set("interpreter", "yes")
    draft.set("language", "other")
    assert [f.id for f in draft.visible_fields()][-2:] == ["language", "other-language"]
    draft.set("other-language", "Urdu")
    draft.set("interpreter", "no")  # changes mind: the language questions go away
    assert "other-language" not in [f.id for f in draft.visible_fields()]
    for field_id, raw in {
        "service": "parking",
        "about": "My permit",
        "name": "Ana Begum",
        "phone": "07700 900123",
        "best-time": "any",
    }.items():
        draft.set(field_id, raw)
    assert draft.check_all(TODAY) == {}
    answers = draft.cleaned(TODAY)
    assert "language" not in answers and "other-language" not in answers
    assert answers["phone"] == "07700900123"


def test_draft_groups_fields_that_go_together():
    form = FormDefinition.model_validate(
        {
            "id": "where",
            "version": 1,
            "title": {"en": "Where"},
            "reference_prefix": "WH",
            "fields": [
                {"id": "problem", "type": "yes_no", "label": {"en": "Is it dangerous?"}},
                {"id": "street", "type": "text", "label": {"en": "Street"}},
                {"id": "near", "type": "text", "label": {"en": "Near"}, "with_previous": True},
                {
                    "id": "postcode",
                    "type": "postcode",
                    "label": {"en": "Postcode"},
                    "with_previous": True,
                    "show_when": {"field": "problem", "any_of": ["yes"]},
                },
            ],
        }
    )
    draft = core.Draft(form)
    assert [[f.id for f in step] for step in draft.steps()] == [["problem"], ["street", "near"]]
    draft.set("problem", "yes")
    steps = [[f.id for f in step] for step in draft.steps()]
    assert steps == [["problem"], ["street", "near", "postcode"]]


def test_shipped_forms_ask_one_question_per_screen():
    for form in load_default_content().forms.values():
        assert all(len(step) == 1 for step in core.Draft(form).steps()), form.id


def test_draft_refuses_unknown_field():
    draft = core.Draft(load_default_content().forms["missed-bin"])
    with pytest.raises(KeyError):
        draft.set("colour", "red")


def test_reference_numbers_are_readable_checked_and_distinct():
    rng = Random(5)
    refs = {core.new_reference("MB", rng) for _ in range(2000)}
    assert len(refs) == 2000
    for ref in list(refs)[:200]:
        assert core.REFERENCE_RE.match(ref), ref
        assert core.is_valid_reference(ref)
        assert core.is_valid_reference(ref.lower().replace("-", " "))
        assert not set(ref[3:]) & set("0O1IL2Z5S8BUV")
    ref = core.new_reference("SP", Random(1))
    swapped = ref[:3] + ref[4] + ref[3] + ref[5:]
    typo = ref[:-2] + ("A" if ref[-2] != "A" else "C") + ref[-1]
    assert not core.is_valid_reference(typo)
    if swapped != ref:
        assert not core.is_valid_reference(swapped)


def test_submit_writes_record_and_outbox_item_together(tmp_path: Path):
    store = open_store(tmp_path)
    try:
        form = load_default_content().forms["missed-bin"]
        draft = core.Draft(form)
        for field_id, raw in {
            "bins": ["recycling"],
            "missed-on": "20 11 2026",
            "home-type": "house",
            "bin-store": "typed before changing my mind",
            "address": "12 Roman Road",
            "postcode": "e32bs",
        }.items():
            draft.set(field_id, raw)
        now = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
        # A seeded generator that repeats itself: the second reference must differ.
        with store.session() as session:
            first = core.submit(
                session,
                draft=draft,
                hub_id="idea-store-bow",
                language="so",
                now=now,
                today=TODAY,
                rng=Random(7),
            )
        with store.session() as session:
            second = core.submit(
                session,
                draft=draft,
                hub_id="idea-store-bow",
                language="en",
                now=now,
                today=TODAY,
                rng=Random(7),
            )
        assert first != second and core.is_valid_reference(second)
        with store.session() as session:
            rows = session.scalars(select(FormSubmission).order_by(FormSubmission.reference)).all()
            assert {r.reference for r in rows} == {first, second}
            row = next(r for r in rows if r.reference == first)
            assert row.form_id == "missed-bin" and row.form_version == 1 and row.language == "so"
            assert row.answers == {
                "bins": ["recycling"],
                "missed-on": "2026-11-20",
                "home-type": "house",
                "address": "12 Roman Road",
                "postcode": "E3 2BS",
            }
            items = session.scalars(select(OutboxItem)).all()
            assert {item.id for item in items} == {r.id for r in rows}
            assert all(item.kind == "form_submission" for item in items)
    finally:
        store.close()


def test_submit_refuses_a_draft_with_errors(tmp_path: Path):
    store = open_store(tmp_path)
    try:
        draft = core.Draft(load_default_content().forms["missed-bin"])
        with pytest.raises(ValueError, match="field 'bins'"), store.session() as session:
            core.submit(
                session,
                draft=draft,
                hub_id="idea-store-bow",
                language="en",
                now=dt.datetime(2026, 11, 23, tzinfo=dt.UTC),
                today=TODAY,
            )
    finally:
        store.close()


def test_field_types_cover_the_issue():
    assert {t.value for t in FieldType} == {
        "text",
        "number",
        "date",
        "single",
        "multiple",
        "yes_no",
        "postcode",
        "phone",
        "email",
    }
