"""The web API: article coding, uploads, limits, the corpus views, and a fuzz walk of the OpenAPI schema."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from jishi.pipeline import Pipeline  # noqa: E402
from jishi.web.app import create_app  # noqa: E402

# Made-up sentences in the style of the wires (no text from the corpora).
CORPUS = [
    {"id": "w1", "date": "2019-03-05", "text": "新华社北京3月5日电 国家主席习近平5日在北京会见来访的俄罗斯总统普京。两国元首举行会谈。"},
    {"id": "w2", "date": "2019-05-10", "text": "新华社华盛顿5月10日电 美国政府宣布对中国商品加征关税。中方对此表示强烈不满，外交部发言人谴责美方的做法。"},
    {"id": "w3", "date": "2019-07-02", "text": "新华社东京7月2日电 日本首相安倍晋三2日同中国总理李克强通电话。中国和日本签署合作协议。"},
]
MEETING = "国家主席习近平5日在北京会见来访的俄罗斯总统普京。"


def build_store(path) -> str:
    """A small event database made with the store's own ingest."""
    from jishi.store import Store, ingest
    source = path / "corpus.jsonl"
    source.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in CORPUS), encoding="utf-8")
    db = path / "events.sqlite"
    with Store(str(db)) as store:
        ingest([str(source)], store)
    return str(db)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("store"))


@pytest.fixture(scope="module")
def client(pipeline, db_path):
    return TestClient(create_app(db_path, pipeline=pipeline))


@pytest.fixture(scope="module")
def bare_client(pipeline):
    return TestClient(create_app(None, pipeline=pipeline))


def test_web_code_returns_events_with_spans(client):
    view = client.post("/api/code", json={"text": MEETING, "date": "2019-03-05"}).json()
    assert [(e["record"]["cameo"], e["cameo_name"]) for e in view["events"]] == [("043", "Host a visit")]
    start, end = view["events"][0]["trigger_span"]
    assert view["text"][start:end] == view["events"][0]["record"]["trigger"]
    assert {a["text"]: a["codes"] for a in view["actors"]}["俄罗斯总统普京"] == ["RUSGOV"]


def test_web_code_keeps_markup_as_text(client):
    text = "<script>alert(1)</script>" + MEETING
    view = client.post("/api/code", json={"text": text}).json()
    assert view["text"].startswith("<script>alert(1)</script>")


@pytest.mark.parametrize("body, field", [
    ({"text": ""}, "text"),
    ({"text": MEETING, "date": "5 March 2019"}, "date"),
    ({"date": "2019-03-05"}, "text"),
])
def test_web_code_rejects_bad_requests(client, body, field):
    response = client.post("/api/code", json=body)
    assert response.status_code == 422
    assert response.json()["detail"].startswith("invalid request: ") and field in response.json()["detail"]


@pytest.mark.parametrize("data, status, message", [
    (bytes(range(256)) * 8, 400, "binary file"),
    (b"   ", 400, "empty document"),
    ("中国和日本签署合作协议。".encode("gb18030"), 200, None),
])
def test_web_upload_decodes_or_explains(client, data, status, message):
    response = client.post("/api/code/upload", files={"file": ("doc.txt", data)}, data={"date": "2019-07-02"})
    assert response.status_code == status
    if message:
        assert message in response.json()["detail"] and "doc.txt" in response.json()["detail"]
    else:
        assert [e["record"]["cameo"] for e in response.json()["events"]] == ["057"]


def test_web_limit_declared_body_gets_413(client):
    body = json.dumps({"text": "中" * 1_000_000}).encode()  # 3 MB of UTF-8
    response = client.post("/api/code", content=body, headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["detail"]) == (413, "request too large: the limit is 2 MB")


def test_web_limit_chunked_body_gets_413(client):
    def chunks():
        yield b'{"text": "'
        for _ in range(25):
            yield b"a" * 100_000
        yield b'"}'
    response = client.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_web_page_has_security_headers(client):
    response = client.get("/")
    assert response.status_code == 200 and "纪事" in response.text
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'self' covers it
    assert response.headers["content-security-policy"].startswith("default-src 'self'")
    assert response.headers["x-content-type-options"] == "nosniff"


def test_web_corpus_needs_a_database(bare_client):
    response = bare_client.get("/api/corpus/timeline")
    assert response.status_code == 404 and "--db" in response.json()["detail"]
    assert bare_client.get("/api/info").json()["database"] is False


def test_web_corpus_timeline_counts_months_by_quad(client):
    months = client.get("/api/corpus/timeline").json()["months"]
    assert [m["month"] for m in months] == ["2019-03", "2019-04", "2019-05", "2019-06", "2019-07"]
    assert months[1]["counts"] == [0, 0, 0, 0, 0]
    assert sum(m["counts"][3] + m["counts"][4] for m in months) >= 1  # the condemnation in May


