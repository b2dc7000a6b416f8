-- Actors the name recogniser found in imported articles wait for review as DETECTED, with the rule
-- and words that found them and how sure it was; accepting makes them KNOWN like the curated ones.
ALTER TABLE actor ADD COLUMN status varchar(20) NOT NULL DEFAULT 'KNOWN' CHECK (status IN ('KNOWN', 'DETECTED'));
ALTER TABLE actor ADD COLUMN evidence text;
ALTER TABLE actor ADD COLUMN confidence double precision CHECK (confidence BETWEEN 0 AND 1);
-- The spelling-independent key (NameKey) of a detected actor's name, so that a variant never makes a second one.
ALTER TABLE actor ADD COLUMN name_key varchar(200) UNIQUE;
CREATE INDEX actor_status_idx ON actor (status);

-- Names an editor rejected: never created or tagged again, whatever the spelling.
CREATE TABLE rejected_name (
    name_key     varchar(200) PRIMARY KEY,
    name         varchar(200) NOT NULL,
    rejected_at  timestamptz  NOT NULL DEFAULT now()
);

-- The review list of recurring capitalised names is replaced by the detected actors.
DROP TABLE name_candidate;

-- Agencies and media that coverage cites, beyond those of the seed articles.
INSERT INTO outlet (slug, name, kind, domain, homepage_url, country, language, description) VALUES
    ('tass', 'TASS', 'NEWS_AGENCY', 'tass.com', 'https://tass.com', 'RU', 'ru', 'Russian state news agency.'),
    ('ria-novosti', 'RIA Novosti', 'NEWS_AGENCY', 'ria.ru', 'https://ria.ru', 'RU', 'ru', 'Russian state news agency.'),
    ('interfax-ukraine', 'Interfax-Ukraine', 'NEWS_AGENCY', 'interfax.com.ua', 'https://interfax.com.ua', 'UA', 'uk', 'Ukrainian news agency.'),
    ('ukrinform', 'Ukrinform', 'NEWS_AGENCY', 'ukrinform.net', 'https://www.ukrinform.net', 'UA', 'uk', 'Ukrainian state news agency.'),
    ('unian', 'UNIAN', 'NEWS_AGENCY', 'unian.info', 'https://www.unian.info', 'UA', 'uk', 'Ukrainian news agency.'),
    ('ukrainian-news-agency', 'Ukrainian News Agency', 'NEWS_AGENCY', 'ukranews.com', 'https://ukranews.com', 'UA', 'uk', 'Ukrainian news agency.'),
    ('ansa', 'ANSA', 'NEWS_AGENCY', 'ansa.it', 'https://www.ansa.it', 'IT', 'it', 'Italian news agency.'),
    ('efe', 'EFE', 'NEWS_AGENCY', 'efe.com', 'https://efe.com', 'ES', 'es', 'Spanish news agency.'),
    ('europa-press', 'Europa Press', 'NEWS_AGENCY', 'europapress.es', 'https://www.europapress.es', 'ES', 'es', 'Spanish news agency.'),
    ('xinhua', 'Xinhua', 'NEWS_AGENCY', 'xinhuanet.com', 'http://www.xinhuanet.com', 'CN', 'zh', 'Chinese state news agency.'),
    ('anadolu', 'Anadolu Agency', 'NEWS_AGENCY', 'aa.com.tr', 'https://www.aa.com.tr', 'TR', 'tr', 'Turkish state news agency.'),
    ('pap', 'Polish Press Agency', 'NEWS_AGENCY', 'pap.pl', 'https://www.pap.pl', 'PL', 'pl', 'Polish news agency.'),
    ('kyodo', 'Kyodo News', 'NEWS_AGENCY', 'kyodonews.net', 'https://english.kyodonews.net', 'JP', 'ja', 'Japanese news agency.'),
    ('yonhap', 'Yonhap', 'NEWS_AGENCY', 'yna.co.kr', 'https://en.yna.co.kr', 'KR', 'ko', 'South Korean news agency.'),
    ('bloomberg', 'Bloomberg', 'PUBLISHER', 'bloomberg.com', 'https://www.bloomberg.com', 'US', 'en', 'US financial news service.'),
    ('bbc', 'BBC', 'PUBLISHER', 'bbc.com', 'https://www.bbc.com', 'GB', 'en', 'British public broadcaster.'),
    ('sky-news', 'Sky News', 'PUBLISHER', 'news.sky.com', 'https://news.sky.com', 'GB', 'en', 'British news broadcaster.'),
    ('the-guardian', 'The Guardian', 'PUBLISHER', 'theguardian.com', 'https://www.theguardian.com', 'GB', 'en', 'British daily newspaper.'),
    ('financial-times', 'Financial Times', 'PUBLISHER', 'ft.com', 'https://www.ft.com', 'GB', 'en', 'British daily newspaper.'),
    ('the-times', 'The Times', 'PUBLISHER', 'thetimes.co.uk', 'https://www.thetimes.co.uk', 'GB', 'en', 'British daily newspaper.'),
    ('new-york-times', 'The New York Times', 'PUBLISHER', 'nytimes.com', 'https://www.nytimes.com', 'US', 'en', 'US daily newspaper.'),
    ('wall-street-journal', 'The Wall Street Journal', 'PUBLISHER', 'wsj.com', 'https://www.wsj.com', 'US', 'en', 'US daily newspaper.'),
    ('politico', 'Politico', 'PUBLISHER', 'politico.com', 'https://www.politico.com', 'US', 'en', 'US political news outlet.'),
    ('axios', 'Axios', 'PUBLISHER', 'axios.com', 'https://www.axios.com', 'US', 'en', 'US news site.'),
    ('nbc-news', 'NBC News', 'PUBLISHER', 'nbcnews.com', 'https://www.nbcnews.com', 'US', 'en', 'US broadcaster''s news division.'),
    ('cbs-news', 'CBS News', 'PUBLISHER', 'cbsnews.com', 'https://www.cbsnews.com', 'US', 'en', 'US broadcaster''s news division.'),
    ('abc-news', 'ABC News', 'PUBLISHER', 'abcnews.go.com', 'https://abcnews.go.com', 'US', 'en', 'US broadcaster''s news division.'),
    ('fox-news', 'Fox News', 'PUBLISHER', 'foxnews.com', 'https://www.foxnews.com', 'US', 'en', 'US cable news broadcaster.'),
    ('cnbc', 'CNBC', 'PUBLISHER', 'cnbc.com', 'https://www.cnbc.com', 'US', 'en', 'US business news broadcaster.'),
    ('voice-of-america', 'Voice of America', 'PUBLISHER', 'voanews.com', 'https://www.voanews.com', 'US', 'en', 'US state-funded broadcaster.'),
    ('rferl', 'Radio Free Europe/Radio Liberty', 'PUBLISHER', 'rferl.org', 'https://www.rferl.org', 'US', 'en', 'US state-funded broadcaster.'),
    ('rt', 'RT', 'PUBLISHER', 'rt.com', 'https://www.rt.com', 'RU', 'en', 'Russian state-funded broadcaster.'),
    ('kommersant', 'Kommersant', 'PUBLISHER', 'kommersant.ru', 'https://www.kommersant.ru', 'RU', 'ru', 'Russian daily newspaper.'),
    ('izvestia', 'Izvestia', 'PUBLISHER', 'iz.ru', 'https://iz.ru', 'RU', 'ru', 'Russian daily newspaper.'),
    ('moscow-times', 'The Moscow Times', 'PUBLISHER', 'themoscowtimes.com', 'https://www.themoscowtimes.com', 'NL', 'en', 'Independent English-language news site about Russia.'),
    ('kyiv-independent', 'The Kyiv Independent', 'PUBLISHER', 'kyivindependent.com', 'https://kyivindependent.com', 'UA', 'en', 'Ukrainian English-language news site.'),
    ('kyiv-post', 'Kyiv Post', 'PUBLISHER', 'kyivpost.com', 'https://www.kyivpost.com', 'UA', 'en', 'Ukrainian English-language newspaper.'),
    ('der-spiegel', 'Der Spiegel', 'PUBLISHER', 'spiegel.de', 'https://www.spiegel.de', 'DE', 'de', 'German news magazine.'),
    ('deutsche-welle', 'Deutsche Welle', 'PUBLISHER', 'dw.com', 'https://www.dw.com', 'DE', 'de', 'German international broadcaster.'),
    ('bild', 'Bild', 'PUBLISHER', 'bild.de', 'https://www.bild.de', 'DE', 'de', 'German daily newspaper.'),
    ('le-monde', 'Le Monde', 'PUBLISHER', 'lemonde.fr', 'https://www.lemonde.fr', 'FR', 'fr', 'French daily newspaper.'),
    ('le-figaro', 'Le Figaro', 'PUBLISHER', 'lefigaro.fr', 'https://www.lefigaro.fr', 'FR', 'fr', 'French daily newspaper.'),
    ('france-24', 'France 24', 'PUBLISHER', 'france24.com', 'https://www.france24.com', 'FR', 'fr', 'French international broadcaster.'),
    ('euronews', 'Euronews', 'PUBLISHER', 'euronews.com', 'https://www.euronews.com', 'FR', 'en', 'European news broadcaster.'),
    ('al-jazeera', 'Al Jazeera', 'PUBLISHER', 'aljazeera.com', 'https://www.aljazeera.com', 'QA', 'en', 'Qatari broadcaster.'),
    ('el-mundo', 'El Mundo', 'PUBLISHER', 'elmundo.es', 'https://www.elmundo.es', 'ES', 'es', 'Spanish daily newspaper.'),
    ('christian-science-monitor', 'The Christian Science Monitor', 'PUBLISHER', 'csmonitor.com', 'https://www.csmonitor.com', 'US', 'en', 'US news outlet.');

