"""``GET /health``: the load balancer's question, answered from the database itself."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import text

from sync.protocol import PROTOCOL_VERSION
from sync.server.deps import DatabaseDep, SessionDep

router = APIRouter(tags=["health"])


@router.get("/health")
def health(session: SessionDep, database: DatabaseDep) -> dict[str, Any]:
    session.execute(text("SELECT 1"))
    return {"status": "ok", "protocol_version": PROTOCOL_VERSION, "database": database.dialect}
