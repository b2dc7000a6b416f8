-- Ids come from each table's own bigserial sequence 50 at a time (@SequenceGenerator, allocationSize 50), so that
-- Hibernate knows a row's id before inserting it and sends an import's inserts in JDBC batches. A value Hibernate
-- draws is the top of its block (the value and the 49 below it); one the column default draws (the seed migration,
-- SQL in tests) is a single id. Values lie 50 apart, so blocks and single ids never meet. Hibernate refuses to start
-- unless a sequence's increment is its allocationSize.
ALTER SEQUENCE outlet_id_seq INCREMENT BY 50;
ALTER SEQUENCE actor_id_seq INCREMENT BY 50;
ALTER SEQUENCE demand_id_seq INCREMENT BY 50;
ALTER SEQUENCE article_id_seq INCREMENT BY 50;
ALTER SEQUENCE actor_mention_id_seq INCREMENT BY 50;
ALTER SEQUENCE demand_mention_id_seq INCREMENT BY 50;
ALTER SEQUENCE demand_response_id_seq INCREMENT BY 50;
ALTER SEQUENCE quote_id_seq INCREMENT BY 50;
ALTER SEQUENCE citation_id_seq INCREMENT BY 50;
ALTER SEQUENCE story_id_seq INCREMENT BY 50;

-- Each sequence is marked used at no less than its table's highest id, so that the first block starts above every
-- row, even one inserted with an explicit id.
SELECT setval('outlet_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM outlet))) FROM outlet_id_seq;
SELECT setval('actor_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM actor))) FROM actor_id_seq;
SELECT setval('demand_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM demand))) FROM demand_id_seq;
SELECT setval('article_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM article))) FROM article_id_seq;
SELECT setval('actor_mention_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM actor_mention)))
FROM actor_mention_id_seq;
SELECT setval('demand_mention_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM demand_mention)))
FROM demand_mention_id_seq;
SELECT setval('demand_response_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM demand_response)))
FROM demand_response_id_seq;
SELECT setval('quote_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM quote))) FROM quote_id_seq;
SELECT setval('citation_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM citation))) FROM citation_id_seq;
SELECT setval('story_id_seq', greatest(last_value, (SELECT coalesce(max(id), 1) FROM story))) FROM story_id_seq;