INSERT INTO outlet_alias (outlet_id, alias)
SELECT o.id, a.alias FROM outlet o JOIN (VALUES
    ('tass', 'TASS'), ('tass', 'Tass'), ('ria-novosti', 'RIA Novosti'), ('ria-novosti', 'Ria Novosti'), ('ria-novosti', 'RIA'),
    ('interfax-ukraine', 'Interfax-Ukraine'), ('ukrinform', 'Ukrinform'), ('unian', 'UNIAN'),
    ('ukrainian-news-agency', 'Ukrainian News Agency'), ('ansa', 'ANSA'), ('efe', 'EFE'), ('europa-press', 'Europa Press'),
    ('xinhua', 'Xinhua'), ('anadolu', 'Anadolu Agency'), ('anadolu', 'Anadolu'), ('pap', 'Polish Press Agency'), ('pap', 'PAP'),
    ('kyodo', 'Kyodo News'), ('kyodo', 'Kyodo'), ('yonhap', 'Yonhap'), ('bloomberg', 'Bloomberg'), ('bloomberg', 'Bloomberg News'),
    ('bbc', 'BBC'), ('bbc', 'BBC News'), ('sky-news', 'Sky News'), ('the-guardian', 'The Guardian'),
    ('financial-times', 'Financial Times'), ('financial-times', 'FT'), ('new-york-times', 'The New York Times'),
    ('new-york-times', 'New York Times'), ('wall-street-journal', 'The Wall Street Journal'), ('wall-street-journal', 'Wall Street Journal'),
    ('wall-street-journal', 'WSJ'), ('politico', 'Politico'), ('politico', 'POLITICO'), ('axios', 'Axios'), ('nbc-news', 'NBC News'),
    ('nbc-news', 'NBC'), ('cbs-news', 'CBS News'), ('cbs-news', 'CBS'), ('abc-news', 'ABC News'), ('fox-news', 'Fox News'),
    ('cnbc', 'CNBC'), ('voice-of-america', 'Voice of America'), ('voice-of-america', 'VOA'),
    ('rferl', 'Radio Free Europe/Radio Liberty'), ('rferl', 'Radio Free Europe'), ('rferl', 'RFE/RL'), ('rt', 'RT'),
    ('rt', 'Russia Today'), ('kommersant', 'Kommersant'), ('izvestia', 'Izvestia'), ('moscow-times', 'The Moscow Times'),
    ('moscow-times', 'Moscow Times'), ('kyiv-independent', 'The Kyiv Independent'), ('kyiv-independent', 'Kyiv Independent'),
    ('kyiv-post', 'Kyiv Post'), ('der-spiegel', 'Der Spiegel'), ('der-spiegel', 'Spiegel'), ('deutsche-welle', 'Deutsche Welle'),
    ('deutsche-welle', 'DW'), ('bild', 'Bild'), ('le-monde', 'Le Monde'), ('le-figaro', 'Le Figaro'), ('france-24', 'France 24'),
    ('euronews', 'Euronews'), ('al-jazeera', 'Al Jazeera'), ('el-mundo', 'El Mundo'),
    ('christian-science-monitor', 'The Christian Science Monitor'), ('christian-science-monitor', 'Christian Science Monitor'),
    ('christian-science-monitor', 'CSM'), ('reuters', 'REUTERS'), ('afp', 'Agence France Presse'), ('ap', 'AP News')
) AS a (slug, alias) ON o.slug = a.slug
ON CONFLICT DO NOTHING;

