-- Sources, stories, articles and their segments (DESIGN.md section 3).

CREATE TABLE sources (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    name        text NOT NULL,
    homepage    text,
    country     text,
    kind        text NOT NULL DEFAULT 'unknown',
    description text,
    labels      text[] NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stories (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    title       text NOT NULL,
    description text,
    event_date  date,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id    bigint REFERENCES sources (id),
    story_id     bigint REFERENCES stories (id),
    url          text,
    title        text,
    author       text,
    published_at timestamptz,
    content_type text NOT NULL CHECK (content_type IN ('text', 'html')),
    raw          text NOT NULL,
    text         text NOT NULL,
    content_hash bytea NOT NULL,
    word_count   integer NOT NULL,
    language     text NOT NULL DEFAULT 'en',
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Idempotent ingestion: one article per url, and one per extracted text and source.
CREATE UNIQUE INDEX articles_url_key ON articles (url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX articles_source_hash_key ON articles (COALESCE(source_id, 0), content_hash);
CREATE INDEX articles_story_idx ON articles (story_id, published_at);
CREATE INDEX articles_source_idx ON articles (source_id, published_at);
CREATE INDEX articles_published_idx ON articles (published_at, id);

CREATE TABLE segments (
    article_id   bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    kind         text NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    PRIMARY KEY (article_id, ordinal),
    CHECK (start_offset >= 0 AND end_offset >= start_offset)
);
