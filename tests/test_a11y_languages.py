"""Issue 13: every shipped text in every kiosk language, and the review status on file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hubkiosk.core.i18n import CODES
from hubkiosk.resources import resource

CONTENT = [
    *sorted(Path(resource("data")).glob("*.json")),
    *sorted(Path(resource("forms")).glob("*.json")),
    *sorted(Path(resource("surveys")).glob("*.json")),
]


def localized(value: object, path: str = "") -> list[tuple[str, dict[str, str]]]:
    """Every {"en": ...} text in a content file, with where it is."""
    if isinstance(value, dict):
        if "en" in value and all(isinstance(v, str) for v in value.values()):
            return [(path, value)]
        return [hit for key, item in value.items() for hit in localized(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [hit for i, item in enumerate(value) for hit in localized(item, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("path", CONTENT, ids=lambda p: p.name)
def test_shipped_content_has_every_language(path):
    texts = localized(json.loads(path.read_text(encoding="utf-8")))
    missing = [
        (where, code) for where, text in texts for code in CODES if not text.get(code, "").strip()
    ]
    assert not missing, missing[:10]


def test_each_language_review_status_is_on_file():
    status = json.loads(resource("translations", "languages.json").read_text(encoding="utf-8"))
    assert {entry["code"] for entry in status["languages"]} == set(CODES)
    for entry in status["languages"]:
        assert entry["status"] in ("source", "drafted", "reviewed"), entry
        if entry["status"] == "reviewed":
            assert entry.get("reviewed_by") and entry.get("reviewed_on"), entry


def test_a_kiosk_may_start_in_any_of_its_languages_and_no_other(tmp_path):
    from hubkiosk.settings import ConfigError, KioskSettings

    for code in CODES:
        settings = KioskSettings.load(data_dir=tmp_path, default_language=code)
        assert settings.default_language == code
    with pytest.raises(ConfigError, match="default_language") as caught:
        KioskSettings.load(data_dir=tmp_path, default_language="urdu")
    assert "ur" in str(caught.value) and "pl" in str(caught.value)


def test_the_answers_a_kiosk_offers_read_in_every_language():
    """QA (s35): a form's Yes / No answers were built in code with English, Bengali and
    Somali only, so an Urdu, Spanish or Polish resident read "Yes" and "No" (on screen, to
    assistive technology, read aloud) under a question in their own language."""
    from hubkiosk.core.content import load_default_content

    content = load_default_content()
    offered = [
        (f"form {form.id}.{item.id}.{choice.id}", choice.text.root)
        for form in content.forms.values()
        for item in form.fields
        for choice in item.options
    ] + [
        (f"survey {survey.id}.{question.id}.{option.id}", option.text.root)
        for survey in content.surveys.values()
        for question in survey.questions
        for option in question.choices
    ]
    assert offered
    missing = [(where, code) for where, text in offered for code in CODES if not text.get(code)]
    assert not missing, missing[:10]
