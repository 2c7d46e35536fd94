"""Form definitions: the shipped ones load, malformed ones are refused by form and field,
and a bad definition from the server leaves the previous version working."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from hubkiosk.core.content import load_default_content
from hubkiosk.core.forms import apply_form_definitions, load_forms
from hubkiosk.resources import resource
from sync.protocol.forms import FieldType, FormDefinitionError, parse_form

SHIPPED = ("missed-bin", "street-problem", "callback", "changed-circumstances", "travel-pass-help")


def raw_form(form_id: str) -> dict:
    return json.loads(resource("forms", f"{form_id}.json").read_text(encoding="utf-8"))


def test_shipped_forms_load_with_three_languages_and_conditions():
    forms = load_default_content().forms
    assert set(forms) == set(SHIPPED)
    for form in forms.values():
        assert {"en", "bn", "so"} <= set(form.title.root), form.id
        for item in form.fields:
            assert {"en", "bn", "so"} <= set(item.label.root), (form.id, item.id)
        assert any(item.show_when for item in form.fields), f"{form.id} has no conditional field"
    used = {item.type for form in forms.values() for item in form.fields}
    assert used == set(FieldType), "every field type is used by a shipped form"


def test_every_shipped_form_is_linked_from_a_service():
    content = load_default_content()
    linked = {fid for service in content.catalogue.services for fid in service.form_ids}
    assert linked == set(content.forms)
    street = content.catalogue.by_id("highways-street-cleansing")
    assert street is not None and street.form_ids == ["street-problem"]


def test_forms_ask_only_personal_data_they_mark():
    forms = load_default_content().forms
    for form in forms.values():
        for item in form.fields:
            if item.type in (FieldType.PHONE, FieldType.EMAIL) or item.id in ("name", "address"):
                assert item.personal, f"{form.id}.{item.id} holds personal data: mark it"
    assert forms["street-problem"].field("location-postcode").personal is False


@pytest.mark.parametrize(
    ("change", "field_id", "words"),
    [
        (lambda f: f["fields"][0].update(type="colour"), "bins", "type"),
        (lambda f: f["fields"][0].update(choices=[]), "bins", "at least two choices"),
        (
            lambda f: f["fields"][3].update(show_when={"field": "nowhere", "any_of": ["x"]}),
            "bin-store",
            "not an earlier field",
        ),
        (
            lambda f: f["fields"][3].update(show_when={"field": "home-type", "any_of": ["boat"]}),
            "bin-store",
            "'boat' is not a choice",
        ),
        (lambda f: f["fields"][4].update(pattern="[unclosed"), "address", "regular expression"),
        (lambda f: f["fields"][4].update(label={"bn": "ঠিকানা"}), "address", "English"),
        (lambda f: f["fields"][5].update(id="address"), "address", "used twice"),
        (lambda f: f["fields"][1].update(minimum=3), "missed-on", "only a number field"),
        (lambda f: f["fields"][2].update(colour="red"), "home-type", "colour"),
    ],
)
def test_malformed_definition_names_the_form_and_the_field(change, field_id, words):
    raw = raw_form("missed-bin")
    change(raw)
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(raw)
    message = str(caught.value)
    assert message.startswith(f"form 'missed-bin', field '{field_id}'"), message
    assert words in message
    assert caught.value.field_id == field_id
    # The council officer reads the problem, not the validator's wording (QA s35).
    assert "Value error" not in message, message


def test_malformed_whole_form_names_the_form():
    raw = raw_form("callback")
    raw["reference_prefix"] = "callback"
    with pytest.raises(FormDefinitionError, match=r"^form 'callback': reference_prefix"):
        parse_form(raw)
    with pytest.raises(FormDefinitionError, match=r"^form '\(no id\)'"):
        parse_form(["not", "an", "object"])


def test_loader_names_the_file(tmp_path: Path):
    raw = raw_form("callback")
    raw["fields"][3]["type"] = "telephone"
    (tmp_path / "callback.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as caught:
        load_forms(tmp_path)
    assert "form 'callback', field 'phone'" in str(caught.value)
    assert "callback.json" in str(caught.value)
    assert load_forms(tmp_path / "missing") == {}


def test_server_definition_malformed_keeps_previous_version():
    previous = load_default_content().forms
    good_new = raw_form("missed-bin")
    good_new["version"] = 2
    good_new["title"]["en"] = "Tell us your bin was not collected"
    broken = raw_form("street-problem")
    broken["version"] = 2
    broken["fields"][8]["show_when"] = {"field": "updates", "any_of": ["maybe"]}
    brand_new = copy.deepcopy(raw_form("callback"))
    brand_new.update(id="report-graffiti", reference_prefix="GR")
    broken_new = copy.deepcopy(raw_form("callback"))
    broken_new.update(id="noise", reference_prefix="NO")
    broken_new["fields"][3]["type"] = "telephone"

    forms, errors = apply_form_definitions(
        [good_new, broken, brand_new, broken_new, raw_form("callback")], previous
    )

    assert forms["missed-bin"].version == 2
    assert forms["street-problem"] is previous["street-problem"], "previous version kept"
    assert forms["street-problem"].version == 1
    assert "report-graffiti" in forms and "noise" not in forms
    assert "changed-circumstances" not in forms, "a form the server stopped sending is withdrawn"
    assert len(errors) == 2
    assert errors[0].startswith("form 'street-problem', field 'email'")
    assert "'maybe' is not a choice" in errors[0] and "version 1 stays in use" in errors[0]
    assert errors[1].startswith("form 'noise', field 'phone'")


def test_definition_sent_twice_uses_the_first():
    forms, errors = apply_form_definitions([raw_form("callback"), raw_form("callback")], {})
    assert list(forms) == ["callback"]
    assert errors == ["form 'callback': sent twice; the first one is used"]