-- Government bodies and organisations coverage names, with their usual other names.
INSERT INTO actor (slug, name, kind, role) VALUES
    ('united-nations', 'United Nations', 'ORGANISATION', NULL),
    ('un-security-council', 'UN Security Council', 'ORGANISATION', 'Security Council of the United Nations'),
    ('white-house', 'White House', 'ORGANISATION', 'Executive Office of the US President'),
    ('us-congress', 'US Congress', 'ORGANISATION', 'Legislature of the United States'),
    ('cia', 'Central Intelligence Agency', 'ORGANISATION', 'US foreign intelligence service'),
    ('ukrainian-foreign-ministry', 'Ukrainian Foreign Ministry', 'ORGANISATION', 'Ministry of Foreign Affairs of Ukraine'),
    ('russian-defence-ministry', 'Russian Defence Ministry', 'ORGANISATION', 'Ministry of Defence of Russia'),
    ('state-duma', 'State Duma', 'ORGANISATION', 'Lower house of Russia''s parliament'),
    ('european-commission', 'European Commission', 'ORGANISATION', 'Executive of the European Union'),
    ('g7', 'G7', 'ORGANISATION', 'Group of Seven'),
    ('csto', 'CSTO', 'ORGANISATION', 'Collective Security Treaty Organization');