def test_web_corpus_network_counts_each_event_once(client):
    network = client.get("/api/corpus/network").json()
    edges = {(e["source"], e["target"]): e for e in network["edges"]}
    assert edges[("CHN", "JPN")]["events"] == 2  # the phone call and the signing, joint: once each
    assert edges[("CHN", "USA")]["conflictual"] >= 1
    assert {n["id"] for n in network["nodes"]} == {"CHN", "JPN", "RUS", "USA"}


def all_records(db_path) -> list[dict]:
    import sqlite3
    return [json.loads(r[0]) for r in sqlite3.connect(db_path).execute("SELECT record_json FROM events")]


def countries(actors, ) -> set:
    return {a["country"] for a in actors}


# Each filter, and the same test written in Python over the stored records.
@pytest.mark.parametrize("params, keep", [
    ({}, lambda r: True),
    ({"source": "chn", "root": "04"}, lambda r: "CHN" in countries(r["source"]) and r["cameo_root"] == "04"),
    ({"actor": "普京"}, lambda r: any(a["name"] == "普京" for a in r["source"] + r["target"])),
    ({"start": "2019-04-01", "end": "2019-06-30"}, lambda r: "2019-04-01" <= (r["date"]["value"] or "")[:10] <= "2019-06-30"),
    ({"modality": "future"}, lambda r: r["modality"] == "future"),
    ({"target": "USA"}, lambda r: "USA" in countries(r["target"])),
    ({"actor": "x' OR '1'='1"}, lambda r: False),
])
def test_web_corpus_events_filter(client, db_path, params, keep):
    expected = sorted(r["event_id"] for r in all_records(db_path) if keep(r))
    data = client.get("/api/corpus/events", params=params).json()
    assert data["total"] == len(expected)
    assert sorted(row["record"]["event_id"] for row in data["events"]) == expected


def test_web_corpus_fixture_has_the_expected_dyads(db_path):
    keys = {(s["country"], t["country"], r["cameo"]) for r in all_records(db_path)
            for s in r["source"] for t in r["target"] if s["country"] != t["country"]}
    assert {("CHN", "RUS", "043"), ("CHN", "USA", "111")} <= keys


def test_web_corpus_events_carry_sentences(client):
    row = client.get("/api/corpus/events", params={"actor": "普京"}).json()["events"][0]
    assert (row["record"]["cameo"], row["cameo_name"]) == ("043", "Host a visit")
    assert "会见" in row["record"]["evidence"]


def test_web_corpus_database_is_opened_read_only(client, db_path):
    import sqlite3
    before = sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM events").fetchone()[0]
    client.get("/api/corpus/events", params={"actor": "'); DROP TABLE events; --"})
    assert sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM events").fetchone()[0] == before


# ---- fuzz: every path of the OpenAPI schema, generated inputs, never a 5xx ----

def walk_schema(client, rounds: int = 25) -> list[str]:
    """Hand-written fuzz: call every operation with generated values for each parameter and body field."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    schema = client.get("/openapi.json").json()
    junk = st.one_of(st.text(max_size=40), st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),
                     st.integers(-5, 1_000_000).map(str), st.sampled_from(["CHN", "04", "future", "普京", "<b>"]))
    errors: list[str] = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            names = [p["name"] for p in op.get("parameters", [])]

            @settings(max_examples=rounds, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            @given(values=st.fixed_dictionaries({}, optional={n: junk for n in names}), text=st.text(max_size=200),
                   date=st.one_of(st.none(), junk), blob=st.binary(max_size=300))
            def call(values, text, date, blob):
                if path == "/api/code":
                    response = client.post(path, json={"text": text, "date": date})
                elif path == "/api/code/upload":
                    response = client.post(path, files={"file": ("f.txt", blob)}, data={"date": date} if date else {})
                else:
                    response = client.request(method.upper(), path, params=values)
                if response.status_code >= 500:
                    errors.append(f"{method.upper()} {path} {values or text!r}: {response.status_code}")
            call()
    return errors


def test_web_openapi_walk_has_no_server_error(client):
    assert walk_schema(client) == []


def test_web_schemathesis_no_server_error(client):
    """schemathesis (when installed) generates cases from the OpenAPI schema; none may get a 5xx."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    errors, calls = [], []
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def call(case):
            response = case.call()
            calls.append(operation.path)
            if response.status_code >= 500:
                errors.append(f"{case.method} {case.path}: {response.status_code} {response.text[:200]}")
        call()
    assert errors == []
    assert {"/api/code", "/api/code/upload", "/api/corpus/events"} <= set(calls)


@pytest.mark.parametrize("argv, host, port, db", [
    (["serve"], "127.0.0.1", 8000, None),
    (["serve", "--db", "events.sqlite", "--port", "9000"], "127.0.0.1", 9000, "events.sqlite"),
])
def test_web_cli_serve_binds_locally_by_default(argv, host, port, db):
    from jishi.cli import build_parser
    args = build_parser().parse_args(argv)
    assert (args.host, args.port, args.db) == (host, port, db)


def test_web_cli_serve_refuses_missing_database(tmp_path, capsys):
    from jishi.cli import main
    assert main(["serve", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "no such database file" in capsys.readouterr().err
