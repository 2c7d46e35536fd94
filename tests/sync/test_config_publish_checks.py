"""What ``hubkiosk-server config publish`` checks in a council officer's folder beyond what
the kiosks would refuse (QA s35): a backup copy left beside an edited form or survey, a
survey changed in a way that drops answers from the report, a service's web address the
kiosk would draw as a QR code of nonsense, and the quieter mistakes (an icon the kiosks do
not have, two forms with one reference prefix, overlapping opening hours, a mistyped
language code, texts not yet translated). Each is published into a real database."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from hubkiosk.core.content import load_default_content
from hubkiosk.core.i18n import CODES
from hubkiosk.qt.sync_controller import active_content
from hubkiosk.store.db import Store
from hubkiosk.store.models import ConfigSnapshot
from sync.client.engine import SyncState
from sync.protocol.content import KIOSK_LANGUAGES
from sync.server.models import PublishedConfig
from tests.sync.conftest import HUB, Central, FakeClock, make_engine
from tests.sync.test_config_publish import (
    active_snapshot,
    council_folder,
    published_versions,
    run,
)

SURVEY = "council-cx-2022"


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def save(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def refused(capsys: pytest.CaptureFixture[str], db_url: str, folder: Path) -> str:
    """Publish ``folder``, which must be refused on one line; the line, without the name."""
    code, out, err = run(capsys, db_url, "config", "publish", str(folder))
    assert code == 2 and out == "", (code, out, err)
    assert err.startswith("hubkiosk-server: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.removeprefix("hubkiosk-server: ").rstrip("\n")


def published(capsys: pytest.CaptureFixture[str], db_url: str, folder: Path) -> list[str]:
    """Publish ``folder``, which must be published; what publish printed, by line."""
    code, out, err = run(capsys, db_url, "config", "publish", str(folder))
    assert code == 0 and err == "", (code, out, err)
    return out.splitlines()


# 1. A backup copy beside the edited file ---------------------------------------------------


def _backup_beside_a_form(folder: Path) -> str:
    card = folder / "forms" / "callback.json"
    save(folder / "forms" / "callback-old.json", load(card))
    form = load(card)
    form["version"] += 1
    form["title"]["en"] = "Ask us to call you back"
    save(card, form)
    return (
        "form 'callback' is in two files, forms/callback-old.json and forms/callback.json: "
        "keep one (move the other out of the folder)"
    )


def _backup_beside_a_survey(folder: Path) -> str:
    path = folder / "surveys" / "council_cx_2022.json"
    save(folder / "surveys" / "old-council_cx_2022.json", load(path))
    survey = load(path)
    survey["version"] = 2
    save(path, survey)
    return (
        f"survey '{SURVEY}' is in two files, surveys/council_cx_2022.json and "
        "surveys/old-council_cx_2022.json: keep one (move the other out of the folder)"
    )


@pytest.mark.both_databases
@pytest.mark.parametrize("copy", [_backup_beside_a_form, _backup_beside_a_survey])
def test_a_backup_copy_left_beside_the_edited_file_is_refused_naming_both_files(
    copy: Callable[[Path], str], central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """An officer kept ``forms/library-card-old.json`` beside the edited form: publish said
    "7 forms", the kiosks kept the first copy in file-name order (the old form) and the
    last copy of a survey, while the survey report took the newest. Now publish refuses,
    naming both files, and stores nothing."""
    folder = council_folder(tmp_path)
    expected = copy(folder)

    assert refused(capsys, db_url, folder) == expected
    assert published_versions(central) == 1


def test_one_form_given_twice_in_forms_json_is_refused_by_its_place(
    sqlite_url: str, tmp_path: Path, capsys
) -> None:
    assert run(capsys, sqlite_url, "migrate")[0] == 0
    folder = council_folder(tmp_path)
    form = load(folder / "forms" / "callback.json")
    moved = folder / "forms" / "missed-bin.json"
    save(folder / "forms.json", [load(moved), form])
    moved.unlink()
    assert refused(capsys, sqlite_url, folder) == (
        "form 'callback' is in two files, forms.json (entry 2) and forms/callback.json: "
        "keep one (move the other out of the folder)"
    )


# 2. A survey changed in a way that drops answers from the report ---------------------------


def _survey(folder: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    path = folder / "surveys" / "council_cx_2022.json"
    survey = load(path)
    edit(survey)
    save(path, survey)


def _question(survey: dict[str, Any], question_id: str) -> dict[str, Any]:
    return next(q for q in survey["questions"] if q["id"] == question_id)


def _rename_answer(survey: dict[str, Any]) -> None:
    for option in _question(survey, "services")["options"]:
        if option["id"] == "council-tax":
            option["id"] = "counciltax"


@pytest.mark.both_databases
def test_a_survey_changed_under_the_same_version_is_refused(
    central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """An officer renamed an answer's id (same words) and kept version 1, which the kiosks
    had already been answering: publish took it, and the report could count version 1's
    answers by one definition only. Now it is refused with what to do."""
    folder = council_folder(tmp_path)
    _survey(folder, _rename_answer)

    assert refused(capsys, db_url, folder) == (
        f"survey '{SURVEY}' version 1 is published already with other questions or words: "
        "give the changed survey version 2 (answers already given keep version 1's)"
    )
    assert published_versions(central) == 1

    # Only its running days changed: the same survey, the same version.
    folder = council_folder(tmp_path / "later")
    _survey(folder, lambda survey: survey.update(runs_to="2027-01-31"))
    assert published(capsys, db_url, folder) == [
        "published configuration version 2: 5 hubs, 9 services, 5 forms, 1 survey"
    ]


@pytest.mark.both_databases
def test_a_survey_version_going_backwards_is_refused(
    central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """Publish A (version 1), then B (version 2), then A again: accepted, and the kiosks
    went back to version 1's questions. Now the older version is refused."""
    newer = council_folder(tmp_path / "b")
    _survey(newer, lambda survey: survey.update(version=2))
    assert published(capsys, db_url, newer)[0].startswith("published configuration version 2:")

    older = council_folder(tmp_path / "a")
    assert refused(capsys, db_url, older) == (
        f"survey '{SURVEY}' version 1 is older than version 2, which is published already: "
        "give it version 3 or more to publish it"
    )
    assert published_versions(central) == 2