INSERT INTO actor_alias (actor_id, alias)
SELECT ac.id, a.alias FROM actor ac JOIN (VALUES
    ('united-nations', 'United Nations'), ('united-nations', 'UN'), ('united-nations', 'U.N.'),
    ('un-security-council', 'UN Security Council'), ('un-security-council', 'U.N. Security Council'),
    ('un-security-council', 'United Nations Security Council'),
    ('white-house', 'White House'), ('us-congress', 'US Congress'), ('us-congress', 'U.S. Congress'), ('us-congress', 'Congress'),
    ('cia', 'Central Intelligence Agency'), ('cia', 'CIA'),
    ('ukrainian-foreign-ministry', 'Ukrainian Foreign Ministry'), ('ukrainian-foreign-ministry', 'Ukraine''s Foreign Ministry'),
    ('ukrainian-foreign-ministry', 'Ukrainian Ministry of Foreign Affairs'),
    ('russian-defence-ministry', 'Russian Defence Ministry'), ('russian-defence-ministry', 'Russian Defense Ministry'),
    ('russian-defence-ministry', 'Russian Ministry of Defence'), ('russian-defence-ministry', 'Russian Ministry of Defense'),
    ('state-duma', 'State Duma'), ('european-commission', 'European Commission'), ('g7', 'G7'), ('g7', 'Group of Seven'),
    ('csto', 'CSTO'), ('csto', 'Collective Security Treaty Organization'),
    ('nato', 'OTAN'), ('nato', 'Nato'), ('nato-russia-council', 'Russia-NATO Council'), ('nato-russia-council', 'NRC'),
    ('osce', 'Organization for Security and Cooperation in Europe'), ('european-union', 'E.U.'),
    ('russian-foreign-ministry', 'Foreign Ministry of Russia'), ('russian-foreign-ministry', 'Russia''s Foreign Ministry'),
    ('russian-foreign-ministry', 'MID'), ('us-state-department', 'U.S. State Department'),
    ('us-department-of-defense', 'U.S. Department of Defense'), ('united-states', 'U.S.'), ('united-states', 'U.S.A.')
) AS a (slug, alias) ON ac.slug = a.slug
ON CONFLICT DO NOTHING;
