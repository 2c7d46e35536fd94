"""Schemathesis against the live server (SQLite and PostgreSQL): every operation of the
OpenAPI document, called as an enrolled kiosk with generated data, valid and invalid,
answers without a 5xx and as its schema says. Bounded and derandomised, so it runs in
seconds and fails the same way every time."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

from tests.sync.conftest import REPORT_KEY, Central

# The server's SQL is what these check: on SQLite and PostgreSQL both.
pytestmark = pytest.mark.both_databases

#: Examples per operation and generation mode (positive, negative).
EXAMPLES = 12
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.mark.long
def test_no_operation_answers_5xx_or_off_schema(central: Central) -> None:
    token = central.enrol()
    headers = central.headers(token)
    # The report key as a query parameter: the reports' own parameters get explored too.
    query = {"key": REPORT_KEY}
    schema = schemathesis.openapi.from_url(f"{central.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/push", "/v1/enrol", "/queue", "/health"}
    strategies = [
        operation.as_strategy(generation_mode=mode, headers=headers, query=query)
        for operation in operations
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)
    ]
    called: list[str] = []

    @settings(
        max_examples=EXAMPLES * len(strategies),
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=st.one_of(strategies))
    def check(case: Any) -> None:
        called.append(case.operation.label)
        case.call_and_validate(base_url=central.url, headers=headers, checks=CHECKS)

    check()

    assert {op.label for op in operations} <= set(called)
