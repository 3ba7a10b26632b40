-- Every write that can change a comparison sends a notification when its transaction commits (NOTIFY is
-- transactional, and repeated payloads within one transaction are sent once). API instances LISTEN and drop their
-- cached comparisons, so a cached comparison is served without asking the database whether it is still current.

CREATE FUNCTION notify_framing_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('framing_changes', TG_TABLE_NAME);
    RETURN NULL;
END $$;

CREATE TRIGGER articles_changed AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION notify_framing_change();
CREATE TRIGGER article_scores_changed AFTER INSERT OR UPDATE OR DELETE ON article_scores
    FOR EACH STATEMENT EXECUTE FUNCTION notify_framing_change();
CREATE TRIGGER evidence_changed AFTER INSERT OR UPDATE OR DELETE ON evidence
    FOR EACH STATEMENT EXECUTE FUNCTION notify_framing_change();
CREATE TRIGGER lexicon_versions_changed AFTER INSERT OR UPDATE OR DELETE ON lexicon_versions
    FOR EACH STATEMENT EXECUTE FUNCTION notify_framing_change();
CREATE TRIGGER sources_changed AFTER INSERT OR UPDATE OR DELETE ON sources
    FOR EACH STATEMENT EXECUTE FUNCTION notify_framing_change();
CREATE TRIGGER stories_changed AFTER INSERT OR UPDATE OR DELETE ON stories
    FOR EACH STATEMENT EXECUTE FUNCTION notify_framing_change();
