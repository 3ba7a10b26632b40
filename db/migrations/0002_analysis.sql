-- Lexicons with immutable versions, per-article scores and evidence, re-scoring jobs (DESIGN.md sections 3 and 4).

CREATE TABLE lexicons (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    kind        text NOT NULL,
    description text NOT NULL DEFAULT '',
    builtin     boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- A version is never changed: a new definition is a new row. Scores and evidence name the version that made them.
CREATE TABLE lexicon_versions (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lexicon_id     bigint NOT NULL REFERENCES lexicons (id) ON DELETE CASCADE,
    version        integer NOT NULL,
    content_hash   text NOT NULL,
    definition     jsonb NOT NULL,
    entry_count    integer NOT NULL,
    category_count integer NOT NULL,
    origin         text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'builtin')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (lexicon_id, version)
);

-- Word counts by voice, the denominators of every rate.
CREATE TABLE article_stats (
    article_id          bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    words_outlet        integer NOT NULL,
    words_quotation     integer NOT NULL,
    words_comments      integer NOT NULL,
    sentences_outlet    integer NOT NULL,
    sentences_quotation integer NOT NULL,
    sentences_comments  integer NOT NULL
);

-- Per article, lexicon version, category and voice scope (outlet, quotation, comments, article = outlet + quotation).
CREATE TABLE article_scores (
    article_id         bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lexicon_version_id bigint NOT NULL REFERENCES lexicon_versions (id) ON DELETE CASCADE,
    category           text NOT NULL,
    voice              text NOT NULL,
    hits               integer NOT NULL,
    weighted_hits      double precision NOT NULL,
    per_1000_words     double precision NOT NULL,
    sentence_share     double precision NOT NULL,
    emphasis           double precision NOT NULL,
    first_mention      double precision,
    covered            boolean NOT NULL,
    PRIMARY KEY (article_id, lexicon_version_id, category, voice)
);
CREATE INDEX article_scores_version_idx ON article_scores (lexicon_version_id, category);

-- Every hit, with its span in articles.text; claim and attribution details where the scorer adds them.
CREATE TABLE evidence (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id         bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lexicon_version_id bigint NOT NULL REFERENCES lexicon_versions (id) ON DELETE CASCADE,
    category           text NOT NULL,
    term               text NOT NULL,
    matched            text NOT NULL,
    start_offset       integer NOT NULL,
    end_offset         integer NOT NULL,
    sentence           integer NOT NULL,
    voice              text NOT NULL,
    segment            text NOT NULL,
    target             text,
    actor              text,
    framing            text,
    marker             text,
    marker_start       integer,
    marker_end         integer,
    attribution        text,
    CHECK (start_offset >= 0 AND end_offset > start_offset)
);
CREATE INDEX evidence_article_idx ON evidence (article_id, lexicon_version_id);
CREATE INDEX evidence_version_idx ON evidence (lexicon_version_id, category);

-- Background re-scoring after a new lexicon version; claimed with FOR UPDATE SKIP LOCKED by any number of workers.
CREATE TABLE analysis_jobs (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lexicon_version_id bigint NOT NULL REFERENCES lexicon_versions (id) ON DELETE CASCADE,
    status             text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'superseded')),
    total              integer NOT NULL DEFAULT 0,
    done               integer NOT NULL DEFAULT 0,
    last_article_id    bigint NOT NULL DEFAULT 0,
    error              text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    started_at         timestamptz,
    heartbeat_at       timestamptz,
    finished_at        timestamptz
);
CREATE INDEX analysis_jobs_pending_idx ON analysis_jobs (created_at) WHERE status IN ('queued', 'running');
