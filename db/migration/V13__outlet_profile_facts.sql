-- Facts about an outlet's standing, entered by the admin (/admin/outlets) with where they come from.
-- NULL state_owned means the archive does not know.
ALTER TABLE outlet ADD COLUMN state_owned boolean;
ALTER TABLE outlet ADD COLUMN profile_source varchar(500);
ALTER TABLE outlet ADD CONSTRAINT outlet_state_owned_has_source
    CHECK (state_owned IS NULL OR profile_source IS NOT NULL);

UPDATE outlet SET state_owned = true,
    profile_source = 'Owned by Rossiya Segodnya, the Russian state''s international news agency: https://en.wikipedia.org/wiki/Sputnik_(news_agency)'
WHERE slug = 'sputnik';
