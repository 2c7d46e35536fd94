"""Service search: everyday words, typos and synonyms find the intended service first."""

from __future__ import annotations

import pytest

from hubkiosk.core.content import load_default_content
from hubkiosk.core.search import ServiceIndex, normalise, search_services

CONTENT = load_default_content()

# (language, what a resident types, the service that must come first)
QUERIES = [
    ("en", "bin", "waste-recycling"),
    ("en", "rubish", "waste-recycling"),
    ("en", "my bin wasnt collected", "waste-recycling"),
    ("en", "missed colection", "waste-recycling"),
    ("en", "recyclng", "waste-recycling"),
    ("en", "council tax bill", "council-tax"),
    ("en", "counsil tax", "council-tax"),
    ("en", "ctax", "council-tax"),
    ("en", "change of address", "council-tax"),
    ("en", "pot hole", "highways-street-cleansing"),
    ("en", "pothol", "highways-street-cleansing"),
    ("en", "street lite", "highways-street-cleansing"),
    ("en", "stret light broken", "highways-street-cleansing"),
    ("en", "flytipping", "highways-street-cleansing"),
    ("en", "dumped mattress", "highways-street-cleansing"),
    ("en", "grafitti", "highways-street-cleansing"),
    ("en", "parking fine", "parking"),
    ("en", "parkng permit", "parking"),
    ("en", "PCN", "parking"),
    ("en", "freedom pas", "freedom-pass-blue-badge"),
    ("en", "blue bage", "freedom-pass-blue-badge"),
    ("en", "bus pass", "freedom-pass-blue-badge"),
    ("en", "universal credit", "benefits"),
    ("en", "food bank", "benefits"),
    ("en", "looking for work", "employment"),
    ("en", "cv help", "employment"),
    ("en", "homeles", "housing"),
    ("en", "repairs", "housing"),
    ("en", "damp", "housing"),
    ("bn", "আবাসন", "housing"),
    ("bn", "ময়লা", "waste-recycling"),
    ("bn", "কাউন্সিল ট্যাক্স", "council-tax"),
    ("bn", "চাকরি", "employment"),
    ("bn", "bin", "waste-recycling"),
    ("so", "qashin", "waste-recycling"),
    ("so", "shaqo", "employment"),
    ("so", "guri", "housing"),
    ("so", "canshuur", "council-tax"),
    ("so", "nalka waddada", "highways-street-cleansing"),
]


@pytest.fixture(scope="module")
def indexes():
    return {
        code: ServiceIndex(CONTENT.catalogue, CONTENT.forms, code) for code in ("en", "bn", "so")
    }


@pytest.mark.parametrize(("language", "query", "expected"), QUERIES)
def test_finds_intended_service_first(indexes, language, query, expected):
    hits = indexes[language].search(query)
    assert hits, f"nothing found for '{query}'"
    assert hits[0].service_id == expected, [(h.service_id, h.score) for h in hits]


def test_table_is_big_enough():
    assert len(QUERIES) >= 20
    assert len({(lang, q) for lang, q, _e in QUERIES}) == len(QUERIES)


def test_form_titles_are_searched():
    hits = search_services("report missed bin", CONTENT.catalogue, CONTENT.forms)
    assert hits[0].service_id == "waste-recycling"
    assert hits[0].form_id == "missed-bin"
    assert search_services("callback", CONTENT.catalogue, CONTENT.forms)


@pytest.mark.parametrize("query", ["", "   ", "the my", "zzqx", "?!"])
def test_nonsense_finds_nothing(indexes, query):
    assert indexes["en"].search(query) == []


def test_bin_is_not_bill():
    hits = search_services("bill", CONTENT.catalogue, CONTENT.forms)
    assert hits[0].service_id == "council-tax"
    assert "waste-recycling" not in [h.service_id for h in hits]


def test_normalise_keeps_bengali_signs_and_drops_accents():
    assert normalise("আবাসন!") == "আবাসন"
    assert normalise("  Café’s  BIN ") == "cafes bin"