@pytest.mark.both_databases
def test_a_new_survey_version_without_an_answer_or_a_question_is_published_with_a_caution(
    central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """Version 2 renamed an answer's id and dropped a question: published without a word,
    and the answers given to them before vanished from the report's counts. Now publish
    says, one line each, what version 2 no longer has and where those answers are."""
    folder = council_folder(tmp_path)

    def drop_and_rename(survey: dict[str, Any]) -> None:
        survey["version"] = 2
        _rename_answer(survey)
        survey["questions"] = [q for q in survey["questions"] if q["id"] != "other-outcomes"]
        for statement in list(_question(survey, "outcomes")["statements"]):
            if statement["id"] == "culture":
                _question(survey, "outcomes")["statements"].remove(statement)

    _survey(folder, drop_and_rename)

    assert published(capsys, db_url, folder) == [
        "published configuration version 2: 5 hubs, 9 services, 5 forms, 1 survey",
        f"caution: survey '{SURVEY}' version 2 no longer has answer 'council-tax' of "
        "question 'services': answers given to it before still show in the survey report, "
        "under version 1's words",
        f"caution: survey '{SURVEY}' version 2 no longer has statement 'culture' of "
        "question 'outcomes': answers given to it before still show in the survey report, "
        "under version 1's words",
        f"caution: survey '{SURVEY}' version 2 no longer has question 'other-outcomes': "
        "answers given to it before still show in the survey report, under version 1's words",
    ]
    assert published_versions(central) == 2


def _typed_answer_becomes_one_to_choose(survey: dict[str, Any]) -> str:
    question = _question(survey, "other-outcomes")
    question["type"] = "single"
    question["options"] = [
        {"id": "opening-hours", "text": {"en": "Longer opening hours"}},
        {"id": "more-online", "text": {"en": "More services online"}},
    ]
    return (
        "changes question 'other-outcomes' from a typed answer (type text) to one answer "
        "to choose (type single)"
    )


def _ranking_becomes_answers_to_tick(survey: dict[str, Any]) -> str:
    _question(survey, "contact-ranking")["type"] = "multiple"
    return (
        "changes question 'contact-ranking' from answers to put in order (type ranking) to "
        "answers to tick (type multiple)"
    )


def _statements_become_yes_or_no(survey: dict[str, Any]) -> str:
    question = _question(survey, "promise")
    question["type"] = "yes_no"
    del question["statements"]
    return (
        "changes question 'promise' from statements to agree or disagree with (type "
        "agreement) to yes or no (type yes_no)"
    )


def _scale_becomes_yes_or_no(survey: dict[str, Any]) -> str:
    _question(survey, "vision")["options"] = [
        {"id": "yes", "text": {"en": "Yes"}},
        {"id": "no", "text": {"en": "No"}},
    ]
    return (
        "changes every answer of question 'vision' (version 1's were strongly-agree, agree, "
        "neither, disagree, strongly-disagree and dont-know)"
    )


def _every_answer_renamed(survey: dict[str, Any]) -> str:
    options = _question(survey, "contact-ranking")["options"]
    for number, option in enumerate(options, 1):
        option["id"] = f"way-{number}"
    return (
        "changes every answer of question 'contact-ranking' (version 1's were writing, "
        "councillor, face-to-face, social-media, website, telephone and email)"
    )


@pytest.mark.both_databases
@pytest.mark.parametrize(
    "change",
    [
        _typed_answer_becomes_one_to_choose,
        _ranking_becomes_answers_to_tick,
        _statements_become_yes_or_no,
        _scale_becomes_yes_or_no,
        _every_answer_renamed,
    ],
)
def test_a_new_survey_version_changing_what_a_question_asks_is_refused(
    change: Callable[[dict[str, Any]], str],
    central: Central,
    db_url: str,
    tmp_path: Path,
    capsys,
) -> None:
    """Version 2 kept a question's id but made it another kind of question (a typed
    answer one to choose, a ranking answers to tick, statements yes or no), or renamed
    all its answers: published without a word, and the survey report, which counts
    answers by question id whatever version was answered, mixed version 1's answers into
    version 2's question (typed words counted among choices; 'yes' out of residents who
    rated statements). Now refused, saying to give the changed question a new id."""
    folder = council_folder(tmp_path)
    said: list[str] = []

    def edit(survey: dict[str, Any]) -> None:
        survey["version"] = 2
        said.append(change(survey))

    _survey(folder, edit)

    assert refused(capsys, db_url, folder) == (
        f"survey '{SURVEY}' version 2 {said[0]}: give the changed question a new id; the "
        "answers given to version 1's stay in the survey report, under version 1's words"
    )
    assert published_versions(central) == 1


@pytest.mark.both_databases
def test_a_new_survey_version_rewording_a_question_or_an_answer_is_published(
    central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """What keeps a question's meaning is published as before: new words for a question
    and an answer, a question made optional, an answer added, one answer renamed (said by
    a caution)."""
    folder = council_folder(tmp_path)

    def reword(survey: dict[str, Any]) -> None:
        survey["version"] = 2
        contacted = _question(survey, "contacted")
        contacted["text"]["en"] = "Have you been in touch with the council this year?"
        services = _question(survey, "services")
        services["options"][0]["text"]["en"] = "Rubbish and recycling"
        services["options"].append({"id": "libraries", "text": {"en": "Libraries"}})
        services["required"] = False
        _rename_answer(survey)

    _survey(folder, reword)

    assert published(capsys, db_url, folder)[1:] == [
        f"caution: survey '{SURVEY}': 1 text has no Bengali (bn), Somali (so), Urdu (ur), "
        "Spanish (es) or Polish (pl); the kiosks show English in its place",
        f"caution: survey '{SURVEY}' version 2 no longer has answer 'council-tax' of "
        "question 'services': answers given to it before still show in the survey report, "
        "under version 1's words",
    ]
    assert published_versions(central) == 2


def _swap_ids(items: list[dict[str, Any]], first: str, second: str) -> None:
    """Swap two entries' ids, their words left in place (as when an officer renumbers)."""
    for item in items:
        item["id"] = {first: second, second: first}.get(item["id"], item["id"])


def _answers_swapped(survey: dict[str, Any]) -> list[str]:
    _swap_ids(_question(survey, "services")["options"], "waste", "streets")
    return [
        "gives answer 'streets' of question 'services' the words of version 1's answer 'waste'",
        "gives answer 'waste' of question 'services' the words of version 1's answer 'streets'",
    ]


def _statements_swapped(survey: dict[str, Any]) -> list[str]:
    _swap_ids(_question(survey, "experience")["statements"], "access", "knowledge")
    return [
        "gives statement 'knowledge' of question 'experience' the words of version 1's "
        "statement 'access'",
        "gives statement 'access' of question 'experience' the words of version 1's "
        "statement 'knowledge'",
    ]


def _questions_swapped(survey: dict[str, Any]) -> list[str]:
    _swap_ids(survey["questions"], "vision", "promise")
    return [
        "gives question 'promise' the words of version 1's question 'vision'",
        "gives question 'vision' the words of version 1's question 'promise'",
    ]


@pytest.mark.both_databases
@pytest.mark.parametrize("swap", [_answers_swapped, _statements_swapped, _questions_swapped])
def test_a_new_survey_version_giving_an_id_the_words_of_another_is_refused(
    swap: Callable[[dict[str, Any]], list[str]],
    central: Central,
    db_url: str,
    tmp_path: Path,
    capsys,
) -> None:
    """An officer renumbered (or swapped) the ids of two answers, statements or questions
    of the same kind, their words left in place: version 2 was published without a word
    (a caution at most), and the survey report, which counts by id, showed the residents
    who chose 'Streets' under 'Waste and recycling' and the other way round. Now refused,
    saying which id took whose words."""
    folder = council_folder(tmp_path)
    said: list[str] = []

    def edit(survey: dict[str, Any]) -> None:
        survey["version"] = 2
        said.extend(swap(survey))

    _survey(folder, edit)

    quote = "'"
    assert refused(capsys, db_url, folder) == "; ".join(
        f"survey '{SURVEY}' version 2 {moved}: keep each id with its words (new words of "
        "its own take a new id); the survey report counts answers by id and would show "
        f"version 1's '{moved.split(quote)[1]}' answers under them"
        for moved in said
    )
    assert published_versions(central) == 1


def test_a_survey_problem_names_the_question_and_the_answer_by_their_ids(
    sqlite_url: str, tmp_path: Path, capsys
) -> None:
    """A question without English words was refused as "questions.0.text", an answer's as
    "questions.1.options.0.text": counted from 0, where the officer finds questions and
    answers by id (as the untranslated-language refusal names them)."""
    assert run(capsys, sqlite_url, "migrate")[0] == 0
    folder = council_folder(tmp_path)

    def spoil(survey: dict[str, Any]) -> None:
        survey["version"] = 2
        _question(survey, "contacted")["text"]["en"] = ""
        _question(survey, "services")["options"][0]["text"]["en"] = " "
        _question(survey, "other-outcomes")["max_length"] = 0

    _survey(folder, spoil)

    assert refused(capsys, sqlite_url, folder) == (
        f"survey '{SURVEY}': questions.contacted.text: needs English text under 'en'; "
        f"survey '{SURVEY}': questions.services.options.waste.text: needs English text under "
        f"'en'; survey '{SURVEY}': questions.other-outcomes.max_length: Input should be "
        "greater than or equal to 1"
    )


# 3. A service's web address ----------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["www.ideastore.co.uk/join", "javascript:alert(1)", "https://", "https://www.idea store.uk"],
)
def test_a_service_address_that_is_not_a_web_address_is_refused(
    address: str, central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """Addresses such as "www.ideastore.co.uk/join" (no https://) and "javascript:alert(1)"
    were published, and the kiosk drew a QR code of that text, which a phone cannot open. Now publish
    refuses it (the kiosks refuse such a snapshot the same way)."""

    def spoil(_hubs: dict[str, Any], catalogue: dict[str, Any]) -> None:
        catalogue["services"][2]["online_url"] = address

    assert refused(capsys, db_url, council_folder(tmp_path, spoil)) == (
        "catalogue.json: services.2.online_url: must be a web address: https:// (or "
        "http://) and a host name, e.g. https://www.towerhamlets.gov.uk/"
    )
    assert published_versions(central) == 1


def test_a_snapshot_an_older_server_sent_with_such_an_address_does_not_stop_the_kiosk(
    central: Central, store: Store, clock: FakeClock
) -> None:
    """The kiosk holds a snapshot an older release took with "www.ideastore.co.uk/join":
    the kiosk starts on its shipped content and says why, and a new snapshot with such an
    address (a server of an older release) is refused while the kiosk keeps its own."""
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().config_error is None
    held = active_snapshot(store)
    with store.session() as session:
        row = session.scalars(select(ConfigSnapshot).where(ConfigSnapshot.active.is_(True))).one()
        body = json.loads(json.dumps(row.body))
        body["catalogue"]["services"][0]["online_url"] = "www.ideastore.co.uk/join"
        session.execute(update(ConfigSnapshot).where(ConfigSnapshot.id == row.id).values(body=body))

    default = load_default_content()
    content, errors = active_content(store, HUB, default)

    assert content is default
    assert len(errors) == 1 and "the stored configuration is no longer valid" in errors[0]
    assert "online_url" in errors[0] and "using the shipped default" in errors[0]

    with central.database.session() as session:  # as an older server published it
        stored = session.get(PublishedConfig, 1)
        assert stored is not None
        newer = json.loads(json.dumps(stored.body))
        newer["catalogue"]["services"][0]["online_url"] = "javascript:alert(1)"
        session.add(PublishedConfig(version=2, published_at=central.clock(), body=newer))
    status = engine.sync_once()
    assert status.state is SyncState.OK and status.config_error is not None
    assert "online_url" in status.config_error and held.etag in status.config_error


# 4. The quieter mistakes -------------------------------------------------------------------


def _unknown_icon(folder: Path) -> str:
    catalogue = load(folder / "catalogue.json")
    catalogue["services"][1]["icon"] = "libary"
    save(folder / "catalogue.json", catalogue)
    service = catalogue["services"][1]["id"]
    return f"catalogue.json: service '{service}' has icon 'libary', which the kiosks do not have"


def _two_forms_with_one_prefix(folder: Path) -> str:
    path = folder / "forms" / "callback.json"
    form = load(path)
    form["reference_prefix"] = "SP"
    save(path, form)
    return (
        "forms 'callback' and 'street-problem' both have reference_prefix 'SP': give each "
        "form its own (their reference numbers would look alike)"
    )


def _overlapping_hours(folder: Path) -> str:
    hubs = load(folder / "hubs.json")
    hubs["hubs"][1]["hours"]["wed"] = [
        {"open": "09:00", "close": "13:00"},
        {"open": "12:00", "close": "17:00"},
    ]
    save(folder / "hubs.json", hubs)
    return (
        f"hubs.json: hub '{hubs['hubs'][1]['id']}' hours on wed: 09:00-13:00 and "
        "12:00-17:00 overlap (the kiosks would give the wrong closing time): make them one, "
        "or end the first before the second opens"
    )


def _mistyped_language(folder: Path) -> str:
    catalogue = load(folder / "catalogue.json")
    catalogue["services"][3]["name"]["bd"] = catalogue["services"][3]["name"].pop("bn")
    save(folder / "catalogue.json", catalogue)
    return (
        f"catalogue.json: services.{catalogue['services'][3]['id']}.name: 'bd' is not a "
        "language of the kiosks (en, bn, so, ur, es, pl)"
    )


def _mistyped_language_in_a_survey(folder: Path) -> str:
    def mistype(survey: dict[str, Any]) -> None:
        survey["version"] = 2
        text = _question(survey, "services")["options"][1]["text"]
        text["so-SO"] = text.pop("so")

    _survey(folder, mistype)
    return (
        f"survey '{SURVEY}': questions.services.options.streets.text: 'so-SO' is not a "
        "language of the kiosks (en, bn, so, ur, es, pl)"
    )


def _prefix_clash(folder: Path) -> str:
    catalogue = load(folder / "catalogue.json")
    catalogue["services"][4]["prefix"] = catalogue["services"][0]["prefix"]
    save(folder / "catalogue.json", catalogue)
    first, fifth = catalogue["services"][0], catalogue["services"][4]
    return (
        f"catalogue.json: the whole file: service prefixes used twice: {first['prefix']} "
        f"({first['id']} and {fifth['id']})"
    )


@pytest.mark.parametrize(
    "spoil",
    [
        _unknown_icon,
        _two_forms_with_one_prefix,
        _overlapping_hours,
        _mistyped_language,
        _mistyped_language_in_a_survey,
        _prefix_clash,
    ],
)
def test_a_quieter_mistake_is_refused_saying_where(
    spoil: Callable[[Path], str], central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """Each was published without a word: the kiosk showed a "?" picture for the icon,
    gave two forms' references one prefix, said a hub closes at 13:00 that is open till
    17:00, and never showed the Bengali name filed under 'bd'. Two services with one
    ticket prefix were refused as "service prefixs used twice: H": now "prefixes", naming
    the services."""
    folder = council_folder(tmp_path)
    expected = spoil(folder)

    said = refused(capsys, db_url, folder)

    assert said.startswith(expected), said
    assert published_versions(central) == 1


def test_an_unknown_icon_is_refused_naming_the_icons_the_kiosks_have(
    sqlite_url: str, tmp_path: Path, capsys
) -> None:
    assert run(capsys, sqlite_url, "migrate")[0] == 0
    folder = council_folder(tmp_path)
    _unknown_icon(folder)
    said = refused(capsys, sqlite_url, folder)
    assert said.endswith(
        ": use one of adviser, benefits, calendar, council-tax, employment, face-1, face-2, "
        "face-3, face-4, face-5, feedback, form, freedom-pass, housing, other, parking, "
        "search, speaker, streets, ticket, travel, waste, web"
    ), said


def test_texts_missing_a_kiosk_language_are_published_with_one_caution_per_file(
    sqlite_url: str, tmp_path: Path, capsys
) -> None:
    """A council publishing in English first: published (the kiosks show English in
    their place), and publish says how many texts of each form, survey and file lack
    which languages, rather than nothing."""
    assert run(capsys, sqlite_url, "migrate")[0] == 0
    folder = council_folder(tmp_path)
    path = folder / "forms" / "callback.json"
    form = load(path)
    form["title"] = {"en": form["title"]["en"], "es": form["title"]["es"]}
    form["intro"] = {"en": form["intro"]["en"]}
    save(path, form)
    catalogue = load(folder / "catalogue.json")
    catalogue["services"][0]["name"]["bn"] = "   "
    save(folder / "catalogue.json", catalogue)

    lines = published(capsys, sqlite_url, folder)

    assert lines[1:] == [
        "caution: catalogue.json: 1 text has no Bengali (bn); the kiosks show English in its place",
        "caution: form 'callback': 2 texts have no Bengali (bn), Somali (so), Urdu (ur) or "
        "Polish (pl), 1 no Spanish (es); the kiosks show English in their place",
    ]


def test_the_kiosk_languages_publish_checks_are_the_kiosks() -> None:
    assert tuple(KIOSK_LANGUAGES) == CODES


def test_the_shipped_content_publishes_without_a_caution(sqlite_url: str, capsys) -> None:
    assert run(capsys, sqlite_url, "migrate")[0] == 0
    code, out, err = run(capsys, sqlite_url, "config", "publish")
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "published configuration version 1: 5 hubs, 9 services, 5 forms, 1 survey"
    ]


def test_a_file_that_is_not_json_is_named_by_its_place_in_the_folder(
    sqlite_url: str, tmp_path: Path, capsys
) -> None:
    """QA (s35): a broken form file was named "library-card.json", not where it is."""
    assert run(capsys, sqlite_url, "migrate")[0] == 0
    folder = council_folder(tmp_path)
    (folder / "forms" / "callback.json").write_text('{"id": "callback", ', encoding="utf-8")
    assert refused(capsys, sqlite_url, folder).startswith("forms/callback.json: ")
