"""The API's documentation (``/docs``, ``/redoc``) with no internet: assets served here.

FastAPI's own pages load Swagger UI and ReDoc from a CDN, so on a council network without
internet access ``/docs`` is blank. :func:`install` replaces them with the same pages whose
scripts, styles and icon come from ``/docs-assets`` on this server (the files fastapi-offline
ships: Swagger UI 5, which reads OpenAPI 3.1, and ReDoc).
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import FastAPI, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS_URL = "/docs-assets"


def assets_dir() -> str:
    return str(files("fastapi_offline") / "static")


def install(app: FastAPI) -> None:
    """Serve ``/docs`` and ``/redoc`` from local assets instead of FastAPI's CDN pages.

    Without the assets (the kiosk's bundle leaves them out: its ``--demo`` server needs no
    API docs) there are no doc pages at all, rather than blank ones."""
    replaced = {"/docs", "/redoc", app.swagger_ui_oauth2_redirect_url}
    app.router.routes[:] = [
        route for route in app.router.routes if getattr(route, "path", None) not in replaced
    ]
    try:
        directory = assets_dir()
    except ModuleNotFoundError:
        return
    app.mount(ASSETS_URL, StaticFiles(directory=directory), name="docs-assets")
    openapi_url = app.openapi_url or "/openapi.json"
    oauth2_redirect = app.swagger_ui_oauth2_redirect_url or "/docs/oauth2-redirect"

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(
            openapi_url=f"{root}{openapi_url}",
            title=f"{app.title}: API",
            oauth2_redirect_url=f"{root}{oauth2_redirect}",
            swagger_js_url=f"{root}{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
            swagger_ui_parameters=app.swagger_ui_parameters,
        )

    @app.get(oauth2_redirect, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_redoc_html(
            openapi_url=f"{root}{openapi_url}",
            title=f"{app.title}: API",
            redoc_js_url=f"{root}{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
            with_google_fonts=False,
        )
