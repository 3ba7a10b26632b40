-- Human codes to validate the tool against (issue 11 section 4): a set is one coding exercise on units of one kind
-- (claim mentions, sentences or articles, as GET /api/validation/sample draws them), each unit coded by one or more
-- coders on one or more fields. The tool's values are not stored: the report reads them from the stored analysis,
-- so it always compares the humans with the analysis as it stands (and names the lexicon versions it read).
CREATE TABLE validation_sets (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text,
    description    text,
    unit_kind      text NOT NULL CHECK (unit_kind IN ('claim', 'sentence', 'article')),
    claims_lexicon text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- A unit's article is not a foreign key: deleting an article must not delete the coders' work. The report counts
-- the units whose article is gone (the tool has no value for them).
CREATE TABLE validation_units (
    set_id       bigint NOT NULL REFERENCES validation_sets (id) ON DELETE CASCADE,
    unit         text NOT NULL,
    ordinal      integer NOT NULL,
    article_id   bigint NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    PRIMARY KEY (set_id, unit),
    CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

-- One value per unit, coder and field; ordinal keeps the order the codes were sent in.
CREATE TABLE validation_codes (
    set_id  bigint NOT NULL,
    unit    text NOT NULL,
    coder   text NOT NULL,
    field   text NOT NULL,
    value   text NOT NULL,
    ordinal integer NOT NULL,
    PRIMARY KEY (set_id, unit, coder, field),
    FOREIGN KEY (set_id, unit) REFERENCES validation_units (set_id, unit) ON DELETE CASCADE
);
