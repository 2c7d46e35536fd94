"""Shipped content is valid, bad content is named precisely, and --self-test tells IT."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hubkiosk.core.content import ContentError, load_default_content
from hubkiosk.resources import resources_dir


def test_shipped_hubs_and_catalogue():
    content = load_default_content()
    ids = [hub.id for hub in content.hubs.hubs]
    assert ids == [
        "town-hall-whitechapel",
        "idea-store-bow",
        "idea-store-chrisp-street",
        "cubitt-town-library",
        "pdc-bethnal-green",
    ]
    assert content.hub("town-hall-whitechapel").appointment_only
    assert not any(content.hub(i).appointment_only for i in ids[1:])
    christmas = [c for c in content.hub("idea-store-bow").closures if c.start.year == 2023][0]
    assert (christmas.start.isoformat(), christmas.end.isoformat()) == (
        "2023-12-22T16:30:00",
        "2024-01-02T09:00:00",
    )
    services = {s.id for s in content.catalogue.services}
    assert {
        "housing",
        "council-tax",
        "benefits",
        "parking",
        "employment",
        "freedom-pass-blue-badge",
        "waste-recycling",
        "highways-street-cleansing",
        "other",
    } <= services
    assert [s.id for s in content.catalogue.top(3)] == ["housing", "council-tax", "parking"]


@pytest.fixture
def broken_resources(tmp_path):
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    path = copy / "data" / "catalogue.json"
    data = json.loads(path.read_text())
    data["services"][1]["prefix"] = "council"
    path.write_text(json.dumps(data))
    return copy


def test_an_invalid_file_names_the_file_the_entry_and_the_field(broken_resources):
    with pytest.raises(ContentError) as caught:
        load_default_content(broken_resources / "data")
    message = str(caught.value)
    assert "catalogue.json" in message
    assert "entry 'council-tax'" in message
    assert "field 'prefix'" in message


def test_a_rule_broken_across_the_file_is_said_in_its_own_words(tmp_path):
    """Two services with one prefix: the message is the rule's, without pydantic's "Value
    error," before it (QA s35: the kiosk's log and the IT screen quoted it)."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    path = copy / "data" / "catalogue.json"
    data = json.loads(path.read_text())
    data["services"][1]["prefix"] = data["services"][0]["prefix"]
    path.write_text(json.dumps(data))
    with pytest.raises(ContentError) as caught:
        load_default_content(copy / "data")
    message = str(caught.value)
    assert "service prefixes used twice" in message and "Value error" not in message, message


def run_self_test(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubkiosk", "--self-test", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_self_test_passes_and_prints_one_line(tmp_path):
    result = run_self_test("--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hubkiosk self-test OK")


def test_self_test_fails_clearly_when_the_data_dir_is_not_writable(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_self_test("--data-dir", str(blocker / "data"))
    assert result.returncode == 1
    assert result.stdout.strip().startswith("hubkiosk self-test FAILED")
    assert "not writable" in result.stdout


def test_self_test_fails_clearly_on_an_invalid_resource_file(tmp_path, broken_resources):
    result = run_self_test(
        "--data-dir", str(tmp_path / "d"), env={"HUBKIOSK_RESOURCES": str(broken_resources)}
    )
    assert result.returncode == 1
    assert "catalogue.json" in result.stdout and "prefix" in result.stdout


def test_data_dir_from_the_environment(tmp_path):
    result = run_self_test(env={"HUBKIOSK_DATA_DIR": str(tmp_path / "env-data")})
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "env-data" / "hubkiosk.sqlite3").exists()
    assert (Path(tmp_path) / "env-data" / "logs" / "hubkiosk.log").exists()


def test_config_file_from_the_environment(tmp_path):
    config = tmp_path / "kiosk.json"
    config.write_text(json.dumps({"hub_id": "no-such-hub", "data_dir": str(tmp_path / "d")}))
    result = run_self_test(env={"HUBKIOSK_CONFIG": str(config)})
    assert result.returncode == 1
    assert "no-such-hub" in result.stdout
