-- jishi event store (SQLite).  Documented in docs/store.md.
-- One row per input document, keyed by doc_id; its events; the actors of each
-- event (one row per actor and side); and one row per ingest run.

CREATE TABLE IF NOT EXISTS runs (
    run_id      INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,          -- UTC ISO 8601
    finished_at TEXT,                   -- NULL while running or after a kill
    version     TEXT NOT NULL,          -- coder version: package version + dictionary hash
    command     TEXT,
    status      TEXT NOT NULL DEFAULT 'running',  -- running | finished | error
    n_seen      INTEGER DEFAULT 0,
    n_coded     INTEGER DEFAULT 0,
    n_skipped   INTEGER DEFAULT 0,
    n_failed    INTEGER DEFAULT 0,
    n_events    INTEGER DEFAULT 0
);

CREATE TABLE IF NOT EXISTS documents (
    doc_id      TEXT PRIMARY KEY,       -- the input `id`, else the spec's text hash id
    date        TEXT,                   -- YYYY-MM-DD from the input
    title       TEXT,
    source_name TEXT,                   -- where it was read: file, or file:line
    text_hash   TEXT,                   -- SHA-256 of the input text (NULL if unreadable)
    n_chars     INTEGER,
    version     TEXT NOT NULL,          -- coder version that coded it
    status      TEXT NOT NULL CHECK (status IN ('coded', 'failed')),
    error       TEXT,                   -- why it failed
    n_events    INTEGER NOT NULL DEFAULT 0,
    meta_json   TEXT,                   -- the other input fields, as JSON
    run_id      INTEGER REFERENCES runs(run_id)
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_status ON documents(status);

CREATE TABLE IF NOT EXISTS events (
    event_id         TEXT PRIMARY KEY,  -- doc_id:sentence:n
    doc_id           TEXT NOT NULL REFERENCES documents(doc_id),
    sentence         INTEGER NOT NULL,
    n                INTEGER NOT NULL,
    date             TEXT,              -- the event date value (ISO 8601, may be 1999-03 or 1999-SP)
    date_precision   TEXT,
    year_month       TEXT,              -- YYYY-MM where the date has a month, else NULL
    cameo            TEXT NOT NULL,
    cameo_root       TEXT NOT NULL,
    quad_class       INTEGER NOT NULL,
    goldstein        REAL,
    plover_type      TEXT,
    plover_mode      TEXT,
    joint            INTEGER NOT NULL,  -- 0/1
    modality         TEXT NOT NULL,     -- asserted | future | hypothetical
    negated          INTEGER NOT NULL,  -- 0/1
    confidence       REAL,
    trigger          TEXT,
    evidence         TEXT,
    location_name    TEXT,
    location_country TEXT,
    source_codes     TEXT,              -- actor codes joined by ';' (CHNGOV;RUSGOV)
    target_codes     TEXT,
    record_json      TEXT NOT NULL      -- the exact spec record (Event.to_json()), for exact exports
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id, sentence, n);
CREATE INDEX IF NOT EXISTS events_month ON events(year_month);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);

CREATE TABLE IF NOT EXISTS event_actors (
    event_id  TEXT NOT NULL REFERENCES events(event_id),
    side      TEXT NOT NULL CHECK (side IN ('source', 'target')),
    position  INTEGER NOT NULL,         -- order within the side
    text      TEXT,
    name      TEXT,
    name_en   TEXT,
    kind      TEXT,
    country   TEXT,
    sector    TEXT,
    code      TEXT,
    role      TEXT,
    PRIMARY KEY (event_id, side, position)
);
CREATE INDEX IF NOT EXISTS event_actors_country ON event_actors(country, side);
CREATE INDEX IF NOT EXISTS event_actors_name ON event_actors(name);

-- Directed country dyads of each event, as the spec's scoring counts them:
-- every source country to every other target country (joint events both ways).
CREATE VIEW IF NOT EXISTS event_dyads AS
SELECT DISTINCT e.event_id, e.doc_id, e.date, e.year_month, e.cameo, e.cameo_root,
       e.quad_class, e.goldstein, e.plover_type, e.modality, e.negated,
       s.country AS source_country, t.country AS target_country
FROM events e
JOIN event_actors s ON s.event_id = e.event_id AND s.side = 'source'
JOIN event_actors t ON t.event_id = e.event_id AND t.side = 'target'
WHERE s.country IS NOT NULL AND t.country IS NOT NULL AND s.country <> t.country;
