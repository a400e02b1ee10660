"""The FastAPI app behind `jishi serve`: article view, corpus view, JSON API.

Build it with `create_app(db_path)`; it owns one `Pipeline` (built once, ~0.5 s).
Every page view is also JSON under `/api/…`, described by `/openapi.json`.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Annotated, Iterator, Optional

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from jishi import __version__
from jishi.errors import JishiError
from jishi.normalise.encoding import decode_bytes
from jishi.pipeline import Pipeline
from jishi.web import corpus
from jishi.web.article import article_view
from jishi.web.limits import BodySizeLimit, SECURITY_HEADERS

STATIC = Path(__file__).parent / "static"
DEFAULT_MAX_BYTES = 2_000_000
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, description="The article, plain text")
    date: Optional[str] = Field(None, pattern=DATE_PATTERN, description="The document's date, YYYY-MM-DD")


class ActorSpan(BaseModel):
    start: int
    end: int
    text: str
    via: str
    name: str
    kind: str
    codes: list[str]
    names: list[str]


class EventCard(BaseModel):
    index: int
    cameo_name: Optional[str]
    quad_name: Optional[str]
    trigger_span: list[int]
    record: dict = Field(description="The event record of the spec, as `jishi code` writes it")


class ArticleView(BaseModel):
    doc_id: str
    date: Optional[str]
    anchor_date: Optional[str]
    text: str = Field(description="Normalised text; every span is an offset into it")
    sentences: list[list[int]]
    actors: list[ActorSpan]
    events: list[EventCard]


class Filters(BaseModel):
    start: Optional[str] = Field(None, pattern=DATE_PATTERN)
    end: Optional[str] = Field(None, pattern=DATE_PATTERN)
    source: Optional[str] = Field(None, max_length=8, description="Source country, e.g. CHN")
    target: Optional[str] = Field(None, max_length=8, description="Target country, e.g. USA")
    actor: Optional[str] = Field(None, max_length=100, description="Actor name (any side), e.g. 江泽民")
    root: Optional[str] = Field(None, pattern=r"^\d{2}$", description="CAMEO root, e.g. 04")
    modality: Optional[str] = Field(None, pattern=r"^(asserted|future|hypothetical)$")


def open_db(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection per request, or 404 when no database is attached."""
    path = request.app.state.db_path
    if not path:
        raise HTTPException(404, "no database attached: start the server with `jishi serve --db events.sqlite`")
    with closing(_connect(path)) as conn:
        yield conn


Db = Annotated[sqlite3.Connection, Depends(open_db)]
Filt = Annotated[Filters, Query()]


def create_app(db_path: Optional[str] = None, pipeline: Optional[Pipeline] = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> FastAPI:
    """The app; `db_path` (a jishi SQLite store) enables the corpus view."""
    app = FastAPI(title="jishi 纪事", version=__version__,
                  description="Code Chinese political news into events; browse a coded corpus.",
                  docs_url=None, redoc_url=None)  # their pages need a CDN
    app.state.pipeline = pipeline or Pipeline()
    app.state.db_path = str(db_path) if db_path else None
    app.add_middleware(BodySizeLimit, max_bytes=max_bytes)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        # One readable line first, the details after (the page shows `detail`).
        parts = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}" for e in exc.errors()]
        return JSONResponse({"detail": "invalid request: " + "; ".join(parts),
                             "errors": json.loads(json.dumps(exc.errors(), default=str))}, status_code=422)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    def code_text(text: str, date: Optional[str]) -> dict:
        try:
            doc = app.state.pipeline.code_document(text, date=date)
        except JishiError as err:
            raise HTTPException(400, str(err)) from None
        except Exception as err:  # a coder bug: say so on the page instead of a bare 500
            raise HTTPException(500, f"coding failed ({type(err).__name__}: {err})") from err
        return article_view(doc)

    @app.post("/api/code", response_model=ArticleView, tags=["article"],
              summary="Code one article given as text")
    def code(request: CodeRequest):
        return code_text(request.text, request.date)

    @app.post("/api/code/upload", response_model=ArticleView, tags=["article"],
              summary="Code one uploaded article file (any common Chinese encoding)",
              responses={400: {"description": "The file is not a readable text document"}})
    async def upload(file: Annotated[UploadFile, File()],
                     date: Annotated[Optional[str], Form(pattern=DATE_PATTERN)] = None):
        data = await file.read()
        try:
            text = decode_bytes(data, file.filename or "upload")
        except JishiError as err:
            raise HTTPException(400, f"cannot read the uploaded file: {err}") from None
        return code_text(text, date or None)

    @app.get("/api/info", tags=["corpus"], summary="Version and whether a database is attached")
    def info():
        out = {"version": __version__, "database": bool(app.state.db_path)}
        if app.state.db_path:
            with closing(_connect(app.state.db_path)) as conn:
                out.update(corpus.summary(conn))
        return out

    @app.get("/api/corpus/timeline", tags=["corpus"], summary="Monthly event counts by QuadClass")
    def timeline(conn: Db, filters: Filt):
        return {"months": corpus.timeline(conn, filters.model_dump())}

    @app.get("/api/corpus/network", tags=["corpus"], summary="Countries weighted by events between them")
    def network(conn: Db, filters: Filt,
                limit: Annotated[int, Query(ge=1, le=500)] = 24):
        return corpus.network(conn, filters.model_dump(), limit)

    @app.get("/api/corpus/events", tags=["corpus"], summary="Events with their sentences, newest first")
    def events(conn: Db, filters: Filt,
               limit: Annotated[int, Query(ge=1, le=500)] = 50,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
        return corpus.events(conn, filters.model_dump(), limit, offset)

    return app


def _connect(path: str) -> sqlite3.Connection:
    """Read-only: the web page never writes the store."""
    try:
        # One request uses it, but FastAPI may open and use it in different worker threads.
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as err:
        raise HTTPException(503, f"cannot open the database {path}: {err}") from None
    conn.row_factory = sqlite3.Row
    return conn
