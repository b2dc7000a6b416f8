-- Short lines seen in several captures from one site (menus, banners, taglines): a line that recurs
-- across a site's captures is its furniture, not a sentence of one story.
CREATE TABLE site_line (
    host      varchar(255)  NOT NULL,
    line      varchar(300)  NOT NULL,
    captures  integer       NOT NULL CHECK (captures > 0),
    PRIMARY KEY (host, line)
);
